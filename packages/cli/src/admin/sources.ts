import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CallFile,
  type Catalog,
  checkExactNumbers,
  checkJsonDepth,
  GuideFormsError,
  type JsonSchema,
  lineColumn,
  type RuleFile,
  readTextFile,
} from '@guide-forms/core/node';
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

/** One JSON file of the workspace: its text, its parse tree (for line/column) and its data. */
export interface SourceFile {
  /** Path relative to the root, with `/`, e.g. `rules/2022/key-rd.rules.json`. */
  rel: string;
  text: string;
  tree: Node | undefined;
  /** The parsed data, or `undefined` when the file is not valid JSON. */
  data: unknown;
  parseError: { line: number; column: number; code: string } | undefined;
}

/** The forms and rules under a root, as files — including the broken ones, so lint can report them all. */
export interface Workspace {
  root: string;
  files: Map<string, SourceFile>;
  /** Form slugs with a `forms/<slug>/schema.json` (not `_shared`), sorted. */
  forms: string[];
  /** Years with a `rules/<year>/` folder, oldest first. */
  years: number[];
}

/** Reads and parses one file strictly (no comments, no trailing commas). */
export function readSource(root: string, rel: string): SourceFile {
  // Strict UTF-8 and a depth check before the recursive tree parser: a GBK file or 100,000
  // nested `[` is a located error (exit 2), not mojibake or a stack overflow.
  const text = readTextFile(join(root, rel), rel);
  checkJsonDepth(text, rel);
  checkExactNumbers(text, rel);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    return { rel, text, tree, data: undefined, parseError: { line, column, code: printParseErrorCode(first.error) } };
  }
  return { rel, text, tree, data: JSON.parse(text) as unknown, parseError: undefined };
}

function dirs(path: string): string[] {
  return existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

/** Every form schema and every rule and call file under `root`. */
export function loadWorkspace(root: string): Workspace {
  const files = new Map<string, SourceFile>();
  const add = (rel: string): void => {
    if (existsSync(join(root, rel))) files.set(rel, readSource(root, rel));
  };
  const forms: string[] = [];
  for (const name of dirs(join(root, 'forms'))) {
    add(`forms/${name}/schema.json`);
    if (name !== '_shared' && files.has(`forms/${name}/schema.json`)) forms.push(name);
  }
  const years: number[] = [];
  for (const name of dirs(join(root, 'rules'))) {
    if (!/^\d{4}$/.test(name)) continue;
    years.push(Number(name));
    for (const file of readdirSync(join(root, 'rules', name)).sort()) {
      if (file === 'call.json' || file.endsWith('.rules.json')) add(`rules/${name}/${file}`);
    }
  }
  return { root, files, forms, years };
}

/** The rule files of a year, by name (`common`, `key-rd`, ...). */
export function ruleFilesOf(ws: Workspace, year: number): Map<string, SourceFile> {
  const out = new Map<string, SourceFile>();
  const prefix = `rules/${year}/`;
  for (const [rel, file] of ws.files) {
    if (rel.startsWith(prefix) && rel.endsWith('.rules.json')) out.set(rel.slice(prefix.length, -'.rules.json'.length), file);
  }
  return out;
}

/** The parsed call of a year, or `undefined` when it is missing or broken. */
export function callOf(ws: Workspace, year: number): CallFile | undefined {
  return ws.files.get(`rules/${year}/call.json`)?.data as CallFile | undefined;
}

/**
 * The engine's catalog, built from the files that parsed. Broken files are left out
 * (lint reports them); a year without a readable call.json is left out.
 */
export function catalogOf(ws: Workspace): Catalog {
  const catalog: Catalog = { shared: {}, forms: {}, years: {}, files: {} };
  const files = catalog.files as Record<string, string>;
  const shared = ws.files.get('forms/_shared/schema.json');
  if (shared?.data) {
    const schema = shared.data as JsonSchema;
    catalog.shared[String(schema.$id ?? '_shared')] = schema;
    files['forms/_shared'] = shared.rel;
  }
  for (const slug of ws.forms) {
    const file = ws.files.get(`forms/${slug}/schema.json`);
    if (file?.data) {
      catalog.forms[slug] = file.data as JsonSchema;
      files[`forms/${slug}`] = file.rel;
    }
  }
  for (const year of ws.years) {
    const call = ws.files.get(`rules/${year}/call.json`);
    if (!call?.data) continue;
    files[`rules/${year}/call`] = call.rel;
    const rules: Record<string, RuleFile> = {};
    for (const [name, file] of ruleFilesOf(ws, year)) {
      if (!file.data) continue;
      rules[name] = file.data as RuleFile;
      files[`rules/${year}/${name}`] = file.rel;
    }
    catalog.years[year] = { call: call.data as CallFile, rules };
  }
  return catalog;
}

/** Checks that a year exists in the workspace; a {@link GuideFormsError} (exit 2) otherwise. */
export function requireYear(ws: Workspace, year: number): void {
  if (!ws.years.includes(year)) {
    throw new GuideFormsError('unknown-year', `没有 ${year} 年度的规则：rules/${year}/ 不存在（已有：${ws.years.join('、') || '无'}）`, {
      expected: ws.years.join(', '),
      found: String(year),
    });
  }
}
