import type { Json, JsonSchema, Rule } from '../types.js';

const HINT_KEYS = new Set(['description', 'x-description-en']);

/**
 * Fills `{R14.min}` in schema hints with the param of the rule in force, so a hint such as
 * “项目总研发投入在 {R14.min} 万元以上” follows the year's threshold. A placeholder that names
 * no rule param is left as written (lint reports it).
 */
export function fillRuleParams(schema: JsonSchema, rules: readonly Rule[]): JsonSchema {
  const params = new Map<string, Json>();
  for (const rule of rules) for (const [name, value] of Object.entries(rule.params ?? {})) params.set(`${rule.id}.${name}`, value);
  const fill = (text: string): string =>
    text.replace(/\{([A-Za-z][\w.-]*)\}/g, (whole, key: string) => (params.has(key) ? String(params.get(key)) : whole));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, HINT_KEYS.has(k) && typeof v === 'string' ? fill(v) : walk(v)]));
  };
  return walk(schema) as JsonSchema;
}
