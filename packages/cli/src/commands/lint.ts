import { formatProblems } from '../admin/problems.js';
import { parseArgs, yearOption } from '../args.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import { runLint } from '../lint/index.js';
import { inline } from '../terminal.js';
import { USAGE } from './usage.js';

export const usage = USAGE.lint;

/**
 * `lint`: checks forms, rule files and call files. Each problem names the file, line,
 * column, JSON Pointer, what was expected and found, and a hint.
 * Exit 1 on any error, 0 when clean (warnings allowed), 2 on a usage error or a file that
 * is not valid JSON (then only the JSON error is reported).
 */
export function lint(argv: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(argv, ['year'], ['json']);
  if (positionals.length) throw new UsageError(`lint 不接受参数：${positionals.join(' ')}`);
  const problems = runLint(rootOf(io), yearOption(options.year));
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ errors: problems.errors, warnings: problems.warnings, problems: problems.list }, null, 2)}\n`);
  } else {
    io.stdout.write(formatProblems(inline(problems.list)));
  }
  if (problems.list.some((p) => p.code === 'bad-json')) return EXIT.usage;
  return problems.errors ? EXIT.notOk : EXIT.ok;
}
