import { child, type KeywordCompiler } from './compiler.js';
import { ALWAYS, type Check, checkAt, fail, segment } from './context.js';

type Data = Record<string, unknown>;

function countLimit(keyword: 'maxProperties' | 'minProperties'): KeywordCompiler {
  return ({ schema, loc }, k) => {
    const n = schema[keyword];
    const path = child(loc, keyword);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw k.refuse(path, `${keyword} 须为非负整数`);
    const params = { limit: n };
    const fails = keyword === 'maxProperties' ? (size: number) => size > n : (size: number) => size < n;
    return (d, c) => !fails(Object.keys(d as Data).length) || fail(c, keyword, path, params);
  };
}

/** Object keywords, in the order they are reported. */
export const OBJECT_CHECKS: Record<string, KeywordCompiler> = {
  maxProperties: countLimit('maxProperties'),
  minProperties: countLimit('minProperties'),
  /** Each missing property (absent or `undefined`) is one error on the object, naming it. */
  required: ({ schema, loc }, k) => {
    const names = schema.required;
    const path = child(loc, 'required');
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string')) throw k.refuse(path, 'required 须为字符串数组');
    if (names.length === 0) return undefined;
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
    const check = extra === false ? null : k.node(extra, path, base);
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
  /** Each named property that is present, through its own schema (its name on the path). */
  properties: ({ schema, loc, base }, k) => {
    const props = schema.properties;
    const path = child(loc, 'properties');
    if (typeof props !== 'object' || props === null || Array.isArray(props)) throw k.refuse(path, 'properties 须为对象');
    const names: string[] = [];
    const segments: string[] = [];
    const checks: Check[] = [];
    for (const [name, sub] of Object.entries(props)) {
      const check = k.node(sub, child(path, name), base);
      if (check === ALWAYS) continue;
      names.push(name);
      segments.push(segment(name));
      checks.push(check);
    }
    if (checks.length === 0) return undefined;
    return (d, c) => {
      const o = d as Data;
      let ok = true;
      for (let i = 0; i < names.length; i++) {
        const name = names[i] as string;
        const v = o[name];
        if (v === undefined) continue;
        if (!checkAt(checks[i] as Check, v, segments[i] as string, c)) {
          if (!c) return false;
          ok = false;
        }
      }
      return ok;
    };
  },
};
