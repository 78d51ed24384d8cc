import type { RawSchemaError } from '../validate/raw-error.js';

/**
 * The errors a check has found so far. A check given no context only answers whether the value
 * passes, stopping at its first failure — as a condition (`if`, `not`, `contains`, the branches
 * of `anyOf`/`oneOf`) is decided.
 */
export interface CheckContext {
  errors: RawSchemaError[];
}

/**
 * A compiled piece of a schema: does `data` pass? With a context it writes every error it finds,
 * each placed relative to `data` (`instancePath` `""` is `data` itself): whoever handed it a
 * property or an item puts that in front ({@link within}), so a value that passes costs no path.
 */
export type Check = (data: unknown, c: CheckContext | null) => boolean;

/** Writes one error about the value in hand; always `false`, so a check can `return fail(…)`. */
export function fail(c: CheckContext | null, keyword: string, schemaPath: string, params: Record<string, unknown>): false {
  if (c) c.errors.push({ keyword, instancePath: '', schemaPath, params });
  return false;
}

/** Places the errors written since `before` under the property or item `at` (a JSON Pointer segment). */
export function within(c: CheckContext, before: number, at: string): void {
  const { errors } = c;
  for (let i = before; i < errors.length; i++) {
    const e = errors[i] as RawSchemaError;
    e.instancePath = `/${at}${e.instancePath}`;
  }
}

/** `check` on the property or item `at` of the value in hand: its errors placed under it. */
export function checkAt(check: Check, value: unknown, at: string, c: CheckContext | null): boolean {
  if (!c) return check(value, null);
  const before = c.errors.length;
  if (check(value, c)) return true;
  within(c, before, at);
  return false;
}

/** A property name as a JSON Pointer segment (`~` → `~0`, `/` → `~1`). */
export function segment(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key;
}

/** The check of a schema that checks nothing (`true`, `{}`, annotations only): its parent skips it. */
export const ALWAYS: Check = () => true;

/** Runs `checks` in order: all of them with a context (every error), until the first failure without. */
export function all(checks: readonly Check[]): Check {
  const [a, b, more] = checks;
  if (a && !b) return a;
  // Two checks (a leaf's type and its limits, most often) without the loop.
  if (a && b && !more) {
    return (d, c) => {
      if (a(d, c)) return b(d, c);
      if (c) b(d, c);
      return false;
    };
  }
  return (d, c) => {
    let ok = true;
    for (let i = 0; i < checks.length; i++) {
      if ((checks[i] as Check)(d, c)) continue;
      if (!c) return false;
      ok = false;
    }
    return ok;
  };
}
