import { type MessageContext, schemaMessage } from '../i18n/schema-messages.js';
import { joinPointer, toPattern } from '../pointer.js';
import { type FieldInfo, fieldLabel, fieldUnit } from '../schema/fields.js';
import type { JsonSchema, Lang, SchemaError } from '../types.js';
import type { RawSchemaError } from './raw-error.js';

/** Keywords that only summarise other errors (`if` → the `then` errors say what is wrong). */
const SUMMARY_KEYWORDS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

/**
 * Turns raw validator errors into located, translated errors. A `required` error points
 * at the missing field itself, so a form can show it next to that field.
 */
export function toSchemaErrors(raw: readonly RawSchemaError[], fields: Map<string, FieldInfo>, lang: Lang): SchemaError[] {
  const seen = new Set<string>();
  const out: SchemaError[] = [];
  for (const e of raw) {
    if (SUMMARY_KEYWORDS.has(e.keyword) && raw.length > 1) continue;
    const missing = e.keyword === 'required' ? String(e.params.missingProperty ?? '') : '';
    const pointer = missing ? joinPointer(e.instancePath, missing) : e.instancePath;
    const key = `${pointer} ${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = fieldLabel(fields, pointer, lang);
    const schema = fields.get(toPattern(pointer))?.schema;
    const context: MessageContext = { label, unit: fieldUnit(fields, pointer, lang), params: e.params, ...choices(schema, lang) };
    const message = schemaMessage(e.keyword, context, lang);
    out.push({ pointer, keyword: e.keyword, message });
  }
  return out;
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
