import { statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { type Engine, GuideFormsError, readJsonFile, type Verdict } from '@guide-forms/core/node';
import { buildPaper, type PaperInput, paperDocx, paperHtml } from '@guide-forms/export';
import { parseArgs } from '../args.js';
import { evaluationOptions, expandShort } from '../batch/options.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { USAGE } from './usage.js';

export const usage = USAGE.export;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function formatOf(option: string | true | undefined, out: string | undefined): 'docx' | 'html' {
  const chosen = typeof option === 'string' ? option : out ? extname(out).slice(1).toLowerCase().replace(/^htm$/, 'html') : 'html';
  if (chosen !== 'docx' && chosen !== 'html') throw new UsageError(`--format 只能是 docx 或 html（实际为 ${chosen}）`);
  return chosen;
}

/**
 * `export`: the filled form as the bureau prints it — DOCX or one self-contained HTML file,
 * with the reviewer's box (verdict, route, findings with clauses). With `--summary`, the
 * 凝练表 (附件7) follows on a new page. Exit 0 when written, 2 on bad input.
 */
export async function exportCommand(argv: readonly string[], io: Io, engine: () => Engine): Promise<number> {
  const { positionals, options } = parseArgs(expandShort(argv, { '-o': 'out' }), ['summary', 'format', 'out', 'year', 'now', 'lang'], []);
  if (positionals.length !== 2) throw new UsageError(`需要两个参数：征集类别和 JSON 文件（实际 ${positionals.length} 个）`);
  const [category, file] = positionals as [string, string];
  const out = typeof options.out === 'string' ? options.out : undefined;
  if (out !== undefined && isDirectory(resolve(io.cwd, out)))
    throw new UsageError(`-o 指定的输出路径是一个目录，应为文件名，如 ${join(out, 'x.docx')}（实际为 ${out}）`);
  const format = formatOf(options.format, out);
  if (format === 'docx' && !out) throw new UsageError('DOCX 需要用 -o 指定输出文件');
  const opts = evaluationOptions(options);
  const summaryFile = typeof options.summary === 'string' ? options.summary : undefined;

  const e = engine();
  const inputs: PaperInput[] = [];
  const add = (cat: string, path: string): void => {
    const data = readJsonFile(resolve(io.cwd, path), io.cwd);
    let verdict: Verdict;
    try {
      verdict = e.evaluate(cat, data, opts);
    } catch (error) {
      if (error instanceof GuideFormsError && error.file === undefined)
        throw new GuideFormsError(error.code, error.message, { file: path });
      throw error;
    }
    inputs.push({ form: e.getForm(cat, verdict.year), data, verdict });
  };
  add(category, file);
  if (summaryFile) add('summary', summaryFile);

  const doc = buildPaper(inputs, { lang: opts.lang });
  const bytes = format === 'docx' ? await paperDocx(doc) : paperHtml(doc);
  if (!out) {
    io.stdout.write(bytes as string);
    return EXIT.ok;
  }
  try {
    writeFileSync(resolve(io.cwd, out), bytes);
  } catch (error) {
    throw new GuideFormsError('unwritable', `无法写入（${(error as NodeJS.ErrnoException).code ?? 'error'}）`, { file: out });
  }
  const parts = doc.parts.map((p) => `${p.attachment} ${p.title}`.trim()).join(' + ');
  io.stdout.write(opts.lang === 'en' ? `wrote ${out} (${parts})\n` : `已生成 ${out}（${parts}）\n`);
  return EXIT.ok;
}
