import { resolve } from 'node:path';
import {
  type Engine,
  type EvaluateOptions,
  GuideFormsError,
  type HowToSubmit,
  type Lang,
  readJsonFile,
  type SubmissionVerdict,
  type Verdict,
} from '@guide-forms/core/node';
import { parseArgs, yearOption } from '../args.js';
import { formatHowToSubmit } from '../format-how-to-submit.js';
import { formatSubmission } from '../format-submission.js';
import { formatVerdict } from '../format-verdict.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { inline } from '../terminal.js';
import { USAGE } from './usage.js';

export const usage = USAGE.check;

/**
 * A GuideFormsError about the caller's input that names no file yet gets the file it came from;
 * anything unexpected becomes one line naming the file too (never a stack trace).
 */
function located<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof GuideFormsError && error.file === undefined) {
      throw new GuideFormsError(error.code, error.message, { file, ...(error.pointer !== undefined ? { pointer: error.pointer } : {}) });
    }
    if (error instanceof GuideFormsError) throw error;
    throw new GuideFormsError('internal', `内部错误，无法检查（${(error as Error).message}）`, { file });
  }
}

function evaluateOptions(options: Record<string, string | true>): EvaluateOptions & { lang: Lang } {
  const lang = options.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN') throw new UsageError(`--lang 只能是 en 或 zh-CN（实际为 ${String(lang)}）`);
  const year = yearOption(options.year);
  const now = typeof options.now === 'string' ? options.now : undefined;
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    throw new UsageError(`--now 不是有效的 ISO-8601 时间：${now}（例如 2021-11-01T10:00:00+08:00）`);
  }
  return { ...(year ? { year } : {}), ...(now ? { now } : {}), lang: (lang ?? 'zh-CN') as Lang };
}

/**
 * `check`: evaluates one submission, or a whole suggestion (征集表 + 凝练表) — from two files
 * with `--summary`, or from one `{ "category", "data", "summary" }` file — and prints the verdict.
 * Exit 0 when ok, 1 when not, 2 on usage errors, unreadable files, bad JSON or an unknown category.
 */
export function check(argv: readonly string[], io: Io, engine: () => Engine): number {
  const { positionals, options } = parseArgs(argv, ['year', 'now', 'lang', 'summary'], ['json']);
  const opts = evaluateOptions(options);
  const summaryFile = typeof options.summary === 'string' ? options.summary : undefined;
  const read = (file: string): unknown => readJsonFile(resolve(io.cwd, file), io.cwd);
  const print = (text: string, verdict: Verdict | SubmissionVerdict): number => {
    io.stdout.write(options.json ? `${JSON.stringify(verdict, null, 2)}\n` : text);
    return verdict.ok ? EXIT.ok : EXIT.notOk;
  };

  if (positionals.length === 1) {
    if (summaryFile) throw new UsageError('--summary 需要与征集表一起使用：check <category> <file.json> --summary <summary.json>');
    const [file] = positionals as [string];
    const v = located(file, () => engine().evaluateSubmission(read(file), opts));
    const text = formatSubmission(inline(v), inline({ form: `${file}#/data`, summary: `${file}#/summary` }), opts.lang);
    return print(withHow(text, howOf(v.form), v.route, opts.lang), v);
  }
  if (positionals.length !== 2) {
    throw new UsageError(`需要两个参数：征集类别和 JSON 文件；或一个配对文件 { category, data, summary }（实际 ${positionals.length} 个）`);
  }
  const [category, file] = positionals as [string, string];
  const data = read(file);
  if (summaryFile) {
    const summary = read(summaryFile);
    const v = located(file, () => engine().evaluateSubmission({ category, data, summary }, opts));
    const text = formatSubmission(inline(v), inline({ form: file, summary: summaryFile }), opts.lang);
    return print(withHow(text, howOf(v.form), v.route, opts.lang), v);
  }
  const verdict = located(file, () => engine().evaluate(category, data, opts));
  // Human output: applicant text stays on its own line (`inline` escapes its line breaks).
  const byRecommender = engine().getForm(verdict.category, verdict.year).call.routing.recommender !== undefined;
  return print(formatVerdict(inline(verdict), inline(file), opts.lang, howOf(verdict), byRecommender), verdict);

  /** How to submit, from the call of the verdict's year (四、3 of the notice). */
  function howOf(v: Verdict): HowToSubmit | undefined {
    return engine().getForm(v.category, v.year).call.howToSubmit;
  }
}

/** Appends the how-to-submit block (platform, steps, division once known, support) to a pair's report. */
function withHow(text: string, how: HowToSubmit | undefined, route: Verdict['route'], lang: Lang): string {
  const lines = formatHowToSubmit(how, route, lang);
  return lines.length ? `${text}\n${lines.join('\n')}\n` : text;
}
