import { joinPointer } from '../pointer.js';
import type { FieldInfo } from '../schema/fields.js';
import type { JsonSchema, Lang, SchemaError } from '../types.js';
import { rank } from './one-per-mistake.js';
import type { RawSchemaError } from './raw-error.js';
import { errorMessage, FIXED_PARAMS, SUMMARY_KEYWORDS } from './to-errors.js';

/** An error that may be its field's one, before its message is written. */
interface Candidate {
  error: RawSchemaError;
  pointer: string;
  missing: string;
  rank: number;
}

/**
 * `mostSpecific(toSchemaErrors(raw, fields, lang, schema))` in one pass, writing messages only for
 * the errors kept: the most specific error per field, in the order the fields first failed, each
 * with its message. A form re-checks on every key, and a half-filled form has dozens of errors of
 * which each field shows one.
 *
 * `schema` is the form's schema, the one `fields` indexes: messages are remembered per form (its
 * field index) and language, by keyword, place in the schema and field (and params, for keywords
 * whose params the data decides), so the same mistake is worded once.
 *
 * @example
 * oneErrorPerField(form.validate(data), form.fields, 'zh-CN', form.schema);
 * // [{ pointer: '/unit/creditCode', keyword: 'minLength', message: '统一社会信用代码：至少 18 个字' }, …]
 */
export function oneErrorPerField(
  raw: readonly RawSchemaError[],
  fields: Map<string, FieldInfo>,
  lang: Lang,
  schema: JsonSchema,
): SchemaError[] {
  if (raw.length === 0) return [];
  const best = new Map<string, Candidate>();
  for (const error of raw) {
    if (raw.length > 1 && SUMMARY_KEYWORDS.has(error.keyword)) continue;
    const missing = error.keyword === 'required' ? String(error.params.missingProperty ?? '') : '';
    const pointer = missing ? joinPointer(error.instancePath, missing) : error.instancePath;
    const r = rank(error.keyword);
    const held = best.get(pointer);
    // The first of equally specific errors stays (a repeat of the same keyword included); the
    // map keeps the place where the field first failed.
    if (!held || r < held.rank) best.set(pointer, { error, pointer, missing, rank: r });
  }
  const memo = memoOf(fields, lang);
  const out: SchemaError[] = [];
  for (const { error, pointer, missing } of best.values()) {
    out.push({ pointer, keyword: error.keyword, message: remembered(memo, error, pointer, missing, fields, lang, schema) });
  }
  return out;
}

/** Messages by keyword, then place in the schema, then field (and params). */
type Memo = { size: number; byKeyword: Map<string, Map<string, Map<string, string>>> };

const MEMOS = new WeakMap<Map<string, FieldInfo>, Record<Lang, Memo>>();

function memoOf(fields: Map<string, FieldInfo>, lang: Lang): Memo {
  let memos = MEMOS.get(fields);
  if (!memos) {
    memos = { 'zh-CN': { size: 0, byKeyword: new Map() }, en: { size: 0, byKeyword: new Map() } };
    MEMOS.set(fields, memos);
  }
  return memos[lang === 'en' ? 'en' : 'zh-CN'];
}

function remembered(
  memo: Memo,
  error: RawSchemaError,
  pointer: string,
  missing: string,
  fields: Map<string, FieldInfo>,
  lang: Lang,
  schema: JsonSchema,
): string {
  let byPlace = memo.byKeyword.get(error.keyword);
  if (!byPlace) {
    byPlace = new Map();
    memo.byKeyword.set(error.keyword, byPlace);
  }
  let byField = byPlace.get(error.schemaPath);
  if (!byField) {
    byField = new Map();
    byPlace.set(error.schemaPath, byField);
  }
  // Params the schema fixes at this place (a limit, a pattern, the choices) need no key of their own.
  const key = FIXED_PARAMS.has(error.keyword) ? pointer : `${pointer}\u0000${JSON.stringify(error.params)}`;
  let message = byField.get(key);
  if (message === undefined) {
    message = errorMessage(error, pointer, missing, fields, lang, schema);
    // Bounded, for endless hostile data: every distinct row of a list is a new field.
    if (memo.size >= 5_000) {
      memo.byKeyword.clear();
      memo.size = 0;
      byField = new Map();
      const fresh = new Map([[error.schemaPath, byField]]);
      memo.byKeyword.set(error.keyword, fresh);
    }
    byField.set(key, message);
    memo.size++;
  }
  return message;
}
