import { parseArgs } from '../args.js';
import { compareYears } from '../diff/compare.js';
import { formatDiff, formatDiffMarkdown } from '../diff/format.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import { USAGE } from './usage.js';

export const usage = USAGE.diff;

/**
 * `diff`: what changed between two years, entry by entry — thresholds, window, options,
 * departments, routing, rules with their embedded tests, and what the forms show — as a
 * report, as JSON, or as Markdown for the approval packet (`--format md`, Chinese first).
 * Exit 0; 2 on a usage error.
 */
export function diff(argv: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(argv, ['format'], ['json']);
  if (options.format !== undefined && options.format !== 'md' && options.format !== 'text') {
    throw new UsageError(`--format 只能是 md 或 text（实际为 ${String(options.format)}）`);
  }
  if (positionals.length !== 2 || !positionals.every((p) => /^\d{4}$/.test(p))) {
    throw new UsageError(`需要两个四位年份：diff <from> <to>（实际为 ${positionals.join(' ') || '（没有）'}）`);
  }
  const result = compareYears(rootOf(io), Number(positionals[0]), Number(positionals[1]));
  io.stdout.write(
    options.json ? `${JSON.stringify(result, null, 2)}\n` : options.format === 'md' ? formatDiffMarkdown(result) : formatDiff(result),
  );
  return EXIT.ok;
}
