/**
 * How values from a rule file are written as JavaScript text by `codegen.ts`: only ever as JSON
 * literals (strings with U+2028/2029 escaped), never spliced in as code.
 */

/** A literal that cannot be written as JavaScript exactly (a function, a symbol, a bigint). */
export class UnwritableLogic extends Error {}

/** Binary operators whose JavaScript operator is JSON-Logic's (loose `==` included), written inline. */
export const INLINE_BINARY = new Set(['==', '===', '!=', '!==', '>', '>=', '%', '/']);

/** A string literal: JSON's, with the two line separators escaped for older parsers. */
export function str(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function isPrimitive(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

/** JSON that `JSON.parse(JSON.stringify(value))` gives back exactly (-0, NaN, undefined would not). */
export function isExactJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isExactJson(value[i])) return false;
    return true;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every(isExactJson);
}

/** The runtime names a factory binds, as `LogicRuntime` names them. */
export const BINDINGS: Record<string, string> = {
  T: 'R.T',
  K: 'R.K',
  H: 'R.H',
  J: 'R.J',
  OP: 'R.OP',
  RC: 'R.RC',
  SV: 'R.SV',
  VW: 'R.vw',
  A: 'R.A',
  O: 'R.O',
  N: 'R.N',
};
