import { ANY_CHECKS } from './any-checks.js';
import { ARRAY_CHECKS } from './array-checks.js';
import { type At, type Compiler, child, type KeywordCompiler, shown } from './compiler.js';
import { ALWAYS, all, type Check, fail } from './context.js';
import { hasType, isJsonType, type JsonType, TYPE_IS } from './data-type.js';
import { withFastPath } from './fast-path.js';
import { ANY_KEYWORDS, ARRAY_KEYWORDS, KNOWN_KEYWORDS, NUMBER_KEYWORDS, OBJECT_KEYWORDS, STRING_KEYWORDS } from './keywords.js';
import { NUMBER_CHECKS } from './number-checks.js';
import { OBJECT_CHECKS } from './object-checks.js';
import { STRING_CHECKS } from './string-checks.js';

type GroupType = 'number' | 'string' | 'array' | 'object';

/** Each keyword of a group, in the order of `keywords.ts` (the order errors are reported), with its compiler. */
function ordered(keywords: readonly string[], checks: Readonly<Record<string, KeywordCompiler>>): [string, KeywordCompiler][] {
  return keywords.map((keyword) => {
    const compile = checks[keyword];
    if (!compile) throw new Error(`schema check: no compiler for "${keyword}"`);
    return [keyword, compile];
  });
}

/** The keyword groups for values of one type, in the order they are reported. */
const TYPED_GROUPS: readonly { type: GroupType; keywords: readonly [string, KeywordCompiler][] }[] = [
  { type: 'number', keywords: ordered(NUMBER_KEYWORDS, NUMBER_CHECKS) },
  { type: 'string', keywords: ordered(STRING_KEYWORDS, STRING_CHECKS) },
  { type: 'array', keywords: ordered(ARRAY_KEYWORDS, ARRAY_CHECKS) },
  { type: 'object', keywords: ordered(OBJECT_KEYWORDS, OBJECT_CHECKS) },
];
const ANY_GROUP: readonly [string, KeywordCompiler][] = ordered(ANY_KEYWORDS, ANY_CHECKS);

/** The checks of a group's keywords present in `at.schema`, in the group's order. */
function groupChecks(keywords: readonly [string, KeywordCompiler][], at: At, k: Compiler): Check[] {
  const out: Check[] = [];
  for (const [keyword, compile] of keywords) {
    if (at.schema[keyword] === undefined) continue;
    const check = compile(at, k);
    if (check && check !== ALWAYS) out.push(check);
  }
  return out;
}

/** `run` on a value of the group's type; a value of another type fails with the schema's type error. */
const GUARD: Record<GroupType, (run: Check, path: string, params: Record<string, unknown>) => Check> = {
  number: (run, path, params) => (d, c) => (typeof d === 'number' && Number.isFinite(d) ? run(d, c) : fail(c, 'type', path, params)),
  string: (run, path, params) => (d, c) => (typeof d === 'string' ? run(d, c) : fail(c, 'type', path, params)),
  array: (run, path, params) => (d, c) => (Array.isArray(d) ? run(d, c) : fail(c, 'type', path, params)),
  object: (run, path, params) => (d, c) =>
    typeof d === 'object' && d !== null && !Array.isArray(d) ? run(d, c) : fail(c, 'type', path, params),
};

/** `run` on a value of the group's type; any other value passes the group. */
const SKIP: Record<GroupType, (run: Check) => Check> = {
  number: (run) => (d, c) => typeof d !== 'number' || !Number.isFinite(d) || run(d, c),
  string: (run) => (d, c) => typeof d !== 'string' || run(d, c),
  array: (run) => (d, c) => !Array.isArray(d) || run(d, c),
  object: (run) => (d, c) => typeof d !== 'object' || d === null || Array.isArray(d) || run(d, c),
};

/**
 * The check of one schema object. Its order of errors is ajv's: a wrong type first when the type
 * cannot be told by a group of keywords (several types, `integer`, or no keyword of the type);
 * then the keywords for any value; then each group for values of its type — where a value of
 * another type gets the type error when the schema has that one type.
 */
export function schemaObjectCheck(at: At, k: Compiler): Check {
  const { schema, loc } = at;
  for (const key of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(key)) throw k.refuse(child(loc, key), `不支持的关键字 "${key}"`);
  }
  const declared = schema.type;
  const types = declared === undefined ? [] : Array.isArray(declared) ? declared : [declared];
  if (types.length === 0 && declared !== undefined) throw k.refuse(child(loc, 'type'), 'type 不能为空');
  for (const t of types) if (!isJsonType(t)) throw k.refuse(child(loc, 'type'), `未知的类型 "${shown(t)}"`);
  const typeList = types as JsonType[];
  const typePath = typeList.length > 0 ? child(loc, 'type') : '';
  const typeParams = { type: declared };
  const groups: { type: GroupType; list: Check[] }[] = [];
  for (const { type, keywords } of TYPED_GROUPS) {
    const list = groupChecks(keywords, at, k);
    if (list.length > 0) groups.push({ type, list });
  }
  const single = typeList.length === 1 ? typeList[0] : undefined;
  const typeUpFront = typeList.length > 0 && !groups.some((g) => g.type === single);

  const checks: Check[] = [];
  if (typeUpFront) {
    const [only] = typeList;
    const isType = only && typeList.length === 1 ? TYPE_IS[only] : (d: unknown) => typeList.some((t) => hasType(d, t));
    checks.push((d, c) => isType(d) || fail(c, 'type', typePath, typeParams));
  }
  checks.push(...groupChecks(ANY_GROUP, at, k));
  for (const { type, list } of groups) {
    const run = all(list);
    checks.push(!typeUpFront && type === single ? GUARD[type](run, typePath, typeParams) : SKIP[type](run));
  }
  return checks.length === 0 ? ALWAYS : withFastPath(schema, all(checks));
}
