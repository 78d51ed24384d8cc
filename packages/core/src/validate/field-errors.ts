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
  // The pointers are texts ajv has just joined: looking one up in a Map first flattens and hashes
  // it (~0.25 µs each). A few errors are compared in a list instead (by length first).
  const best: Candidate[] = [];
  const index = raw.length > SMALL ? new Map<string, Candidate>() : null;
  for (const error of raw) {
    if (raw.length > 1 && SUMMARY_KEYWORDS.has(error.keyword)) continue;
    const missing = error.keyword === 'required' ? String(error.params.missingProperty ?? '') : '';
    const pointer = missing ? joinPointer(error.instancePath, missing) : error.instancePath;
    const r = rank(error.keyword, error.params);
    const held = index ? index.get(pointer) : best.find((c) => c.pointer === pointer);
    // The first of equally specific errors stays (a repeat of the same keyword included), in the
    // place where the field first failed.
    if (held) {
      if (r < held.rank) Object.assign(held, { error, missing, rank: r });
      continue;
    }
    const candidate = { error, pointer, missing, rank: r };
    best.push(candidate);
    index?.set(pointer, candidate);
  }
  const memo = memoOf(fields, lang);
  const out: SchemaError[] = [];
  for (const { error, pointer, missing } of best) {
    out.push({ pointer, keyword: error.keyword, message: remembered(memo, error, pointer, missing, fields, lang, schema) });
  }
  return out;
}

/** Up to this many, errors and remembered messages of one place are found in a list, not a Map. */
const SMALL = 16;

/** The messages of one place in the schema, by field (and params): a list while short, then a Map. */
type Place = { list: { key: string; message: string }[]; map: Map<string, string> | null };

/** Messages by keyword, then place in the schema, then field (and params). */
type Memo = { size: number; byKeyword: Map<string, Map<string, Place>> };

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
  // ajv writes each place as a text of its own compiled code: the same string, hashed once.
  let place = byPlace.get(error.schemaPath);
  if (!place) {
    place = { list: [], map: null };
    byPlace.set(error.schemaPath, place);
  }
  // Params the schema fixes at this place (a limit, a pattern, the choices) need no key of their own.
  const key = FIXED_PARAMS.has(error.keyword) ? pointer : `${pointer}\u0000${JSON.stringify(error.params)}`;
  const known = place.map ? place.map.get(key) : place.list.find((m) => m.key === key)?.message;
  if (known !== undefined) return known;
  const message = errorMessage(error, pointer, missing, fields, lang, schema);
  // Bounded, for endless hostile data: every distinct row of a list is a new field.
  if (memo.size >= 5_000) {
    memo.byKeyword.clear();
    memo.size = 0;
    place = { list: [], map: null };
    memo.byKeyword.set(error.keyword, new Map([[error.schemaPath, place]]));
  }
  if (place.map) place.map.set(key, message);
  else if (place.list.length < SMALL) place.list.push({ key, message });
  else {
    place.map = new Map(place.list.map((m) => [m.key, m.message]));
    place.map.set(key, message);
  }
  memo.size++;
  return message;
}
