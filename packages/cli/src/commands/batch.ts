import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Engine, GuideFormsError } from '@guide-forms/core/node';
import { parseArgs } from '../args.js';
import { summaryCsv } from '../batch/csv.js';
import { collectFiles, readPiece } from '../batch/files.js';
import { evaluationOptions } from '../batch/options.js';
import { type Progress, progressBar } from '../batch/progress.js';
import { formatBatch } from '../batch/report.js';
import { runBatch } from '../batch/run.js';
import { summaryXlsx } from '../batch/xlsx.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { USAGE } from './usage.js';

export const usage = USAGE.batch;

function write(io: Io, out: string, bytes: Uint8Array | string): void {
  try {
    writeFileSync(resolve(io.cwd, out), bytes);
  } catch (error) {
    throw new GuideFormsError('unwritable', `无法写入（${(error as NodeJS.ErrnoException).code ?? 'error'}）`, { file: out });
  }
}

/**
 * `batch`: checks every submission given (files or folders), pairs each 凝练表 with its 征集表,
 * runs the call's cross-submission checks, and writes the 汇总表 (`--xlsx`, `--csv`).
 * Exit 0 only when every suggestion is ok; 1 when one is not (an unreadable file counts as
 * not ok and is listed); 2 on usage errors.
 */
export async function batch(argv: readonly string[], io: Io & { progressStream?: unknown }, engine: () => Engine): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['xlsx', 'csv', 'year', 'now', 'lang'], ['json']);
  if (positionals.length === 0) throw new UsageError('需要至少一个文件或目录');
  const opts = evaluationOptions(options);
  const files = collectFiles(positionals, io.cwd);
  if (files.length === 0) throw new UsageError(`在 ${positionals.join('、')} 中没有找到 .json 文件`);
  const e = engine();
  const year = opts.year ?? e.latestYear();
  const pieces = files.map((f) => readPiece(f, io.cwd, e, year));

  let bar: Progress | undefined;
  const stream = 'progressStream' in io ? io.progressStream : process.stderr;
  const result = runBatch(pieces, e, { ...opts, year }, (done, total) => {
    bar ??= progressBar(total, stream as NodeJS.WriteStream | undefined, options.json === true);
    bar.tick(done, total);
  });
  bar?.stop();

  if (typeof options.xlsx === 'string') write(io, options.xlsx, await summaryXlsx(result, opts.lang));
  if (typeof options.csv === 'string') write(io, options.csv, summaryCsv(result, opts.lang));
  if (options.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    io.stdout.write(formatBatch(result, files.length, opts.lang));
    const written = [options.xlsx, options.csv].filter((x): x is string => typeof x === 'string');
    if (written.length) io.stdout.write(`${opts.lang === 'en' ? 'Summary table written' : '已生成汇总表'}：${written.join('、')}\n`);
  }
  return result.ok ? EXIT.ok : EXIT.notOk;
}
