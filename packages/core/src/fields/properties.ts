import type { JsonSchema } from '../types.js';
import { conditionHolds } from './conditions.js';

/** One property of an object schema as it stands for the object's current data. */
export interface ObjectProperty {
  key: string;
  schema: JsonSchema;
  /** The schema requires it for this data (base `required` or a branch in force). */
  required: boolean;
  /** Declared in an `allOf` branch (or `then`/`else`) rather than in `properties`. */
  conditional: boolean;
}

/** An object schema resolved against its data: the properties in force, in page order. */
export interface ObjectLayout {
  properties: ObjectProperty[];
  /** Conditional properties whose condition does not hold now, with the schema of their branch. */
  hidden: Map<string, JsonSchema>;
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

/** The `then`/`else` of a node's own `if`, with whether each applies. */
function conditional(node: Record<string, unknown>, data: unknown, active: boolean, out: Branch[]): void {
  if (!('if' in node)) return;
  const holds = conditionHolds(node.if, data);
  const after = Object.keys(propsOf(node.if)).concat(requiredOf(node.if));
  for (const [key, on] of [
    ['then', holds],
    ['else', !holds],
  ] as const) {
    const branch = node[key];
    if (!isObject(branch)) continue;
    out.push({ properties: propsOf(branch), required: requiredOf(branch), after, active: active && on });
    branches(branch, data, active && on, out);
  }
}

/** Every branch under a schema node (its `if` and each `allOf` item), flattened. */
function branches(schema: Record<string, unknown>, data: unknown, active: boolean, out: Branch[]): void {
  conditional(schema, data, active, out);
  for (const item of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (!isObject(item)) continue;
    if ('if' in item) conditional(item, data, active, out);
    else {
      out.push({ properties: propsOf(item), required: requiredOf(item), after: [], active });
      branches(item, data, active, out);
    }
  }
}

/**
 * Resolves an object schema's conditional sections (`if`/`then`/`else`, directly or in
 * `allOf`) against the object's data, with the validator compiled for each `if`. Properties
 * declared only in a branch whose condition fails are hidden; the ones in force are placed
 * right after the field their condition reads. `data` should be what the validator sees
 * (blank texts removed); anything that is not an object is judged as an empty one.
 *
 * @example
 * const unit = engine.getForm('key-rd').schema.properties.unit;
 * objectLayout(unit, { unitType: '企业' }).properties.map((p) => p.key); // [..., 'unitType', 'isStartup', ...]
 */
export function objectLayout(schema: JsonSchema, data: unknown): ObjectLayout {
  // A missing object is judged as an empty one: `required` in an `if` then fails, as it should.
  const value = isObject(data) ? data : {};
  const base = propsOf(schema);
  const baseRequired = new Set(requiredOf(schema));
  const all: Branch[] = [];
  branches(schema, value, true, all);
  const hidden = new Map<string, JsonSchema>();
  const required = new Set(baseRequired);
  const extra = new Map<string, { schema: JsonSchema; after: string[] }>();
  for (const b of all) {
    for (const [key, s] of Object.entries(b.properties)) {
      if (Object.hasOwn(base, key)) continue;
      if (b.active && !extra.has(key)) extra.set(key, { schema: s, after: b.after });
      if (!b.active && !hidden.has(key)) hidden.set(key, s);
    }
    if (b.active) for (const r of b.required) required.add(r);
  }
  for (const key of extra.keys()) hidden.delete(key);

  const properties: ObjectProperty[] = [];
  const placed = new Set<string>();
  const push = (key: string, s: JsonSchema, isConditional: boolean): void => {
    properties.push({ key, schema: s, required: required.has(key), conditional: isConditional });
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

/** Whether a schema node describes an object (by `type`, or by `properties` without a type). */
export function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || (schema.type === undefined && isObject(schema.properties));
}
