import { child, type KeywordCompiler } from './compiler.js';
import { fail } from './context.js';

const LIMITS = {
  maximum: { comparison: '<=', fails: (d: number, n: number) => d > n },
  minimum: { comparison: '>=', fails: (d: number, n: number) => d < n },
  exclusiveMaximum: { comparison: '<', fails: (d: number, n: number) => d >= n },
  exclusiveMinimum: { comparison: '>', fails: (d: number, n: number) => d <= n },
} as const;

function limit(keyword: keyof typeof LIMITS): KeywordCompiler {
  return ({ schema, loc }, k) => {
    const n = schema[keyword];
    if (typeof n !== 'number') throw k.refuse(child(loc, keyword), `${keyword} 须为数字`);
    const { comparison, fails } = LIMITS[keyword];
    const path = child(loc, keyword);
    const params = { comparison, limit: n };
    return (d, c) => !(fails(d as number, n) || Number.isNaN(d)) || fail(c, keyword, path, params);
  };
}

/** Number keywords and their compilers (the order errors are reported in is `keywords.ts`'s). */
export const NUMBER_CHECKS: Record<string, KeywordCompiler> = {
  maximum: limit('maximum'),
  minimum: limit('minimum'),
  exclusiveMaximum: limit('exclusiveMaximum'),
  exclusiveMinimum: limit('exclusiveMinimum'),
  /**
   * A multiple of `m` within 1e-4 of the quotient, so 万元 to four decimals (1 元) never fails on
   * float rounding: 123.4567 / 0.0001 is 1234566.9999999998 (ajv's `multipleOfPrecision: 4`).
   */
  multipleOf: ({ schema, loc }, k) => {
    const m = schema.multipleOf;
    if (typeof m !== 'number' || !(m > 0)) throw k.refuse(child(loc, 'multipleOf'), 'multipleOf 须为正数');
    const path = child(loc, 'multipleOf');
    const params = { multipleOf: m };
    return (d, c) => {
      const q = (d as number) / m;
      return !(Math.abs(Math.round(q) - q) > 1e-4) || fail(c, 'multipleOf', path, params);
    };
  },
};
