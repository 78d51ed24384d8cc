import type { JsonSchema } from '@guide-forms/core';
import { matchesIf } from './if-match.js';

/** One property of an object as it stands for the current data. */
export interface EffectiveProperty {
  key: string;
  schema: JsonSchema;
  required: boolean;
  /** Declared in an `allOf` branch rather than in `properties`. */
  conditional: boolean;
}

/** An object schema resolved against its data: the properties to show now, in order. */
export interface EffectiveObject {
  properties: EffectiveProperty[];
  /** Conditional properties whose condition does not hold now. */
  hidden: Set<string>;
}

interface Branch {
  properties: Record<string, JsonSchema>;
  required: string[];
  /** The base properties the condition reads: the branch is shown after the last of them. */
  after: string[];
  active: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function propsOf(schema: unknown): Record<string, JsonSchema> {
  return isObject(schema) && isObject(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : {};
}

function requiredOf(schema: unknown): string[] {
  return isObject(schema) && Array.isArray(schema.required) ? (schema.required as string[]) : [];
}

/** Every `then`/`else` (and plain `allOf` item) of a schema, flattened, with whether it applies to `data`. */
function branches(schema: JsonSchema, data: unknown, active = true): Branch[] {
  const out: Branch[] = [];
  for (const item of Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]) : []) {
    if (!isObject(item)) continue;
    if ('if' in item) {
      const holds = matchesIf(item.if, data);
      const after = Object.keys(propsOf(item.if)).concat(requiredOf(item.if));
      for (const [key, on] of [
        ['then', holds],
        ['else', !holds],
      ] as const) {
        const branch = item[key];
        if (!isObject(branch)) continue;
        out.push({ properties: propsOf(branch), required: requiredOf(branch), after, active: active && on });
        out.push(...branches(branch as JsonSchema, data, active && on));
      }
    } else {
      out.push({ properties: propsOf(item), required: requiredOf(item), after: [], active });
      out.push(...branches(item as JsonSchema, data, active));
    }
  }
  return out;
}

/**
 * Resolves an object schema's conditional sections (`allOf` → `if`/`then`/`else`) against
 * its data. Properties declared only in a branch whose condition fails are hidden;
 * the ones that show are placed right after the field their condition reads.
 *
 * @example
 * effectiveObject(unitSchema, { unitType: '企业' }).properties.map((p) => p.key); // [..., 'unitType', 'isStartup', ...]
 */
export function effectiveObject(schema: JsonSchema, data: unknown): EffectiveObject {
  // A missing object is judged as an empty one: `required` in an `if` then fails, as it should.
  if (!isObject(data)) data = {};
  const base = propsOf(schema);
  const baseRequired = new Set(requiredOf(schema));
  const all = branches(schema, data);
  const hidden = new Set<string>();
  const activeRequired = new Set(baseRequired);
  const extra = new Map<string, { schema: JsonSchema; after: string[] }>();
  for (const b of all) {
    for (const [key, s] of Object.entries(b.properties)) {
      if (Object.hasOwn(base, key)) continue;
      if (b.active && !extra.has(key)) extra.set(key, { schema: s, after: b.after });
      if (!b.active) hidden.add(key);
    }
    if (b.active) for (const r of b.required) activeRequired.add(r);
  }
  for (const key of extra.keys()) hidden.delete(key);

  const properties: EffectiveProperty[] = [];
  const placed = new Set<string>();
  const push = (key: string, s: JsonSchema, conditional: boolean): void => {
    properties.push({ key, schema: s, required: activeRequired.has(key), conditional });
    placed.add(key);
  };
  const baseKeys = Object.keys(base);
  for (const key of baseKeys) {
    push(key, base[key] as JsonSchema, false);
    for (const [k, e] of extra) {
      const last = [...e.after].reverse().find((a) => baseKeys.includes(a));
      if (last === key && !placed.has(k)) push(k, e.schema, true);
    }
  }
  for (const [k, e] of extra) if (!placed.has(k)) push(k, e.schema, true);
  return { properties, hidden };
}

/** The schema of array items, when `items` is one schema. */
export function itemsOf(schema: JsonSchema): JsonSchema | undefined {
  return isObject(schema.items) ? (schema.items as JsonSchema) : undefined;
}

/**
 * What the form submits: `data` without the fields of hidden sections (kept in `data`
 * so they come back when the section does). Fields the schema does not know are kept.
 */
export function visibleValue(schema: JsonSchema, data: unknown): unknown {
  if (Array.isArray(data)) {
    const items = itemsOf(schema);
    return items ? data.map((d) => visibleValue(items, d)) : data;
  }
  if (!isObject(data)) return data;
  const { properties, hidden } = effectiveObject(schema, data);
  const byKey = new Map(properties.map((p) => [p.key, p.schema]));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(data)) {
    if (hidden.has(key) || v === undefined) continue;
    const s = byKey.get(key);
    out[key] = s ? visibleValue(s, v) : v;
  }
  return out;
}

/**
 * Sets every `const` field the data should carry (e.g. `classification.category`) and
 * creates every required object (so the schema reports its missing fields one by one,
 * next to each, rather than “单位信息：必填”). Returns `data` itself when nothing changes.
 */
export function withConsts(schema: JsonSchema, data: unknown): unknown {
  const source = isObject(data) ? data : {};
  let out: Record<string, unknown> | null = null;
  for (const p of effectiveObject(schema, source).properties) {
    const current = source[p.key];
    let next: unknown = current;
    if (p.schema.const !== undefined) next = p.schema.const;
    else if (isObjectSchema(p.schema) && (current !== undefined || p.required || hasConst(p.schema))) next = withConsts(p.schema, current);
    if (next !== current) {
      out ??= { ...source };
      out[p.key] = next;
    }
  }
  return out ?? (isObject(data) ? data : source);
}

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || (schema.type === undefined && isObject(schema.properties));
}

function hasConst(schema: JsonSchema): boolean {
  return effectiveObject(schema, {}).properties.some(
    (p) => p.schema.const !== undefined || (isObjectSchema(p.schema) && hasConst(p.schema)),
  );
}
