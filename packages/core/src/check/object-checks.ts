import { child, type KeywordCompiler } from './compiler.js';
import { ALWAYS, type Check, type CheckContext, checkAt, fail, segment, within } from './context.js';
import { countLimit } from './count-limit.js';

type Data = Record<string, unknown>;

/** Object keywords and their compilers (the order errors are reported in is `keywords.ts`'s). */
export const OBJECT_CHECKS: Record<string, KeywordCompiler> = {
  maxProperties: countLimit('maxProperties', true, (d) => Object.keys(d as Data).length),
  minProperties: countLimit('minProperties', false, (d) => Object.keys(d as Data).length),
  /** Each missing property (absent or `undefined`) is one error on the object, naming it. */
  required: ({ schema, loc }, k) => {
    const names = schema.required;
    const path = child(loc, 'required');
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw k.refuse(path, 'required 须为字符串数组');
    if (names.length === 0 || readWithProperties(schema)) return undefined;
    const list = names as string[];
    return (d, c) => {
      const o = d as Data;
      let ok = true;
      for (let i = 0; i < list.length; i++) {
        const name = list[i] as string;
        if (o[name] !== undefined) continue;
        if (!c) return false;
        ok = fail(c, 'required', path, { missingProperty: name });
      }
      return ok;
    };
  },
  /** Properties `properties` does not name: refused one by one (`false`), or each checked. */
  additionalProperties: ({ schema, loc, base }, k) => {
    const path = child(loc, 'additionalProperties');
    const named = new Set(Object.keys((schema.properties as Data | undefined) ?? {}));
    const extra = schema.additionalProperties;
    const check = extra === false ? null : k.inner(extra, path, base);
    return (d, c) => {
      const o = d as Data;
      let ok = true;
      for (const key of Object.keys(o)) {
        if (named.has(key)) continue;
        const passed = check ? checkAt(check, o[key], segment(key), c) : fail(c, 'additionalProperties', path, { additionalProperty: key });
        if (!passed) {
          if (!c) return false;
          ok = false;
        }
      }
      return ok;
    };
  },
  /** Each property name, a string, through the schema of names (as ajv: the name's error, then `propertyNames`, at the object). */
  propertyNames: ({ schema, loc, base }, k) => {
    const path = child(loc, 'propertyNames');
    const check = k.inner(schema.propertyNames, path, base);
    if (check === ALWAYS) return undefined;
    return (d, c) => {
      let ok = true;
      for (const key of Object.keys(d as Data)) {
        if (check(key, c)) continue;
        if (!c) return false;
        ok = fail(c, 'propertyNames', path, { propertyName: key });
      }
      return ok;
    };
  },
  /**
   * Each named property that is present, through its own schema (its name on the path). When every
   * required property is one of them, named in the same order, they are read once for both
   * keywords ({@link readWithProperties}): a missing one's error still comes before the errors
   * about the others, as `required` comes before `properties`.
   */
  properties: ({ schema, loc, base }, k) => {
    const props = schema.properties;
    const path = child(loc, 'properties');
    if (typeof props !== 'object' || props === null || Array.isArray(props)) throw k.refuse(path, 'properties 须为对象');
    const required = readWithProperties(schema) ? new Set(schema.required as string[]) : null;
    const names: string[] = [];
    const segments: string[] = [];
    const checks: (Check | null)[] = [];
    const needed: boolean[] = [];
    for (const [name, sub] of Object.entries(props)) {
      const check = k.inner(sub, child(path, name), base);
      const need = required?.has(name) ?? false;
      if (check === ALWAYS && !need) continue;
      names.push(name);
      segments.push(segment(name));
      checks.push(check === ALWAYS ? null : check);
      needed.push(need);
    }
    if (names.length === 0) return undefined;
    const requiredPath = child(loc, 'required');
    return (d, c) => {
      const o = d as Data;
      let ok = true;
      let missingAt = c ? c.errors.length : 0;
      for (let i = 0; i < names.length; i++) {
        const v = o[names[i] as string];
        if (v === undefined) {
          if (!needed[i]) continue;
          if (!c) return false;
          missing(c, missingAt++, requiredPath, names[i] as string);
          ok = false;
          continue;
        }
        const check = checks[i];
        if (!check) continue;
        if (!c) {
          if (!check(v, null)) return false;
          continue;
        }
        const before = c.errors.length;
        if (check(v, c)) continue;
        within(c, before, segments[i] as string);
        ok = false;
      }
      return ok;
    };
  },
};

/**
 * Whether `required` is checked by the `properties` loop: every required name is a property, in
 * the same order, and no `additionalProperties` reports between the two.
 */
function readWithProperties(schema: Readonly<Record<string, unknown>>): boolean {
  const { required, properties } = schema;
  if (!Array.isArray(required) || typeof properties !== 'object' || properties === null || schema.additionalProperties !== undefined) {
    return false;
  }
  const order = Object.keys(properties).filter((name) => required.includes(name));
  return order.length === required.length && order.every((name, i) => name === required[i]);
}

/** A `required` error for `name`, placed at `index` among the errors (before those about other properties). */
function missing(c: CheckContext, index: number, schemaPath: string, name: string): void {
  const error = { keyword: 'required', instancePath: '', schemaPath, params: { missingProperty: name } };
  if (index === c.errors.length) c.errors.push(error);
  else c.errors.splice(index, 0, error);
}
