import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Io, main } from '../src/index.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs `guide-forms` in-process with captured output. */
export async function cli(argv: string[], cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs the installed `guide-forms` bin as a child process (needs `npm run build:ts`). */
export function bin(argv: string[], cwd = REPO): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO, 'packages/cli/bin/guide-forms.js'), ...argv], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
