import { findRoot } from '@guide-forms/core/node';

/** Where a command writes, and where it runs. Injected so tests can capture output. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /**
   * The folder of the call series the command works on (`--call yichang` → `<root>/calls/yichang`);
   * absent: the root found from `cwd` (the default series, `dalian`).
   */
  root?: string;
  /** The call series of `--call`, when given (`root` is its folder). */
  call?: string;
}

/** The forms and rules a command works on: the `--call` series' folder, else the root above `cwd`. */
export function rootOf(io: Io): string {
  return io.root ?? findRoot(io.cwd);
}

/** Exit codes: 0 ok, 1 the check found problems, 2 usage or input error. */
export const EXIT = { ok: 0, notOk: 1, usage: 2 } as const;

/** A usage error: wrong arguments. Printed with the command's usage line; exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
