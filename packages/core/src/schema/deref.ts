import { GuideFormsError } from '../errors.js';
import { getPointer } from '../pointer.js';
import type { JsonSchema } from '../types.js';

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Replaces every `$ref` with the schema it names (siblings of `$ref` win), so renderers
 * and lint can walk one plain tree. `shared` maps `$id` to schema. Cycles are an error.
 *
 * @example
 * deref({ $id: 'https://x/a.json', properties: { u: { $ref: 'shared.json#/$defs/unit' } } }, shared);
 */
export function deref(root: JsonSchema, shared: Record<string, JsonSchema>, file = 'schema'): JsonSchema {
  const documents = new Map<string, JsonSchema>();
  for (const schema of [root, ...Object.values(shared)]) {
    if (typeof schema.$id === 'string') documents.set(schema.$id.split('#')[0] as string, schema);
  }

  const resolve = (ref: string, base: string, stack: readonly string[], at: string): JsonSchema => {
    const absolute = new URL(ref, base || 'urn:guide-forms:root').href;
    if (stack.includes(absolute)) {
      throw new GuideFormsError('schema-ref', `循环引用 ${ref}`, { file, pointer: at, found: stack.join(' → ') });
    }
    const [doc, fragment = ''] = absolute.split('#') as [string, string?];
    const document = documents.get(doc) ?? (doc === base.split('#')[0] ? root : undefined);
    const target = document ? getPointer(document, decodeURIComponent(fragment)) : undefined;
    if (!isSchema(target)) {
      throw new GuideFormsError('schema-ref', `无法解析的引用 ${ref}`, { file, pointer: at, expected: 'a schema', found: ref });
    }
    return walk(target, doc, [...stack, absolute], at);
  };

  const walk = (node: unknown, base: string, stack: readonly string[], at: string): JsonSchema => {
    if (!isSchema(node)) return node as JsonSchema;
    const ownBase = typeof node.$id === 'string' ? (new URL(node.$id, base || undefined).href.split('#')[0] as string) : base;
    let out: JsonSchema = {};
    if (typeof node.$ref === 'string') out = { ...resolve(node.$ref, ownBase, stack, `${at}/$ref`) };
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' || key === '$defs' || key === '$id' || key === '$schema') continue;
      out[key] = mapChild(key, value, ownBase, stack, `${at}/${key}`);
    }
    return out;
  };

  const mapChild = (key: string, value: unknown, base: string, stack: readonly string[], at: string): unknown => {
    switch (key) {
      case 'properties':
      case 'patternProperties':
      case 'dependentSchemas':
        return Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, walk(v, base, stack, `${at}/${k}`)]),
        );
      case 'items':
      case 'additionalProperties':
      case 'contains':
      case 'not':
      case 'if':
      case 'then':
      case 'else':
        return isSchema(value) ? walk(value, base, stack, at) : value;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
      case 'prefixItems':
        return (value as unknown[]).map((v, i) => walk(v, base, stack, `${at}/${i}`));
      default:
        return value;
    }
  };

  return walk(root, typeof root.$id === 'string' ? root.$id : '', [], '');
}
