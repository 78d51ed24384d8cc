import { child, type KeywordCompiler } from './compiler.js';
import { fail } from './context.js';

/**
 * A limit on how many there are — `maxItems`/`minItems` (items of a list), `maxProperties`/
 * `minProperties` (keys of an object): a non-negative integer, `most` for an upper one; the error's
 * params `{ limit }`, as ajv writes them.
 */
export function countLimit(keyword: string, most: boolean, count: (d: unknown) => number): KeywordCompiler {
  return ({ schema, loc }, k) => {
    const n = schema[keyword];
    const path = child(loc, keyword);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw k.refuse(path, `${keyword} 须为非负整数`);
    const params = { limit: n };
    return most ? (d, c) => count(d) <= n || fail(c, keyword, path, params) : (d, c) => count(d) >= n || fail(c, keyword, path, params);
  };
}
