import { type MessageContext, schemaMessage } from '../i18n/schema-messages.js';
import { formatPointer, getPointer, joinPointer, parsePointer, toPattern } from '../pointer.js';
import { type FieldInfo, fieldLabel, fieldUnit } from '../schema/fields.js';
import type { JsonSchema, Lang, SchemaError } from '../types.js';
import type { RawSchemaError } from './raw-error.js';

/** Keywords that only summarise other errors (`if` → the `then` errors say what is wrong). */
export const SUMMARY_KEYWORDS: ReadonlySet<string> = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

/**
 * Turns raw validator errors into located, translated errors. A `required` error points
 * at the missing field itself, so a form can show it next to that field. Given the form's
 * `schema`, a field defined in a conditional branch is named by that branch's title (an extra
 * field titled per region from call.json), not by the first branch defining it.
 */
export function toSchemaErrors(
  raw: readonly RawSchemaError[],
  fields: Map<string, FieldInfo>,
  lang: Lang,
  schema?: JsonSchema,
): SchemaError[] {
  const seen = new Set<string>();
  const out: SchemaError[] = [];
  let memo = MESSAGES.get(fields);
  if (!memo) {
    memo = new Map();
    MESSAGES.set(fields, memo);
  }
  for (const e of raw) {
    if (SUMMARY_KEYWORDS.has(e.keyword) && raw.length > 1) continue;
    const missing = e.keyword === 'required' ? String(e.params.missingProperty ?? '') : '';
    const pointer = missing ? joinPointer(e.instancePath, missing) : e.instancePath;
    const key = `${pointer} ${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The same mistake gets the same message on every check (a form re-checks on every key):
    // made once per error, place in the schema, params and language.
    const params = FIXED_PARAMS.has(e.keyword) ? '' : JSON.stringify(e.params);
    const id = `${lang}\u0000${pointer}\u0000${e.keyword}\u0000${e.schemaPath}\u0000${params}\u0000${schema ? 1 : 0}`;
    let message = memo.get(id);
    if (message === undefined) {
      message = errorMessage(e, pointer, missing, fields, lang, schema);
      if (memo.size >= 5_000) memo.clear();
      memo.set(id, message);
    }
    out.push({ pointer, keyword: e.keyword, message });
  }
  return out;
}

/**
 * The message of one raw error about the field at `pointer` (`missing`: the property a `required`
 * error names, else ""), made afresh: callers remember it.
 */
export function errorMessage(
  e: RawSchemaError,
  pointer: string,
  missing: string,
  fields: Map<string, FieldInfo>,
  lang: Lang,
  schema?: JsonSchema,
): string {
  const label = fieldLabel(fields, pointer, lang, schema && branchTitle(schema, e, missing, lang));
  const node = fields.get(toPattern(pointer))?.schema;
  const context: MessageContext = { label, unit: fieldUnit(fields, pointer, lang), params: e.params, ...choices(node, lang) };
  return schemaMessage(e.keyword, context, lang);
}

/**
 * Keywords whose error params are fixed by the schema at the error's place (the limit, the
 * pattern, the list of choices) — or, for `required`, named in the pointer: their messages are
 * known by place alone, without writing the params out (an enum's list is long).
 */
export const FIXED_PARAMS: ReadonlySet<string> = new Set([
  'required',
  'type',
  'const',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
]);

/** Messages already made, per form (its field index), by error: bounded, for endless hostile data. */
const MESSAGES = new WeakMap<Map<string, FieldInfo>, Map<string, string>>();

/**
 * The title of the field an error is about, read where the validator found it, when that is a
 * `then`/`else` branch of the form's own schema (`#/properties/project/allOf/5/then/required`).
 */
function branchTitle(schema: JsonSchema, e: RawSchemaError, missing: string, lang: Lang): string | undefined {
  if (!e.schemaPath.startsWith('#/')) return undefined;
  let segments: string[];
  try {
    segments = parsePointer(decodeURIComponent(e.schemaPath.slice(1))).slice(0, -1);
  } catch {
    return undefined;
  }
  if (!segments.includes('then') && !segments.includes('else')) return undefined;
  const at = getPointer(schema, formatPointer(segments));
  const props = (at as JsonSchema | undefined)?.properties as Record<string, unknown> | undefined;
  const node = (missing ? props?.[missing] : at) as JsonSchema | undefined;
  if (typeof node !== 'object' || node === null) return undefined;
  const title = lang === 'en' ? (node['x-title-en'] ?? node.title) : node.title;
  return typeof title === 'string' ? title : undefined;
}

/** Display labels of an enum and whether the field is a list of choices. */
function choices(schema: JsonSchema | undefined, lang: Lang): Pick<MessageContext, 'labels' | 'choice'> {
  if (!schema) return {};
  const items = schema.items as JsonSchema | undefined;
  const labels = schema[lang === 'en' ? 'x-enum-en' : 'x-enum-zh'];
  return {
    ...(Array.isArray(labels) ? { labels: labels.map(String) } : {}),
    ...(items && Array.isArray(items.enum) ? { choice: true } : {}),
  };
}
