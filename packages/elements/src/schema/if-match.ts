import { GuideFormsError, type JsonSchema } from '@guide-forms/core';

/** Keywords an `if` may use. Anything else is an error, never a silent `true`. */
const SUPPORTED = new Set(['properties', 'const', 'enum', 'required', 'not', 'anyOf', 'allOf', 'type', 'contains']);
/** Keywords that never change whether a schema matches. */
const ANNOTATIONS = new Set(['title', 'description', '$comment']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON equality, as `const` and `enum` use it. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function typeMatches(type: unknown, data: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    switch (t) {
      case 'object':
        return isObject(data);
      case 'array':
        return Array.isArray(data);
      case 'integer':
        return Number.isInteger(data);
      case 'null':
        return data === null;
      default:
        return typeof data === t;
    }
  });
}

/**
 * Whether `data` matches the schema of an `if` — the small subset conditional sections
 * use: `properties`, `const`, `enum`, `required`, `not`, `anyOf`, `allOf`, `type`, `contains`
 * (a list of choices that includes “其他”). Like JSON Schema, `properties` and `required` only
 * constrain objects and `contains` only arrays.
 *
 * @example
 * matchesIf({ properties: { unitType: { const: '企业' } }, required: ['unitType'] }, { unitType: '企业' }); // true
 */
export function matchesIf(schema: unknown, data: unknown, at = '/if'): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  if (!isObject(schema)) throw new GuideFormsError('unsupported-if', `条件 ${at} 不是 schema`, { pointer: at });
  for (const [keyword, arg] of Object.entries(schema as JsonSchema)) {
    if (ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) continue;
    if (!SUPPORTED.has(keyword)) {
      throw new GuideFormsError('unsupported-if', `条件 ${at} 使用了表单渲染器不支持的关键字 "${keyword}"`, {
        pointer: `${at}/${keyword}`,
        expected: [...SUPPORTED].join(', '),
        found: keyword,
      });
    }
    if (!keywordMatches(keyword, arg, data, `${at}/${keyword}`)) return false;
  }
  return true;
}

function keywordMatches(keyword: string, arg: unknown, data: unknown, at: string): boolean {
  switch (keyword) {
    case 'const':
      return jsonEqual(arg, data);
    case 'enum':
      return Array.isArray(arg) && arg.some((v) => jsonEqual(v, data));
    case 'type':
      return typeMatches(arg, data);
    case 'required':
      return !isObject(data) || (arg as string[]).every((k) => Object.hasOwn(data, k) && data[k] !== undefined);
    case 'properties':
      return (
        !isObject(data) ||
        Object.entries(arg as Record<string, unknown>).every(([k, s]) => !Object.hasOwn(data, k) || matchesIf(s, data[k], `${at}/${k}`))
      );
    case 'not':
      return !matchesIf(arg, data, at);
    case 'contains':
      return !Array.isArray(data) || data.some((item, i) => matchesIf(arg, item, `${at}/${i}`));
    case 'anyOf':
      return (arg as unknown[]).some((s, i) => matchesIf(s, data, `${at}/${i}`));
    default:
      return (arg as unknown[]).every((s, i) => matchesIf(s, data, `${at}/${i}`));
  }
}
