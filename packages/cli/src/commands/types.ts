import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from '../args.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import { generateTypes, TYPES_FILE } from '../types/generate.js';
import { USAGE } from './usage.js';

export const usage = USAGE.types;

/** Where `types --call <series>` writes, under the series' folder (not committed: see .gitignore). */
const SERIES_TYPES_FILE = 'types/form-data.ts';

/**
 * `types`: writes the TypeScript types of every form's data to
 * packages/core/src/generated/form-data.ts (for `--call <series>`: calls/<series>/types/form-data.ts).
 * With `--check`, writes nothing and exits 1 when the file is out of date.
 */
export async function types(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, [], ['check']);
  if (positionals.length) throw new UsageError(`types 不接受参数：${positionals.join(' ')}`);
  const root = rootOf(io);
  // Another call series has no core package of its own: its types go beside its forms.
  const series = io.call && io.call !== 'dalian' ? io.call : undefined;
  const path = join(root, series ? SERIES_TYPES_FILE : TYPES_FILE);
  // Named from the repository root, as the user typed the command there.
  const rel = series ? `calls/${series}/${SERIES_TYPES_FILE}` : TYPES_FILE;
  const command = series ? `npx guide-forms types --call ${series}` : 'npx guide-forms types';
  const text = await generateTypes(root, series);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (options.check) {
    if (current === text) {
      io.stdout.write(`${rel} 是最新的 / is up to date\n`);
      return EXIT.ok;
    }
    io.stderr.write(
      `${rel} ${current === undefined ? '不存在 / does not exist' : '已过期 / is out of date'}：请运行 ${command}${series ? '' : ' 并提交'} / run ${command}${series ? '' : ' and commit it'}\n`,
    );
    return EXIT.notOk;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  io.stdout.write(`${current === text ? '未变化 unchanged' : '已写入 written'}: ${rel}\n`);
  return EXIT.ok;
}
