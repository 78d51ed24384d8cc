import type { Catalog } from './catalog.js';
import { GuideFormsError } from './errors.js';
import type { CallFile, JsonSchema, RuleFile } from './types.js';

/**
 * One file of a catalog: its path relative to the catalog's root (`forms/key-rd/schema.json`,
 * `rules/2022/call.json`, `rules/2022/key-rd.rules.json`) and its parsed JSON. Every source
 * feeds these — files on disk (`@guide-forms/core/node`), a Vite `import.meta.glob`, a build's
 * precompiled module — so the catalog is assembled in one place.
 */
export type CatalogEntry = readonly [path: string, contents: unknown];

/** The folder of schemas shared by every form (`$ref` targets), not a category. */
export const SHARED_FORM = '_shared';

/** The root-relative files a catalog is made of, as glob patterns (for loaders and docs). */
export const CATALOG_FILES = ['forms/*/schema.json', 'rules/*/call.json', 'rules/*/*.rules.json'] as const;

/** What a root-relative path holds, and the key it has in {@link Catalog.files}. */
export type CatalogPath =
  | { kind: 'form'; category: string; key: string }
  | { kind: 'shared'; key: string }
  | { kind: 'call'; year: number; key: string }
  | { kind: 'rules'; year: number; name: string; key: string };

/**
 * Reads what a path means in a catalog: `null` for a file that is not part of one
 * (`forms/key-rd/examples/eligible.json`, `rules/2022/notes.json`). A leading `/` (Vite's glob
 * keys) or `./` is ignored, and `\` reads as `/`.
 *
 * @example
 * catalogPath('/rules/2022/key-rd.rules.json'); // { kind: 'rules', year: 2022, name: 'key-rd', key: 'rules/2022/key-rd' }
 */
export function catalogPath(path: string): CatalogPath | null {
  const rel = normalPath(path);
  const form = /^forms\/([^/]+)\/schema\.json$/.exec(rel);
  if (form) {
    const name = form[1] as string;
    return name === SHARED_FORM ? { kind: 'shared', key: `forms/${name}` } : { kind: 'form', category: name, key: `forms/${name}` };
  }
  const rule = /^rules\/(\d{4})\/([^/]+)\.json$/.exec(rel);
  if (!rule) return null;
  const year = Number(rule[1]);
  const file = rule[2] as string;
  if (file === 'call') return { kind: 'call', year, key: `rules/${year}/call` };
  if (!file.endsWith('.rules') || file === '.rules') return null;
  const name = file.slice(0, -'.rules'.length);
  return { kind: 'rules', year, name, key: `rules/${year}/${name}` };
}

/** `path` as the catalog names it: relative, with `/`. */
export function normalPath(path: string): string {
  return path.replaceAll('\\', '/').replace(/^(?:\.\/|\/)+/, '');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An empty catalog, to fill with {@link addToCatalog}. */
export function emptyCatalog(): Catalog {
  return { shared: {}, forms: {}, years: {}, files: {} };
}

/**
 * Adds entries to a catalog in place (a precompiled bundle adds each form as it loads) and
 * returns it. Paths that are not catalog files are skipped; a catalog file whose contents are
 * not a JSON object is a {@link GuideFormsError} naming the file. A year's rule files wait for
 * its `call.json`: a year without one is not in {@link Catalog.years}.
 *
 * @example
 * addToCatalog(catalog, [['forms/key-rd/schema.json', schema]]);
 */
export function addToCatalog(catalog: Catalog, entries: Iterable<CatalogEntry>): Catalog {
  catalog.files ??= {};
  const files = catalog.files;
  const pending = new Map<number, Record<string, RuleFile>>();
  const sorted = [...entries].map(([path, contents]) => [normalPath(path), contents] as const);
  sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, contents] of sorted) {
    const at = catalogPath(path);
    if (!at) continue;
    if (!isObject(contents)) {
      throw new GuideFormsError('bad-file', `${path} 应为一个 JSON 对象（{ … }）`, {
        file: path,
        pointer: '',
        expected: 'a JSON object',
        found: contents === null ? 'null' : Array.isArray(contents) ? 'an array' : typeof contents,
      });
    }
    files[at.key] = path;
    if (at.kind === 'shared') catalog.shared[String((contents as JsonSchema).$id ?? SHARED_FORM)] = contents as JsonSchema;
    else if (at.kind === 'form') catalog.forms[at.category] = contents as JsonSchema;
    else if (at.kind === 'call') {
      const year = catalog.years[at.year];
      catalog.years[at.year] = { call: contents as unknown as CallFile, rules: year?.rules ?? pending.get(at.year) ?? {} };
    } else {
      const rules = catalog.years[at.year]?.rules ?? pending.get(at.year) ?? {};
      if (!catalog.years[at.year]) pending.set(at.year, rules);
      rules[at.name] = contents as unknown as RuleFile;
    }
  }
  return catalog;
}

/**
 * Builds a {@link Catalog} from `[path, contents]` entries — the one way every source makes
 * one. Keys are root-relative paths, so a Vite glob feeds it as it is.
 *
 * @example
 * buildCatalog(Object.entries(import.meta.glob('/forms/*\/schema.json', { eager: true, import: 'default' })));
 * buildCatalog([['rules/2022/call.json', call], ['forms/key-rd/schema.json', schema]]).forms['key-rd'];
 */
export function buildCatalog(entries: Iterable<CatalogEntry>): Catalog {
  return addToCatalog(emptyCatalog(), entries);
}
