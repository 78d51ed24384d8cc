// One copy of each validator function in ajv standalone code.
//
// ajv caches a `$ref` into another schema's fragment (`…/_shared/schema.json#/$defs/unit`)
// per referencing root, so a module compiling several forms (the IIFE's `all.js`) holds one
// copy of the shared blocks' validators per form: 75 functions of which 25 differ, half of
// its bytes — too far apart for gzip's 32 K window to share them.
//
// Two top-level declarations are the same when their source is the same once every name
// of another top-level declaration in it is replaced by that declaration's class; the
// classes are refined until stable (the coarsest partition that respects references, so
// mutually recursive copies merge too). A function's class includes the top-level
// statements that set its properties (`validateN.evaluated = …`). Only `const` and function
// declarations are merged: nothing that is assigned again. Every copy after the first is removed and its
// name replaced by the first's. Names are found by acorn's tokens: nothing in a string or
// after a `.` is touched.

import { parse, tokenizer } from 'acorn';

/**
 * `code` (an ESM module of ajv standalone output) without repeated declarations.
 * @param {string} code
 * @returns {string}
 */
export function dedupeStandalone(code) {
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  /** @type {Map<string, { kind: string, parts: { start: number, end: number }[] }>} */
  const decls = new Map();
  const order = [];
  for (const node of program.body) {
    const name = declaredName(node);
    if (name) {
      decls.set(name, { kind: node.type, parts: [{ start: node.start, end: node.end }] });
      order.push(name);
      continue;
    }
    const owner = assignedOwner(node);
    if (owner && decls.has(owner)) decls.get(owner).parts.push({ start: node.start, end: node.end });
  }
  if (decls.size < 2) return code;

  // Each declaration's tokens, with the names of other declarations marked.
  const shapes = new Map();
  for (const [name, { kind, parts }] of decls) {
    const tokens = [];
    for (const { start, end } of parts) {
      for (const [t, member] of names(code.slice(start, end))) {
        const text = code.slice(start + t.start, start + t.end);
        tokens.push(t.type.label === 'name' && !member && decls.has(text) ? { ref: text } : text);
      }
      tokens.push('\n');
    }
    shapes.set(name, { kind, tokens });
  }

  // Partition refinement: a class is the shape with references replaced by their classes.
  let classOf = new Map(order.map((n) => [n, shapes.get(n).kind]));
  for (let count = 1; ; ) {
    const ids = new Map();
    const next = new Map();
    for (const name of order) {
      const { kind, tokens } = shapes.get(name);
      const key = `${classOf.get(name)}\u0000${kind}\u0000${tokens.map((t) => (typeof t === 'string' ? t : `\u0001${classOf.get(t.ref)}`)).join(' ')}`;
      if (!ids.has(key)) ids.set(key, String(ids.size));
      next.set(name, ids.get(key));
    }
    classOf = next;
    if (ids.size === count) break;
    count = ids.size;
  }

  const first = new Map();
  const rename = new Map();
  for (const name of order) {
    const c = classOf.get(name);
    if (first.has(c)) rename.set(name, first.get(c));
    else first.set(c, name);
  }
  if (!rename.size) return code;

  // Drop the copies' declarations, rename what refers to them everywhere else.
  const drop = [...rename.keys()].flatMap((n) => decls.get(n).parts).sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of drop) {
    out += renamed(code.slice(at, start), rename);
    at = end;
  }
  return out + renamed(code.slice(at), rename);
}

/** `const x = …` (one declarator) or `function x(…) {…}`: the name (exports and imports are kept as they are). */
function declaredName(node) {
  if (node.type === 'FunctionDeclaration') return node.id.name;
  if (
    node.type === 'VariableDeclaration' &&
    node.kind === 'const' &&
    node.declarations.length === 1 &&
    node.declarations[0].id.type === 'Identifier'
  ) {
    return node.declarations[0].id.name;
  }
  return null;
}

/** `validateN.evaluated = …;` (a property of a declared name set at the top level): `validateN`. */
function assignedOwner(node) {
  if (node.type !== 'ExpressionStatement' || node.expression.type !== 'AssignmentExpression') return null;
  const left = node.expression.left;
  return left.type === 'MemberExpression' && left.object.type === 'Identifier' ? left.object.name : null;
}

/** Each token of `text`, and whether it names a property (`a.name`, `a?.name`). */
function* names(text) {
  let before = '';
  for (const t of tokenizer(text, { ecmaVersion: 'latest', sourceType: 'module' })) {
    yield [t, before === '.' || before === '?.'];
    before = t.type.label;
  }
}

/** `text` with each name token in `rename` replaced. */
function renamed(text, rename) {
  let out = '';
  let at = 0;
  for (const [t, member] of names(text)) {
    if (t.type.label !== 'name' || member || !rename.has(t.value)) continue;
    out += text.slice(at, t.start) + rename.get(t.value);
    at = t.end;
  }
  return out + text.slice(at);
}
