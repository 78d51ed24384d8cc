import { GuideFormsError } from '../errors.js';
import { formats as FORMATS } from '../formats/index.js';
import type { RawSchemaError, SchemaValidator } from '../validate/raw-error.js';
import { type Compiler, child } from './compiler.js';
import { ALWAYS, type Check, type CheckContext, fail } from './context.js';
import { schemaObjectCheck } from './node.js';

/** The URI of a schema without an `$id` (a condition's `if`), for resolving its `#…` references. */
const ANONYMOUS = 'urn:guide-forms:schema';

/** A schema's `$id` without its fragment, or `fallback`. */
function idOf(schema: unknown, fallback: string): string {
  const id = typeof schema === 'object' && schema !== null ? (schema as { $id?: unknown }).$id : undefined;
  return typeof id === 'string' ? (id.split('#')[0] ?? '') : fallback;
}

/** A JSON Pointer fragment (`/$defs/unit`, URI-encoded) as property names. */
function fragmentPath(fragment: string): string[] | null {
  if (fragment === '') return [];
  if (!fragment.startsWith('/')) return null;
  return fragment
    .slice(1)
    .split('/')
    .map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
}

/**
 * Compiles a JSON Schema (2020-12, the keywords guide-forms forms use: see `keywords.ts`) into a
 * check made of closures — no code is generated, so it runs under a CSP without `unsafe-eval`, in
 * the page and on the server alike. `shared` are the schemas its `$ref`s may point into (by
 * `$id`). A keyword it does not know, an unknown format or a reference to nowhere is refused
 * here, with the place in the schema (`GuideFormsError` `schema-invalid`, its `pointer`).
 * Errors come as ajv reports them (keyword, instancePath, params, in ajv's order).
 *
 * @example
 * compileSchema({ type: 'object', required: ['name'] })({}); // [{ keyword: 'required', instancePath: '', … }]
 */
export function compileSchema(
  schema: unknown,
  shared: readonly unknown[] = [],
  formats: Readonly<Record<string, (s: string) => boolean>> = FORMATS,
): SchemaValidator {
  const rootId = idOf(schema, ANONYMOUS);
  const documents = new Map<string, unknown>();
  for (const s of shared) documents.set(idOf(s, ''), s);
  documents.set(rootId, schema);
  // One check per schema object, so a definition used in many places is compiled once, and a
  // reference back to a schema being compiled (recursion) calls it through its cell.
  const cells = new Map<object, { check: Check | null; level: number }>();
  // How many properties or items deep the schema being compiled is: a `$ref` back to a schema still
  // being compiled at the same level would check the same value forever.
  let level = 0;

  const compiler: Compiler = {
    formats,
    refuse(loc, message) {
      const [doc, pointer = ''] = loc.split('#');
      const at = decodeURIComponent(pointer);
      // `file`: the schema's `$id` when the place is in another document than the one compiled.
      return new GuideFormsError('schema-invalid', message, {
        ...(doc ? { file: doc } : {}),
        pointer: at,
        found: message,
      });
    },
    node(sub, loc, base) {
      if (sub === true) return ALWAYS;
      if (sub === false) return (_d, c) => fail(c, 'false schema', loc, {});
      if (typeof sub !== 'object' || sub === null || Array.isArray(sub)) throw compiler.refuse(loc, 'schema 须为对象或布尔值');
      const known = cells.get(sub);
      if (known) return known.check ?? ((d, c) => (known.check as Check)(d, c));
      const cell: { check: Check | null; level: number } = { check: null, level };
      cells.set(sub, cell);
      cell.check = schemaObjectCheck({ schema: sub as Record<string, unknown>, loc, base: idOf(sub, base) }, compiler);
      return cell.check;
    },
    inner(sub, loc, base) {
      level++;
      try {
        return compiler.node(sub, loc, base);
      } finally {
        level--;
      }
    },
    ref(ref, base, loc) {
      let url: URL;
      try {
        url = new URL(ref, base);
      } catch {
        throw compiler.refuse(loc, `无法解析的 $ref "${ref}"`);
      }
      const fragment = url.hash.slice(1);
      url.hash = '';
      const docId = url.href;
      const doc = documents.get(docId);
      const path = fragmentPath(fragment);
      if (doc === undefined || path === null) throw compiler.refuse(loc, `$ref "${ref}" 指向不存在的 schema`);
      let target: unknown = doc;
      for (const key of path) {
        target =
          typeof target === 'object' && target !== null && Object.hasOwn(target, key)
            ? (target as Record<string, unknown>)[key]
            : undefined;
      }
      if (target === undefined) throw compiler.refuse(loc, `$ref "${ref}" 指向不存在的 schema`);
      const place = path.reduce((at, key) => child(at, key), docId === rootId ? '#' : `${docId}#`);
      const pending = typeof target === 'object' && target !== null ? cells.get(target) : undefined;
      if (pending?.check === null && pending.level === level) {
        throw compiler.refuse(loc, `$ref "${ref}" 回到了正在校验的 schema，而没有进入任何属性或数组项：校验将无限循环`);
      }
      return compiler.node(target, place, docId);
    },
  };

  const check = compiler.node(schema, '#', rootId);
  return (data) => {
    const c: CheckContext = { errors: [] as RawSchemaError[] };
    check(data, c);
    return c.errors;
  };
}
