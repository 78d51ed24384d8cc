/** Where a command writes, and where it runs. Injected so tests can capture output. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

/** Exit codes: 0 ok, 1 the check found problems, 2 usage or input error. */
export const EXIT = { ok: 0, notOk: 1, usage: 2 } as const;

/** A usage error: wrong arguments. Printed with the command's usage line; exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
