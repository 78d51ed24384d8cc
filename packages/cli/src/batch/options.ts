import type { EvaluateOptions, Lang } from '@guide-forms/core/node';
import { yearOption } from '../args.js';
import { UsageError } from '../io.js';

/** `--year`, `--now` and `--lang` as the engine takes them, checked once for `export` and `batch`. */
export function evaluationOptions(options: Record<string, string | true>): Required<Pick<EvaluateOptions, 'lang'>> & EvaluateOptions {
  const lang = options.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN') throw new UsageError(`--lang 只能是 en 或 zh-CN（实际为 ${String(lang)}）`);
  const year = yearOption(options.year);
  const now = typeof options.now === 'string' ? options.now : undefined;
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    throw new UsageError(`--now 不是有效的 ISO-8601 时间：${now}（例如 2021-11-01T10:00:00+08:00）`);
  }
  return { lang: (lang ?? 'zh-CN') as Lang, ...(year ? { year } : {}), ...(now ? { now } : {}) };
}

/** `-o out` → `--out out`, so both spellings work. */
export function expandShort(argv: readonly string[], short: Record<string, string>): string[] {
  return argv.map((a) => (Object.hasOwn(short, a) ? `--${short[a]}` : a));
}
