import { toPattern } from '../pointer.js';
import type { FieldInfo } from '../schema/fields.js';
import type { Finding, SchemaError } from '../types.js';

/**
 * How specific a keyword's message is, most specific first: "必填" before "应填写数字" before
 * "至少 18 个字" before "格式不正确". A field shows only its most specific error, so a credit code
 * of the wrong length says so once instead of three times (length, format, pattern).
 */
const RANK: Record<string, number> = {
  required: 0,
  type: 1,
  const: 2,
  enum: 3,
  minLength: 4,
  maxLength: 4,
  minItems: 5,
  maxItems: 5,
  format: 6,
  pattern: 7,
  minimum: 8,
  maximum: 8,
  exclusiveMinimum: 8,
  exclusiveMaximum: 8,
  multipleOf: 9,
  uniqueItems: 10,
  additionalProperties: 11,
};
/**
 * Formats with one fixed shape: a value of the wrong shape is better told the shape
 * (“应为日期，如 2021-11-01”) than its length (“不超过 10 个字” for `2021-11-01T10:00`).
 */
const SHAPED_FORMATS: ReadonlySet<unknown> = new Set(['date', 'year-month', 'date-time', 'time']);

/**
 * The place of a keyword in that order (0 most specific); unknown keywords come last. A date's or
 * month's `format` (`params.format`) comes before the length limits.
 */
export const rank = (keyword: string, params?: Readonly<Record<string, unknown>>): number =>
  keyword === 'format' && SHAPED_FORMATS.has(params?.format) ? 3 : (RANK[keyword] ?? 12);

/**
 * One schema error per field: the most specific one, in the order the fields first failed.
 *
 * @example
 * mostSpecific([{ pointer: '/unit/creditCode', keyword: 'format', … }, { pointer: '/unit/creditCode', keyword: 'minLength', … }]);
 * // → only the minLength error
 */
export function mostSpecific(errors: readonly SchemaError[], fields?: ReadonlyMap<string, FieldInfo>): SchemaError[] {
  const best = new Map<string, SchemaError>();
  // A `format` error's format is its field's (`fields`, when given): a date's comes before its length.
  const rankOf = (e: SchemaError): number =>
    rank(e.keyword, e.keyword === 'format' && fields ? { format: fields.get(toPattern(e.pointer))?.schema.format } : undefined);
  for (const e of errors) {
    const held = best.get(e.pointer);
    if (!held || rankOf(e) < rankOf(held)) best.set(e.pointer, e);
  }
  // Map keeps the first insertion's position, so replacing keeps the field's place.
  return [...best.values()];
}

/** True when `pointer` is `at` itself or a field inside it. */
function within(pointer: string, at: string): boolean {
  // No `${at}/` made per comparison: a rule's fields are compared with every error.
  return pointer === at || (pointer.length > at.length && pointer.charCodeAt(at.length) === 0x2f && pointer.startsWith(at));
}

/**
 * Drops the findings that only repeat what the fields' own errors say: a rule all of whose fields
 * already have a schema error (at the field or inside it) — "校验位不符" next to "至少 18 个字",
 * R12 "至少填写 1 条阶段性考核指标" next to the rows' own errors, "当前为 abc 万元" next to
 * "应填写数字". A rule one of whose fields holds a value of the wrong type is dropped too: it
 * compared nothing. The rule speaks again once the fields are fixed. A finding with no field stays.
 *
 * @example
 * withoutRepeats(findings, errors).length <= findings.length; // true
 */
export function withoutRepeats(findings: readonly Finding[], errors: readonly SchemaError[]): Finding[] {
  if (errors.length === 0) return [...findings];
  return findings.filter((f) => !repeatsErrors(f.pointers, errors));
}

/**
 * True when a finding about `pointers` only repeats the fields' own errors (see
 * {@link withoutRepeats}): every field has an error at or inside it, or one holds a value of the
 * wrong type. A finding with no field never repeats. Asked before its message is written.
 *
 * @example
 * repeatsErrors(['/unit/creditCode'], [{ pointer: '/unit/creditCode', keyword: 'minLength', message: '…' }]); // true
 */
export function repeatsErrors(pointers: readonly string[], errors: readonly SchemaError[]): boolean {
  if (pointers.length === 0 || errors.length === 0) return false;
  const has = (p: string): boolean => errors.some((e) => within(e.pointer, p));
  // A rule that read a value of the wrong type (text in an amount) compared nothing: its message
  // would only echo the bad value ("不能超过（２００万 万元）"), so the type error speaks alone.
  const mistyped = (p: string): boolean => errors.some((e) => e.pointer === p && e.keyword === 'type');
  return pointers.every(has) || pointers.some(mistyped);
}
