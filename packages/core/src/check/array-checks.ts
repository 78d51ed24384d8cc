import { child, type KeywordCompiler } from './compiler.js';
import { type Check, type CheckContext, checkAt, fail } from './context.js';
import { countLimit } from './count-limit.js';
import { hasType, isJsonType, type JsonType } from './data-type.js';
import { jsonEqual } from './equal.js';

/**
 * How many items of a list `items` and `uniqueItems` look at: all of them, or the first `maxItems`
 * when the list is longer. The `maxItems` error already says the list is too long; checking the
 * rest let a body of 965 KB (320,000 `{}`) cost 9 s and 1,280,001 errors. Here the check parts from
 * ajv's `allErrors`, which checks every item (docs/security.md, “Limits”). `contains` still looks at
 * every item, as ajv does: it stops at the first that passes, and no form uses it but in a condition,
 * which writes no errors.
 */
function itemsChecked(schema: Readonly<Record<string, unknown>>): (list: readonly unknown[]) => number {
  const most = schema.maxItems;
  if (typeof most !== 'number' || !Number.isInteger(most) || most < 0) return (list) => list.length;
  return (list) => Math.min(list.length, most);
}

/** The first `n` items of `d` through `check`, each one's index on the path. */
function eachItem(d: unknown[], n: number, check: Check, c: CheckContext | null): boolean {
  let ok = true;
  for (let i = 0; i < n; i++) {
    if (!checkAt(check, d[i], String(i), c)) {
      if (!c) return false;
      ok = false;
    }
  }
  return ok;
}

/**
 * The first repeat, found from the end as ajv finds it: `{ i, j }`. Items of one scalar `type`
 * (by `items`) are compared by value, with `j` the later index; others deeply, `j` the earlier.
 */
function firstRepeat(d: unknown[], scalarTypes: JsonType[] | null): { i: number; j: number } | null {
  if (scalarTypes) {
    const seen = new Map<string, number>();
    for (let i = d.length - 1; i >= 0; i--) {
      const item = d[i];
      if (!scalarTypes.some((t) => hasType(item, t))) continue;
      const key = typeof item === 'string' ? (scalarTypes.length > 1 ? `${item}_` : item) : String(item);
      const j = seen.get(key);
      if (j !== undefined) return { i, j };
      seen.set(key, i);
    }
    return null;
  }
  for (let i = d.length - 1; i >= 0; i--) for (let j = i - 1; j >= 0; j--) if (jsonEqual(d[i], d[j])) return { i, j };
  return null;
}

/** Array keywords and their compilers (the order errors are reported in is `keywords.ts`'s). */
export const ARRAY_CHECKS: Record<string, KeywordCompiler> = {
  maxItems: countLimit('maxItems', true, (d) => (d as unknown[]).length),
  minItems: countLimit('minItems', false, (d) => (d as unknown[]).length),
  items: ({ schema, loc, base }, k) => {
    const check = k.inner(schema.items, child(loc, 'items'), base);
    const count = itemsChecked(schema);
    return (d, c) => eachItem(d as unknown[], count(d as unknown[]), check, c);
  },
  /**
   * At least one item passes. When none does, each item's errors stay with the `contains` error
   * (as ajv reports them); when one does, none of them.
   */
  contains: ({ schema, loc, base }, k) => {
    const path = child(loc, 'contains');
    const check = k.inner(schema.contains, path, base);
    const params = { minContains: 1 };
    return (d, c) => {
      const list = d as unknown[];
      const before = c ? c.errors.length : 0;
      for (let i = 0; i < list.length; i++) {
        if (checkAt(check, list[i], String(i), c)) {
          if (c) c.errors.length = before;
          return true;
        }
      }
      return fail(c, 'contains', path, params);
    };
  },
  uniqueItems: ({ schema, loc }) => {
    if (schema.uniqueItems !== true) return undefined;
    const path = child(loc, 'uniqueItems');
    const items = schema.items as Record<string, unknown> | undefined;
    const declared = items && typeof items === 'object' ? items.type : undefined;
    const types = (Array.isArray(declared) ? declared : declared === undefined ? [] : [declared]).filter(isJsonType);
    const scalar = types.length > 0 && !types.some((t) => t === 'object' || t === 'array') ? types : null;
    const count = itemsChecked(schema);
    return (d, c) => {
      const all = d as unknown[];
      const n = count(all);
      const list = n < all.length ? all.slice(0, n) : all;
      const repeat = list.length > 1 ? firstRepeat(list, scalar) : null;
      return !repeat || fail(c, 'uniqueItems', path, repeat);
    };
  },
};
