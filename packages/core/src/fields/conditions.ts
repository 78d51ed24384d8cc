import { GuideFormsError } from '../errors.js';
import { joinPointer } from '../pointer.js';
import type { JsonSchema } from '../types.js';

/** Whether data satisfies one `if` subschema: the form's own compiled validator for it. */
export type ConditionCheck = (data: unknown) => boolean;

/** One `if` subschema of a form, where it sits in the resolved schema and its key. */
export interface ConditionSchema {
  /** JSON Pointer of the `if` inside the resolved schema, e.g. `/properties/unit/allOf/0/if`. */
  pointer: string;
  /** The `if` subschema itself. */
  schema: JsonSchema;
  /** Its canonical text: equal conditions share one compiled check (and one precompiled function). */
  key: string;
}

// The compiled check of every `if` node of every form an engine compiled, by the node itself:
// the resolved schema is the engine's own object, so renderers and writers that walk it can ask
// for a node's condition without threading the engine through every call.
const CHECKS = new WeakMap<object, ConditionCheck>();

const SCHEMA_MAPS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'] as const;
const SCHEMA_ONE = [
  'items',
  'additionalProperties',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedProperties',
] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The canonical key of a condition: its JSON text. The build keys precompiled checks the same way.
 *
 * @example
 * conditionKey({ properties: { domain: { const: '其他' } }, required: ['domain'] });
 */
export function conditionKey(schema: JsonSchema): string {
  return JSON.stringify(schema);
}

/**
 * Every `if` subschema of a resolved schema, walking only schema positions (a property
 * named `if` is a field, not a condition), in document order.
 *
 * @example
 * conditionSchemas(form.schema).map((c) => c.pointer); // ['/properties/unit/allOf/0/if', ...]
 */
export function conditionSchemas(schema: JsonSchema): ConditionSchema[] {
  const out: ConditionSchema[] = [];
  const walk = (node: unknown, at: string): void => {
    if (!isObject(node)) return;
    if (isObject(node.if)) out.push({ pointer: joinPointer(at, 'if'), schema: node.if, key: conditionKey(node.if) });
    for (const k of SCHEMA_MAPS) {
      const map = node[k];
      if (isObject(map)) for (const [name, s] of Object.entries(map)) walk(s, joinPointer(at, k, name));
    }
    for (const k of SCHEMA_ONE) walk(node[k], joinPointer(at, k));
    for (const k of SCHEMA_LISTS) {
      const list = node[k];
      if (Array.isArray(list)) for (const [i, s] of list.entries()) walk(s, joinPointer(at, k, i));
    }
  };
  walk(schema, '');
  return out;
}

/**
 * Compiles every condition of a resolved schema once per distinct condition and remembers the
 * check of each `if` node, for {@link conditionHolds}. Throws what `compile` throws.
 */
export function registerConditions(schema: JsonSchema, compile: (condition: ConditionSchema) => ConditionCheck): void {
  const byKey = new Map<string, ConditionCheck>();
  for (const condition of conditionSchemas(schema)) {
    let check = byKey.get(condition.key);
    if (!check) {
      check = compile(condition);
      byKey.set(condition.key, check);
    }
    CHECKS.set(condition.schema, check);
  }
}

/**
 * Whether `data` satisfies an `if` node of a form an {@link Engine} compiled — answered by the
 * validator compiled for that very subschema, so it cannot disagree with `evaluate`. A node no
 * engine compiled is an error, never a silent `true`.
 */
export function conditionHolds(ifSchema: unknown, data: unknown): boolean {
  if (ifSchema === true) return true;
  if (ifSchema === false) return false;
  const check = isObject(ifSchema) ? CHECKS.get(ifSchema) : undefined;
  if (!check) {
    throw new GuideFormsError(
      'unknown-condition',
      `条件 ${isObject(ifSchema) ? conditionKey(ifSchema) : String(ifSchema)} 不属于引擎编译过的表单：请使用 engine.getForm() 返回的 schema`,
      { expected: 'an if of engine.getForm(...).schema' },
    );
  }
  return check(data);
}
