import { resolve } from 'node:path';
import { type Engine, GuideFormsError, type HowToSubmit, type Lang, readJsonFile, type Verdict } from '@guide-forms/core/node';
import { parseArgs, yearOption } from '../args.js';
import { formatVerdict } from '../format-verdict.js';
import { EXIT, type Io, UsageError } from '../io.js';

export const usage = 'guide-forms check <category> <file.json> [--year Y] [--now ISO-8601] [--lang en] [--json]';

/**
 * `check`: evaluates a submission file and prints the verdict.
 * Exit 0 when ok, 1 when not, 2 on usage errors, unreadable files, bad JSON or an unknown category.
 */
export function check(argv: readonly string[], io: Io, engine: () => Engine): number {
  const { positionals, options } = parseArgs(argv, ['year', 'now', 'lang'], ['json']);
  if (positionals.length !== 2) throw new UsageError(`需要两个参数：征集类别和 JSON 文件（实际 ${positionals.length} 个）`);
  const [category, file] = positionals as [string, string];
  const lang = options.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN') throw new UsageError(`--lang 只能是 en 或 zh-CN（实际为 ${String(lang)}）`);
  const year = yearOption(options.year);
  const now = typeof options.now === 'string' ? options.now : undefined;
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    throw new UsageError(`--now 不是有效的 ISO-8601 时间：${now}（例如 2021-11-01T10:00:00+08:00）`);
  }

  const data = readJsonFile(resolve(io.cwd, file), io.cwd);
  let verdict: Verdict;
  let how: HowToSubmit | undefined;
  try {
    verdict = engine().evaluate(category, data, { ...(year ? { year } : {}), ...(now ? { now } : {}), lang: (lang ?? 'zh-CN') as Lang });
    how = engine().getForm(category, verdict.year).call.howToSubmit;
  } catch (error) {
    if (error instanceof GuideFormsError && error.file === undefined) throw new GuideFormsError(error.code, error.message, { file });
    throw error;
  }
  io.stdout.write(options.json ? `${JSON.stringify(verdict, null, 2)}\n` : formatVerdict(verdict, file, (lang ?? 'zh-CN') as Lang, how));
  return verdict.ok ? EXIT.ok : EXIT.notOk;
}
