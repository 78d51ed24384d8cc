import type { JsonSchema } from '@guide-forms/core';

// The paper shows what the applicant saw: an object's own properties plus those of every
// `allOf` branch whose `if` holds for the data, each placed right after the field its
// condition reads (as the element places them). Issue 13 moves condition matching into
// core; until then this mirrors the element's subset (packages/elements/src/schema/).

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Whether `data` matches an `if` schema. Keywords other than `properties`, `const`, `enum`,
 * `required`, `not`, `anyOf`, `allOf` and `type` do not decide here: the branch shows when
 * the data already holds one of its fields, so nothing the applicant typed is left off paper.
 */
export function holds(schema: unknown, data: unknown): boolean | undefined {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  if (!isObject(schema)) return undefined;
  let result = true;
  for (const [keyword, arg] of Object.entries(schema)) {
    let ok: boolean | undefined;
    switch (keyword) {
      case 'const':
        ok = jsonEqual(arg, data);
        break;
      case 'enum':
        ok = Array.isArray(arg) && arg.some((v) => jsonEqual(v, data));
        break;
      case 'type':
        ok = (Array.isArray(arg) ? arg : [arg]).some((t) =>
          t === 'object'
            ? isObject(data)
            : t === 'array'
              ? Array.isArray(data)
              : t === 'integer'
                ? Number.isInteger(data)
                : t === 'null'
                  ? data === null
                  : typeof data === t,
        );
        break;
      case 'required':
        ok =
          !isObject(data) ||
          (Array.isArray(arg) && arg.every((k) => typeof k === 'string' && data[k] !== undefined && Object.hasOwn(data, k)));
        break;
      case 'properties':
        ok =
          !isObject(data) ||
          !isObject(arg) ||
          Object.entries(arg).every(([k, s]) => !Object.hasOwn(data, k) || holds(s, data[k]) !== false);
        break;
      case 'not': {
        const inner = holds(arg, data);
        ok = inner === undefined ? undefined : !inner;
        break;
      }
      case 'anyOf':
        ok = Array.isArray(arg) ? arg.some((s) => holds(s, data) === true) : undefined;
        break;
      case 'allOf':
        ok = Array.isArray(arg) ? arg.every((s) => holds(s, data) !== false) : undefined;
        break;
      default:
        if (keyword.startsWith('x-') || keyword === 'title' || keyword === 'description' || keyword === '$comment') continue;
        ok = undefined;
    }
    if (ok === undefined) return undefined;
    result &&= ok;
  }
  return result;
}

interface Branch {
  properties: Record<string, JsonSchema>;
  after: string[];
  active: boolean;
}

const propsOf = (s: unknown): Record<string, JsonSchema> =>
  isObject(s) && isObject(s.properties) ? (s.properties as Record<string, JsonSchema>) : {};

function branches(schema: JsonSchema, data: Record<string, unknown>, active: boolean): Branch[] {
  const out: Branch[] = [];
  for (const item of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (!isObject(item)) continue;
    if (!('if' in item)) {
      out.push({ properties: propsOf(item), after: [], active }, ...branches(item, data, active));
      continue;
    }
    const after = [
      ...Object.keys(propsOf(item.if)),
      ...(isObject(item.if) && Array.isArray(item.if.required) ? (item.if.required as string[]) : []),
    ];
    const verdict = holds(item.if, data);
    for (const key of ['then', 'else'] as const) {
      const branch = item[key];
      if (!isObject(branch)) continue;
      const on =
        verdict === undefined ? Object.keys(propsOf(branch)).some((k) => data[k] !== undefined) : key === 'then' ? verdict : !verdict;
      out.push({ properties: propsOf(branch), after, active: active && on }, ...branches(branch, data, active && on));
    }
  }
  return out;
}

/**
 * The properties of an object schema that stand for `data`, in the order the form shows them.
 *
 * @example
 * effectiveProperties(unitSchema, { unitType: '企业' }).map(([key]) => key); // [..., 'unitType', 'isStartup', ...]
 */
export function effectiveProperties(schema: JsonSchema, data: unknown): [string, JsonSchema][] {
  const value = isObject(data) ? data : {};
  const base = propsOf(schema);
  const extra = new Map<string, { schema: JsonSchema; after: string[] }>();
  for (const b of branches(schema, value, true)) {
    if (!b.active) continue;
    for (const [key, s] of Object.entries(b.properties))
      if (!Object.hasOwn(base, key) && !extra.has(key)) extra.set(key, { schema: s, after: b.after });
  }
  const out: [string, JsonSchema][] = [];
  const placed = new Set<string>();
  const baseKeys = Object.keys(base);
  for (const key of baseKeys) {
    out.push([key, base[key] as JsonSchema]);
    for (const [k, e] of extra) {
      const last = [...e.after].reverse().find((a) => baseKeys.includes(a));
      if (last === key && !placed.has(k)) {
        out.push([k, e.schema]);
        placed.add(k);
      }
    }
  }
  for (const [k, e] of extra) if (!placed.has(k)) out.push([k, e.schema]);
  return out;
}
