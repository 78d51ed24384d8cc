import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileSchema } from '../check/compile.js';
import { GuideFormsError } from '../errors.js';
import { getPointer, joinPointer } from '../pointer.js';
import { deref } from '../schema/deref.js';
import { type FieldInfo, indexFields } from '../schema/fields.js';
import type { JsonSchema } from '../types.js';
import type { RawSchemaError } from '../validate/raw-error.js';
import { SUMMARY_KEYWORDS, toSchemaErrors } from '../validate/to-errors.js';

/** Which format a file follows: `rules/<y>/*.rules.json` or `rules/<y>/call.json`. */
export type MetaKind = 'rules' | 'call';

/** The JSON Schema of a kind of file, compiled, with its fields indexed for messages. */
export interface MetaSchema {
  schema: JsonSchema;
  resolved: JsonSchema;
  fields: Map<string, FieldInfo>;
  /** The schema's errors for `data` (none when it conforms). */
  errors(data: unknown): RawSchemaError[];
}

const require = createRequire(import.meta.url);
const cache = new Map<MetaKind, MetaSchema>();

/**
 * The JSON Schema of rule or call files (`@guide-forms/core/schemas/<kind>.schema.json`),
 * compiled once by core's schema check — what `guide-forms lint` reports by and the loader refuses by.
 *
 * @example
 * metaSchema('rules').errors({ year: '2022', rules: [] })[0]?.instancePath; // '/year'
 */
export function metaSchema(kind: MetaKind): MetaSchema {
  const hit = cache.get(kind);
  if (hit) return hit;
  const path = require.resolve(`@guide-forms/core/schemas/${kind}.schema.json`);
  const schema = JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
  // Core's own check (closures, no generated code): it loads under --disallow-code-generation-from-strings too.
  const errors = compileSchema(schema);
  const resolved = deref(schema, {});
  const meta: MetaSchema = { schema, resolved, fields: indexFields(resolved), errors };
  cache.set(kind, meta);
  return meta;
}

/** What a schema keyword expected, in the words of `expected` in an error. */
export function expectedOf(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case 'enum':
      return `one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return String(params.type);
    case 'pattern':
      return `matching ${String(params.pattern)}`;
    case 'minItems':
      return `at least ${String(params.limit)} items`;
    case 'minLength':
      return params.limit === 1 ? 'a non-empty string' : `at least ${String(params.limit)} characters`;
    case 'uniqueItems':
      return 'no duplicates';
    case 'required':
      return `"${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return 'no other keys';
    default:
      return `${keyword} ${JSON.stringify(params)}`;
  }
}

/**
 * Where a file departs from the format of its kind, one {@link GuideFormsError} per place
 * (code `file-format`), each naming the file, the JSON Pointer, what was expected and what was
 * found, with the Chinese message lint shows. Empty when the file conforms. Places in `skip`
 * (and below them) are left out: a check of core's already said what is wrong there.
 *
 * @example
 * fileFormatErrors('call', { categories: 'key-rd' }, 'rules/2022/call.json')[0]?.pointer; // '/categories' (or a missing key)
 */
export function fileFormatErrors(kind: MetaKind, data: unknown, file: string, skip: readonly string[] = []): GuideFormsError[] {
  const meta = metaSchema(kind);
  const skipped = (p: string): boolean => skip.some((s) => p === s || p.startsWith(`${s}/`));
  const raw = meta.errors(data);
  const messages = toSchemaErrors(raw, meta.fields, 'zh-CN');
  const out: GuideFormsError[] = [];
  const seen = new Set<string>();
  for (const e of raw) {
    if (SUMMARY_KEYWORDS.has(e.keyword) && raw.length > 1) continue;
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : '';
    const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : '';
    const pointer = missing || extra ? joinPointer(e.instancePath, missing || extra) : e.instancePath;
    if (seen.has(pointer) || skipped(pointer)) continue;
    seen.add(pointer);
    const said = messages.find((m) => m.pointer === (extra ? e.instancePath : pointer) && m.keyword === e.keyword)?.message;
    const rule = ruleIdAt(data, pointer);
    // The schema's label says "规则 第 1 条 · 已停用"; with the rule's id in front, "已停用" is enough.
    const label = rule ? said?.replace(/^规则 第 \d+ 条 · /, '') : said;
    const message = `${rule ? `规则 ${rule}：` : ''}${extra ? `不认识的键 "${extra}"` : (label ?? e.keyword)}`;
    const value = missing ? undefined : getPointer(data, pointer);
    const expected = expectedOf(e.keyword, e.params);
    const found = value === undefined ? '（没有）' : (JSON.stringify(value) ?? String(value));
    out.push(
      new GuideFormsError('file-format', `格式错误：${message}（应为 ${expected}，实际是 ${clip(found)}）`, {
        file,
        pointer,
        expected,
        found,
      }),
    );
  }
  return out;
}

/** A found value short enough for one line. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The id of the rule a pointer is inside (`/rules/3/...` → that rule's id, or `#4` when it has none).
 *
 * @example
 * ruleIdAt({ rules: [{ id: 'R14' }] }, '/rules/0/retired'); // 'R14'
 */
export function ruleIdAt(data: unknown, pointer: string): string | undefined {
  const m = /^\/rules\/(\d+)/.exec(pointer);
  if (!m) return undefined;
  const id = getPointer(data, `/rules/${m[1]}/id`);
  return typeof id === 'string' ? id : `#${Number(m[1]) + 1}`;
}
