import { findRoot } from '@guide-forms/core/node';
import { parseArgs } from '../args.js';
import { compareYears } from '../diff/compare.js';
import { formatDiff } from '../diff/format.js';
import { EXIT, type Io, UsageError } from '../io.js';

export const usage = 'guide-forms diff <from> <to> [--json]';

/**
 * `diff`: what changed between two years — thresholds, window, options, departments,
 * routing, rules — as a report for the approval memo. Exit 0; 2 on a usage error.
 */
export function diff(argv: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(argv, [], ['json']);
  if (positionals.length !== 2 || !positionals.every((p) => /^\d{4}$/.test(p))) {
    throw new UsageError(`需要两个四位年份：diff <from> <to>（实际为 ${positionals.join(' ') || '（没有）'}）`);
  }
  const result = compareYears(findRoot(io.cwd), Number(positionals[0]), Number(positionals[1]));
  io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatDiff(result));
  return EXIT.ok;
}
