// The schema walk of generate.mjs: which conditional sections a form has, as the data that shows
// each and the fields it shows (`allOf[].if/then`, and `x-options-each` lists of the call's options).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const files = new Map();
/** A JSON file, read once. */
export function readJson(path) {
  if (!files.has(path)) files.set(path, JSON.parse(readFileSync(path, 'utf8')));
  return files.get(path);
}

/** Follows a `$ref` (same file or `../_shared/schema.json#/…`); returns the node and its file. */
function deref(node, file) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return { node, file };
  const [target, fragment = ''] = node.$ref.split('#');
  const nextFile = target ? resolve(dirname(file), target) : file;
  let found = readJson(nextFile);
  for (const key of fragment.split('/').slice(1)) found = found?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (found === undefined) throw new Error(`${relative(root, file)}: cannot resolve $ref ${node.$ref}`);
  const { $ref: _, ...siblings } = node;
  const inner = deref(found, nextFile);
  return { node: { ...inner.node, ...siblings }, file: inner.file };
}

/** `if` → the data it needs: each `const` (or the first of an `enum`, or a list `contains`) at its pointer. */
function valuesOf(cond, at, out = {}) {
  for (const [key, sub] of Object.entries(cond.properties ?? {})) {
    const pointer = `${at}/${key}`;
    if (sub.const !== undefined) out[pointer] = sub.const;
    else if (Array.isArray(sub.enum)) out[pointer] = sub.enum[0];
    // A list of choices that must contain a value (“其他” ticked among 合作内容类型).
    else if (sub.contains?.const !== undefined) out[pointer] = [sub.contains.const];
    else if (sub.properties) valuesOf(sub, pointer, out);
  }
  return out;
}

function hidden(schema) {
  return schema['x-widget'] === 'hidden' || schema.const !== undefined;
}

/** A list of the stories' year's call.json options (`partnerRegions`, `partnerCities.上海市`). */
function optionList(call, name) {
  const [head, ...rest] = name.split('.');
  const list = rest.length ? call.options?.[head]?.[rest.join('.')] : call.options?.[head];
  return Array.isArray(list) ? list : [];
}

/**
 * `x-options-each`: one branch per value of the list, as the form builds it — the fields of the
 * template, less an `x-item-extra` field the value has no `optionsDetail` extra for.
 */
function eachBranches(call, branch, branchFile, at, out) {
  const { list, property } = branch['x-options-each'];
  for (const value of optionList(call, list)) {
    const extra = call.optionsDetail?.[value]?.extra;
    const shows = Object.entries(branch.then?.properties ?? {})
      .filter(([, sub]) => !hidden(deref(sub, branchFile).node) && (sub['x-item-extra'] !== true || extra))
      .map(([key]) => `${at}/${key}`);
    if (shows.length) out.push({ set: { [`${at}/${property}`]: value }, shows });
  }
}

/** Every `allOf[].if/then` reachable through `properties`, as the data it needs and the fields it shows. */
export function conditionals(call, node, file, at, out) {
  const { node: schema, file: own } = deref(node, file);
  if (!schema || typeof schema !== 'object') return out;
  for (const item of schema.allOf ?? []) {
    const { node: branch, file: branchFile } = deref(item, own);
    if (branch['x-options-each']) eachBranches(call, branch, branchFile, at, out);
    else if (branch.if && branch.then) {
      const shows = Object.entries(branch.then.properties ?? {})
        .filter(([, sub]) => !hidden(deref(sub, branchFile).node))
        .map(([key]) => `${at}/${key}`);
      if (shows.length) out.push({ set: valuesOf(branch.if, at), shows });
    } else conditionals(call, branch, branchFile, at, out);
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) conditionals(call, sub, own, `${at}/${key}`, out);
  return out;
}
