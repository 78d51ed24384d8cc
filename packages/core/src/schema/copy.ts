import { GuideFormsError } from '../errors.js';
import { getPointer, isSafePointer, setPointer } from '../pointer.js';
import type { JsonSchema } from '../types.js';

/** The annotation on a form's root: `{ "<pointer in this form>": "<pointer in the form it is filled from>" }`. */
export const COPY_KEYWORD = 'x-copy-from';

/**
 * The copy table of a form (its `x-copy-from` annotation): which fields it takes over from
 * another form — for 附件7, the 征集表 it condenses — as `[to, from]` pairs, in the order
 * written. A malformed table is a {@link GuideFormsError} naming the pointer inside it.
 *
 * @example
 * copyTable({ 'x-copy-from': { '/linked/suggestionTitle': '/content/title' } }); // [['/linked/suggestionTitle', '/content/title']]
 */
export function copyTable(schema: JsonSchema, file = 'schema.json'): [to: string, from: string][] {
  const table = schema[COPY_KEYWORD];
  if (table === undefined) return [];
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new GuideFormsError('bad-copy-table', `${COPY_KEYWORD} 应为 { "本表字段": "原表字段" }`, {
      file,
      pointer: `/${COPY_KEYWORD}`,
      expected: '{ "/linked/suggestionTitle": "/content/title" }',
      found: JSON.stringify(table),
    });
  }
  return Object.entries(table).map(([to, from]) => {
    if (!isSafePointer(to) || to === '' || typeof from !== 'string' || !isSafePointer(from) || from === '') {
      throw new GuideFormsError('bad-copy-table', `${COPY_KEYWORD} 的每一项应为两个 JSON Pointer（本表字段 → 原表字段）`, {
        file,
        pointer: `/${COPY_KEYWORD}/${to.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        expected: '"/content/title"',
        found: JSON.stringify(from),
      });
    }
    return [to, from];
  });
}

/** Every `const` reachable through `properties` (not conditional branches): a form's fixed values. */
function fixedValues(schema: JsonSchema, at: string, out: Map<string, unknown>): void {
  if ('const' in schema && at !== '') out.set(at, schema.const);
  const properties = schema.properties;
  if (typeof properties !== 'object' || properties === null) return;
  for (const [key, child] of Object.entries(properties as Record<string, JsonSchema>)) {
    if (typeof child === 'object' && child !== null) fixedValues(child, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, out);
  }
}

/**
 * A new value of the form `schema` (dereferenced) pre-filled from another form's `source`
 * value: the form's fixed values (`const`, e.g. its own category) and every field its copy
 * table names, where the source has it filled — blank stays blank, so nothing is invented.
 *
 * @example
 * prefillFrom(summarySchema, keyRdValue).linked; // { category: 'key-rd', suggestionTitle: '…' }
 */
export function prefillFrom(schema: JsonSchema, source: unknown, file?: string): Record<string, unknown> {
  let out: Record<string, unknown> = {};
  const fixed = new Map<string, unknown>();
  fixedValues(schema, '', fixed);
  for (const [to, value] of fixed) out = setPointer(out, to, structuredClone(value));
  for (const [to, from] of copyTable(schema, file)) {
    const value = getPointer(source, from);
    if (value !== undefined && value !== null && value !== '') out = setPointer(out, to, structuredClone(value));
  }
  return out;
}
