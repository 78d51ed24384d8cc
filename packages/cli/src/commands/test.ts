import { table } from '../admin/table.js';
import { parseArgs, yearOption } from '../args.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import { runTests } from '../testing/run.js';
import { USAGE } from './usage.js';

export const usage = USAGE.test;

const MARK = { pass: '✓', fail: '✗', skip: '-' } as const;

/**
 * `test`: runs every test embedded in the rule files and every form example against its
 * expected verdict, and prints a table. Exit 1 on any failure; 2 when a file is not valid JSON.
 */
export function test(argv: readonly string[], io: Io): number {
  const { positionals, options } = parseArgs(argv, ['year'], ['json']);
  if (positionals.length) throw new UsageError(`test 不接受参数：${positionals.join(' ')}`);
  const rows = runTests(rootOf(io), yearOption(options.year));
  const failed = rows.filter((r) => r.status === 'fail').length;
  const passed = rows.filter((r) => r.status === 'pass').length;
  const skipped = rows.length - failed - passed;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ passed, failed, skipped, rows }, null, 2)}\n`);
  } else {
    const body = rows.map((r) => [
      MARK[r.status],
      String(r.year),
      r.kind === 'rule' ? `${r.file} ${r.item}` : r.file,
      r.name,
      r.expected,
      r.actual,
    ]);
    io.stdout.write(`${table(['结果', '年度', '来源 source', '用例 case', '期望 expected', '实际 actual'], body)}\n\n`);
    io.stdout.write(`${failed ? '未通过 FAILED' : '通过 OK'}：${passed} 通过 passed，${failed} 失败 failed，${skipped} 跳过 skipped\n`);
  }
  if (rows.some((r) => r.expected === 'valid JSON' && r.status === 'fail')) return EXIT.usage;
  return failed || !rows.length ? EXIT.notOk : EXIT.ok;
}
