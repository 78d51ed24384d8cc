import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CallFile,
  catalogFiles,
  checkCatalog,
  checkExactNumbers,
  checkJsonDepth,
  GuideFormsError,
  lineColumn,
  readTextFile,
} from '@guide-forms/core/node';
import { buildCatalog, type Catalog, catalogPath } from '@guide-forms/core/tooling';
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

/** Every form schema and every rule and call file under `root` (core's {@link catalogFiles}). */
export function loadWorkspace(root: string): Workspace {
  const files = new Map<string, SourceFile>();
  const forms: string[] = [];
  const years = new Set<number>();
  for (const rel of catalogFiles(root)) {
    files.set(rel, readSource(root, rel));
    const at = catalogPath(rel);
    if (at?.kind === 'form') forms.push(at.category);
    else if (at?.kind === 'call' || at?.kind === 'rules') years.add(at.year);
  }
  // A year folder with no catalog file yet is still a year (lint says its call.json is missing).
  const rules = join(root, 'rules');
  if (existsSync(rules)) {
    for (const d of readdirSync(rules, { withFileTypes: true })) if (d.isDirectory() && /^\d{4}$/.test(d.name)) years.add(Number(d.name));
  }
  return { root, files, forms: forms.sort(), years: [...years].sort((a, b) => a - b) };
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
 * The engine's catalog, built by core's one builder from the files that parsed into a JSON
 * object. Broken files are left out (lint reports them); a year without a readable
 * call.json is left out.
 */
export function catalogOf(ws: Workspace): Catalog {
  const parsed = [...ws.files.values()].filter((f) => typeof f.data === 'object' && f.data !== null && !Array.isArray(f.data));
  return buildCatalog(parsed.map((f) => [f.rel, f.data] as const));
}

/**
 * The engine's catalog as the commands that judge with it need it (`test`, `diff`, `types`): every
 * catalog file a JSON object and of its format, every open category with its form and rule file —
 * core's one check ({@link checkCatalog}), so a wrong-typed `window` is `rules/2022/call.json#/window`
 * (exit 2), never a TypeError later. `years` limits the check to those years. The files must parse
 * (callers report JSON errors first).
 *
 * @example
 * const catalog = checkedCatalogOf(loadWorkspace(root), [2023]);
 */
export function checkedCatalogOf(ws: Workspace, years?: readonly number[]): Catalog {
  const files = [...ws.files.values()].filter((f) => !f.parseError);
  return checkCatalog(buildCatalog(files.map((f) => [f.rel, f.data] as const)), years);
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
