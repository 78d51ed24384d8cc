import { GuideFormsError } from '../errors.js';
import type { Json, JsonSchema } from '../types.js';

/**
 * Fills year-dependent choices: a schema node `{"x-options": "domains"}` gets
 * `enum: call.options.domains`. Lists that change by year (domains, partner regions)
 * live in `rules/<year>/call.json`, so a new year needs no schema edit.
 * A name of the form `regions.上海市` reads a nested list. `optionsEn` gives English display
 * names (`x-enum-en`); a value without one shows as is.
 */
export function applyOptions(
  schema: JsonSchema,
  options: Record<string, Json>,
  file: string,
  optionsEn: Record<string, string> = {},
): JsonSchema {
  const walk = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((n, i) => walk(n, `${at}/${i}`));
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value, `${at}/${key}`);
    const name = (node as JsonSchema)['x-options'];
    if (typeof name === 'string') {
      const list = lookup(options, name);
      if (!Array.isArray(list)) {
        throw new GuideFormsError('unknown-options', `call.json 中没有名为 "${name}" 的选项列表`, {
          file,
          pointer: `${at}/x-options`,
          expected: `one of: ${Object.keys(options).join(', ')}`,
          found: name,
        });
      }
      out.enum = list;
      out['x-enum-en'] = list.map((v) => (typeof v === 'string' && Object.hasOwn(optionsEn, v) ? optionsEn[v] : v));
    }
    return out;
  };
  return walk(schema, '') as JsonSchema;
}

function lookup(options: Record<string, Json>, name: string): Json | undefined {
  let node: Json | undefined = options;
  for (const part of name.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, Json>)[part];
  }
  return node;
}
