// ajv standalone code for guide-forms, tuned as docs measured (shared/notes/bundle-size.md):
// `messages: false` (core writes zh/en messages), `inlineRefs: false`, only the formats
// used, and no embedded schema copies — the generated code reads enums from the same
// schema objects the catalog modules export.

import { createAjv } from '@guide-forms/core/compile';
import { conditionSchemas, formats as coreFormats, deref } from '@guide-forms/core/tooling';
import { Name } from 'ajv/dist/compile/codegen/index.js';
import standalone from 'ajv/dist/standalone/index.js';
import { dedupeStandalone } from './dedupe.mjs';

/** The name generated code uses for the formats module's export. */
const FORMATS = '__gfFormats';

/**
 * An ajv instance configured like the runtime one (`createAjv`, same AJV_OPTIONS), emitting
 * ESM source, with `shared` added. Formats resolve to `formats.js` beside the module.
 */
function standaloneAjv(shared) {
  const ajv = createAjv({ inlineRefs: false, code: { source: true, esm: true, formats: new Name(FORMATS) } });
  for (const s of Object.values(shared)) ajv.addSchema(s);
  return ajv;
}

/**
 * The validator module of one form: `export default validate`.
 * @param {Record<string, object>} shared   applied shared schemas by `$id`
 * @param {object} schema   the applied form schema
 * @param {Record<string, string>} roots   JS expression → the object it names (for schema-copy replacement)
 */
export function formValidatorCode(shared, schema, roots) {
  const ajv = standaloneAjv(shared);
  const validate = ajv.compile(schema);
  return finish(standalone.default(ajv, validate), roots);
}

/**
 * One module validating every form, so shared blocks compile once: a named export per
 * category, `exportName(category)`.
 */
export function allValidatorsCode(shared, forms, roots) {
  const ajv = standaloneAjv(shared);
  const refs = {};
  for (const { category, schema } of forms) {
    ajv.addSchema(schema);
    refs[exportName(category)] = String(schema.$id);
  }
  return finish(standalone.default(ajv, refs), roots);
}

/**
 * The `if` subschemas of forms, each distinct one once, keyed as core keys them (`conditionKey`):
 * core decides which fields show and are required by these validators (`Engine#fieldStates`).
 * @param {Record<string, object>} shared   applied shared schemas by `$id`
 * @param {object[]} schemas   applied form schemas
 * @returns {Map<string, object>} condition key → the `if` subschema
 */
export function conditionsOf(shared, schemas) {
  const out = new Map();
  for (const schema of schemas) {
    // The engine finds its conditions in the resolved schema: resolve the same way.
    for (const c of conditionSchemas(deref(schema, shared))) if (!out.has(c.key)) out.set(c.key, c.schema);
  }
  return out;
}

/**
 * One module with a validator per condition and `export const conditions = { key: validate }`.
 * @param {Map<string, object>} conditions   from {@link conditionsOf}
 */
export function conditionsCode(conditions) {
  const ajv = createAjv({ inlineRefs: false, code: { source: true, esm: true, formats: new Name(FORMATS) } });
  const refs = {};
  const entries = [];
  [...conditions].forEach(([key, schema], i) => {
    const id = `urn:guide-forms:if:${i}`;
    ajv.addSchema({ ...schema, $id: id });
    refs[`if_${i}`] = id;
    entries.push(`  ${JSON.stringify(key)}: if_${i},`);
  });
  if (!entries.length) return 'export const conditions = {};\n';
  return `${finish(standalone.default(ajv, refs), {})}\n/** Each condition's validator by its key (core's conditionKey). */\nexport const conditions = {\n${entries.join('\n')}\n};\n`;
}

/** `key-rd` → `validate_key_rd`. */
export function exportName(category) {
  return `validate_${category.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}

/**
 * The formats module for generated code: for each format name the code uses, exactly what
 * `createAjv` registers — core's predicates as `{ type: 'string', validate }`.
 */
export function formatsModuleCode(used) {
  const names = [...used].sort();
  for (const name of names) {
    if (!Object.hasOwn(coreFormats, name)) throw new Error(`generated code uses format "${name}", which @guide-forms/core does not define`);
  }
  const lines = [];
  if (names.length) lines.push(`import { formats as core } from '@guide-forms/core/tooling';`);
  lines.push('/** Formats of the precompiled validators; must match createAjv() in @guide-forms/core/compile. */');
  lines.push('export const formats = {');
  for (const name of names) lines.push(`  ${JSON.stringify(name)}: { type: 'string', validate: core[${JSON.stringify(name)}] },`);
  lines.push('};');
  return `${lines.join('\n')}\n`;
}

/** The format names a piece of generated code reads from the formats module. */
export function usedFormats(code) {
  const names = new Set();
  const re = new RegExp(`${FORMATS}(?:\\.([A-Za-z_$][\\w$]*)|\\[("(?:[^"\\\\]|\\\\.)*")\\])`, 'g');
  for (const m of code.matchAll(re)) names.add(m[1] ?? JSON.parse(m[2]));
  return names;
}

/**
 * Adds the formats import, replaces each embedded schema literal (`const schema12 = {...}`)
 * with the expression naming an equal object in `roots`, and keeps one copy of each
 * repeated validator (`dedupe.mjs`).
 */
function finish(code, roots) {
  const index = indexSubtrees(roots);
  let out = '';
  let at = 0;
  const re = /const (schema\d+) = /g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const start = m.index + m[0].length;
    if (code[start] !== '{') continue;
    const end = scanJson(code, start);
    const key = JSON.stringify(JSON.parse(code.slice(start, end)));
    const expr = index.get(key);
    if (!expr) continue;
    out += code.slice(at, start) + expr;
    at = end;
    re.lastIndex = end;
  }
  out += code.slice(at);
  const header = usedFormats(out).size ? `import { formats as ${FORMATS} } from './formats.js';\n` : '';
  return header + dedupeStandalone(out.replace(/^"use strict";/, ''));
}

/** Every object inside the roots, by its JSON text, as an expression (first found wins). */
function indexSubtrees(roots) {
  const index = new Map();
  const walk = (node, expr) => {
    if (typeof node !== 'object' || node === null) return;
    if (!Array.isArray(node)) {
      const key = JSON.stringify(node);
      if (!index.has(key)) index.set(key, expr);
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${expr}[${JSON.stringify(Array.isArray(node) ? Number(k) : k)}]`);
  };
  for (const [expr, node] of Object.entries(roots)) walk(node, expr);
  return index;
}

/** The end offset of the JSON object starting at `start` (string-aware bracket matching). */
function scanJson(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unterminated schema literal in generated code');
}
