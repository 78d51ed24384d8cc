import { child, type KeywordCompiler, shown } from './compiler.js';
import { fail } from './context.js';
import { characters } from './length.js';

/** String keywords and their compilers (the order errors are reported in is `keywords.ts`'s). */
export const STRING_CHECKS: Record<string, KeywordCompiler> = {
  pattern: ({ schema, loc }, k) => {
    const pattern = schema.pattern;
    const path = child(loc, 'pattern');
    let re: RegExp;
    try {
      if (typeof pattern !== 'string') throw new Error('not a string');
      re = new RegExp(pattern, 'u');
    } catch (error) {
      throw k.refuse(path, `pattern 不是有效的正则表达式：${(error as Error).message}`);
    }
    const params = { pattern };
    return (d, c) => re.test(d as string) || fail(c, 'pattern', path, params);
  },
  format: ({ schema, loc }, k) => {
    const name = schema.format;
    const path = child(loc, 'format');
    const test = typeof name === 'string' && Object.hasOwn(k.formats, name) ? k.formats[name] : undefined;
    if (!test) throw k.refuse(path, `未知的 format "${shown(name)}"（可用：${Object.keys(k.formats).join('、')}）`);
    const params = { format: name };
    return (d, c) => test(d as string) || fail(c, 'format', path, params);
  },
  // A string has at most as many characters as UTF-16 units and at least half as many: count only
  // when its `length` cannot decide (an answer that is filled in is almost never counted).
  // Both limits in one check when a schema has both (most text fields): maxLength's error first.
  maxLength: ({ schema, loc }, k) => {
    const max = lengthLimit(schema.maxLength, child(loc, 'maxLength'), k.refuse);
    const maxPath = child(loc, 'maxLength');
    if (schema.minLength === undefined) {
      return (d, c) => !tooLong(d as string, max) || fail(c, 'maxLength', maxPath, { limit: max });
    }
    const min = lengthLimit(schema.minLength, child(loc, 'minLength'), k.refuse);
    const minPath = child(loc, 'minLength');
    return (d, c) => {
      const s = d as string;
      if (s.length <= max && !tooShort(s, min)) return true;
      const long = tooLong(s, max) && !fail(c, 'maxLength', maxPath, { limit: max });
      if (long && !c) return false;
      return !tooShort(s, min) ? !long : fail(c, 'minLength', minPath, { limit: min });
    };
  },
  minLength: ({ schema, loc }, k) => {
    if (schema.maxLength !== undefined) return undefined;
    const min = lengthLimit(schema.minLength, child(loc, 'minLength'), k.refuse);
    const path = child(loc, 'minLength');
    return (d, c) => !tooShort(d as string, min) || fail(c, 'minLength', path, { limit: min });
  },
};

/** More than `n` characters; counted only when the UTF-16 length cannot decide. */
const tooLong = (s: string, n: number): boolean => s.length > n && characters(s) > n;

/** Fewer than `n` characters: a string has at least half as many characters as UTF-16 units. */
const tooShort = (s: string, n: number): boolean => s.length < n || (s.length < 2 * n && characters(s) < n);

function lengthLimit(n: unknown, path: string, refuse: (loc: string, message: string) => Error): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw refuse(path, '长度限制须为非负整数');
  return n;
}
