#!/usr/bin/env node
/**
 * Writes `packages/elements/stories/forms/<category>.stories.ts` for every
 * `forms/<category>/schema.json`: one story per example file (a year's own, in
 * `examples/<year>/`, renders that year), per conditional section of the schema (role,
 * subtype, …, and per value of an `x-options-each` list of the stories' year — each partner
 * region with its cities and its own field) and per state (empty, window closed, English,
 * theme, print).
 *
 * Storybook needs each story as a named export it can read without running the file, so
 * the names are generated here; what each story does lives in support/form-stories.ts.
 * The `Catalog/Coverage` story fails when a form or example has no story — run this again.
 *
 *   node packages/elements/stories/support/generate.mjs           # write
 *   node packages/elements/stories/support/generate.mjs --check   # exit 1 when out of date
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const formsDir = join(root, 'forms');
const outDir = resolve(here, '../forms');
const check = process.argv.includes('--check');
/** The year the stories are written for: `STORY_YEAR` of support/catalog.ts. */
const STORY_YEAR = 2022;
const call = JSON.parse(readFileSync(join(root, 'rules', String(STORY_YEAR), 'call.json'), 'utf8'));

const files = new Map();
function readJson(path) {
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
function optionList(name) {
  const [head, ...rest] = name.split('.');
  const list = rest.length ? call.options?.[head]?.[rest.join('.')] : call.options?.[head];
  return Array.isArray(list) ? list : [];
}

/**
 * `x-options-each`: one branch per value of the list, as the form builds it — the fields of the
 * template, less an `x-item-extra` field the value has no `optionsDetail` extra for.
 */
function eachBranches(branch, branchFile, at, out) {
  const { list, property } = branch['x-options-each'];
  for (const value of optionList(list)) {
    const extra = call.optionsDetail?.[value]?.extra;
    const shows = Object.entries(branch.then?.properties ?? {})
      .filter(([, sub]) => !hidden(deref(sub, branchFile).node) && (sub['x-item-extra'] !== true || extra))
      .map(([key]) => `${at}/${key}`);
    if (shows.length) out.push({ set: { [`${at}/${property}`]: value }, shows });
  }
}

/** Every `allOf[].if/then` reachable through `properties`, as the data it needs and the fields it shows. */
function conditionals(node, file, at, out) {
  const { node: schema, file: own } = deref(node, file);
  if (!schema || typeof schema !== 'object') return out;
  for (const item of schema.allOf ?? []) {
    const { node: branch, file: branchFile } = deref(item, own);
    if (branch['x-options-each']) eachBranches(branch, branchFile, at, out);
    else if (branch.if && branch.then) {
      const shows = Object.entries(branch.then.properties ?? {})
        .filter(([, sub]) => !hidden(deref(sub, branchFile).node))
        .map(([key]) => `${at}/${key}`);
      if (shows.length) out.push({ set: valuesOf(branch.if, at), shows });
    } else conditionals(branch, branchFile, at, out);
  }
  for (const [key, sub] of Object.entries(schema.properties ?? {})) conditionals(sub, own, `${at}/${key}`, out);
  return out;
}

const pascal = (s) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const q = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const literal = (value) => JSON.stringify(value).replace(/"([^"\\]*)"/g, (_, s) => `'${s.replace(/'/g, "\\'")}'`);

function storiesFor(category) {
  const schemaFile = join(formsDir, category, 'schema.json');
  const schema = readJson(schemaFile);
  const exampleDir = join(formsDir, category, 'examples');
  const examples = existsSync(exampleDir)
    ? readdirSync(exampleDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const lines = [];
  const story = (exportName, name, call) => lines.push(`export const ${exportName}: FormStory = { name: ${q(name)}, ...${call} };`);

  story('Empty', '空白表单 empty', 'emptyStory(C)');
  // Shared examples render the stories' year; a year's own (examples/<year>/) renders that year.
  const yearDirs = existsSync(exampleDir)
    ? readdirSync(exampleDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name))
        .map((d) => d.name)
        .sort()
    : [];
  const sets = [
    { files: examples, prefix: '', year: '' },
    ...yearDirs.map((y) => ({
      files: readdirSync(join(exampleDir, y))
        .filter((f) => f.endsWith('.json'))
        .sort(),
      prefix: `${y}/`,
      year: `, ${y}`,
    })),
  ];
  for (const { files: list, prefix, year } of sets) {
    const name = (f) => pascal(`${prefix ? `Y${prefix}` : ''}${f.slice(0, -5)}`);
    for (const f of list.filter((f) => /^eligible(-.+)?\.json$/.test(f)))
      story(name(f), `${prefix}${f}`, `exampleStory(C, ${q(f)}${year})`);
    for (const f of list.filter((f) => f.startsWith('invalid-'))) story(name(f), `${prefix}${f}`, `invalidStory(C, ${q(f)}${year})`);
    for (const f of list.filter((f) => /^(fail|warn|info)-/.test(f))) story(name(f), `${prefix}${f}`, `failStory(C, ${q(f)}${year})`);
  }
  // Conditions that need the same data are one story showing the fields of all of them.
  const variants = new Map();
  for (const c of conditionals(schema, schemaFile, '', [])) {
    const key = JSON.stringify(c.set);
    const known = variants.get(key);
    if (known) known.shows = [...new Set([...known.shows, ...c.shows])];
    else variants.set(key, c);
  }
  let n = 0;
  for (const c of variants.values()) {
    const label = Object.entries(c.set)
      .map(([p, v]) => `${p} = ${v}`)
      .join(', ');
    story(`Variant${String(++n).padStart(2, '0')}`, `变体 ${label}`, `variantStory(C, ${literal(c.set)}, ${literal(c.shows)})`);
  }
  story('WindowClosed', '已截止 window closed', 'closedStory(C)');
  story('English', 'English (lang="en")', 'englishStory(C)');
  story('CustomTheme', '自定义主题 custom theme', 'themeStory(C)');
  story('Print', '打印 print layout', 'printStory(C)');

  const title = [schema['x-attachment'], category].filter(Boolean).join(' ');
  return `// Generated by packages/elements/stories/support/generate.mjs from forms/${category}/ — do not edit.
// Run \`node packages/elements/stories/support/generate.mjs\` after adding a form or an example.
import type { Meta } from '@storybook/web-components-vite';
import {
  closedStory,
  emptyStory,
  englishStory,
  exampleStory,
  type FormArgs,
  type FormStory,
  failStory,
  formMeta,
  invalidStory,
  printStory,
  themeStory,
  variantStory,
} from '../support/form-stories.js';

const C = ${q(category)};

const meta: Meta<FormArgs> = {
  title: ${q(`Forms/${title}`)},
  tags: ['autodocs'],
  ...formMeta(C),
};
export default meta;

${lines.join('\n')}
`;
}

const categories = readdirSync(formsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(formsDir, d.name, 'schema.json')))
  .map((d) => d.name)
  .sort();

/** The file as biome formats it, so the generated files pass `biome check` as written. */
function formatted(path, code) {
  return execFileSync(join(root, 'node_modules/.bin/biome'), ['format', `--stdin-file-path=${relative(root, path)}`], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
}

const wanted = new Map(categories.map((c) => [join(outDir, `${c}.stories.ts`), null]));
for (const [i, path] of [...wanted.keys()].entries()) wanted.set(path, formatted(path, storiesFor(categories[i])));
const present = existsSync(outDir) ? readdirSync(outDir).map((f) => join(outDir, f)) : [];
const stale = [...wanted].filter(([path, code]) => !existsSync(path) || readFileSync(path, 'utf8') !== code).map(([path]) => path);
const extra = present.filter((path) => !wanted.has(path));

if (check) {
  if (stale.length || extra.length) {
    const names = [...stale, ...extra].map((p) => relative(root, p)).join(', ');
    console.error(`stories out of date: ${names} — run node packages/elements/stories/support/generate.mjs`);
    process.exit(1);
  }
  console.log(`stories up to date for ${categories.length} forms`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const path of stale) writeFileSync(path, wanted.get(path));
  for (const path of extra) rmSync(path);
  console.log(`${categories.length} forms: ${stale.length} story files written, ${extra.length} removed`);
}
