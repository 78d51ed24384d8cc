import { type At, type Compiler, child, type KeywordCompiler } from './compiler.js';
import { ALWAYS, all, type Check, type CheckContext, fail } from './context.js';
import { jsonEqual } from './equal.js';

/** The checks of the subschemas of an `allOf`/`anyOf`/`oneOf` at `at`. */
function branches(keyword: string, { schema, loc, base }: At, k: Compiler): Check[] {
  const list = schema[keyword];
  const path = child(loc, keyword);
  if (!Array.isArray(list) || list.length === 0) throw k.refuse(path, `${keyword} 须为非空的 schema 数组`);
  return list.map((sub, i) => k.node(sub, child(path, i), base));
}

/** Errors written since `before` are dropped: a branch that failed does not matter once another passed. */
function reset(c: CheckContext | null, before: number): true {
  if (c) c.errors.length = before;
  return true;
}

/** Keywords for any value and their compilers (the order errors are reported in is `keywords.ts`'s). */
export const ANY_CHECKS: Record<string, KeywordCompiler> = {
  $ref: ({ schema, loc, base }, k) => {
    if (typeof schema.$ref !== 'string') throw k.refuse(child(loc, '$ref'), '$ref 须为字符串');
    return k.ref(schema.$ref, base, child(loc, '$ref'));
  },
  const: ({ schema, loc }) => {
    const value = schema.const;
    const path = child(loc, 'const');
    const params = { allowedValue: value };
    return (d, c) => jsonEqual(d, value) || fail(c, 'const', path, params);
  },
  enum: ({ schema, loc }, k) => {
    const values = schema.enum;
    const path = child(loc, 'enum');
    if (!Array.isArray(values)) throw k.refuse(path, 'enum 须为数组');
    const params = { allowedValues: values };
    if (values.every((v) => v === null || typeof v !== 'object')) {
      const set = new Set(values);
      return (d, c) => set.has(d) || fail(c, 'enum', path, params);
    }
    return (d, c) => values.some((v) => jsonEqual(d, v)) || fail(c, 'enum', path, params);
  },
  not: ({ schema, loc, base }, k) => {
    const path = child(loc, 'not');
    const check = k.node(schema.not, path, base);
    return (d, c) => !check(d, null) || fail(c, 'not', path, {});
  },
  /** The first branch that passes wins; when none does, every branch's errors stay with the `anyOf` error. */
  anyOf: (at, k) => {
    const checks = branches('anyOf', at, k);
    const path = child(at.loc, 'anyOf');
    return (d, c) => {
      const before = c ? c.errors.length : 0;
      for (const check of checks) if (check(d, c)) return reset(c, before);
      return fail(c, 'anyOf', path, {});
    };
  },
  /**
   * Exactly one branch passes; otherwise `passingSchemas` names none (`null`) or the first two that
   * did (the branches after the second are not tried).
   */
  oneOf: (at, k) => {
    const checks = branches('oneOf', at, k);
    const path = child(at.loc, 'oneOf');
    return (d, c) => {
      const before = c ? c.errors.length : 0;
      let valid = false;
      let passing: number | [unknown, number] | null = null;
      for (const [i, check] of checks.entries()) {
        const passed = check(d, c);
        if (i > 0 && passed && valid) {
          valid = false;
          passing = [passing, i];
          break;
        }
        if (passed) {
          valid = true;
          passing = i;
        }
      }
      return valid ? reset(c, before) : fail(c, 'oneOf', path, { passingSchemas: passing });
    };
  },
  allOf: (at, k) => {
    const checks = branches('allOf', at, k).filter((check) => check !== ALWAYS);
    return checks.length === 0 ? undefined : all(checks);
  },
  /**
   * `then` when `if` passes, `else` when it does not; a failing branch adds an `if` error naming it
   * (`failingKeyword`). `if` itself is only decided: its errors are never written.
   */
  if: ({ schema, loc, base }, k) => {
    const { then: thenSchema, else: elseSchema } = schema;
    if (thenSchema === undefined && elseSchema === undefined) throw k.refuse(child(loc, 'if'), 'if 须与 then 或 else 同用');
    const test = k.node(schema.if, child(loc, 'if'), base);
    const then = thenSchema === undefined ? ALWAYS : k.node(thenSchema, child(loc, 'then'), base);
    const otherwise = elseSchema === undefined ? ALWAYS : k.node(elseSchema, child(loc, 'else'), base);
    const path = child(loc, 'if');
    return (d, c) => {
      const holds = test(d, null);
      return (holds ? then : otherwise)(d, c) || fail(c, 'if', path, { failingKeyword: holds ? 'then' : 'else' });
    };
  },
};
