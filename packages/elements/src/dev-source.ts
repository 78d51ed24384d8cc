/// <reference types="vite/client" />
import { type CallFile, type Catalog, Engine, type JsonSchema, type RuleFile, type YearCatalog } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import type { FormSource } from './source.js';

const SHARED_DIR = '_shared';

/**
 * Builds a {@link Catalog} from modules keyed by repository path, as `import.meta.glob`
 * returns them (`/forms/key-rd/schema.json`, `/rules/2022/call.json`, ...).
 */
export function catalogFromModules(forms: Record<string, unknown>, rules: Record<string, unknown>): Catalog {
  const catalog: Catalog = { shared: {}, forms: {}, years: {}, files: {} };
  const files = catalog.files as Record<string, string>;
  for (const [path, schema] of Object.entries(forms)) {
    const m = /^\/forms\/([^/]+)\/schema\.json$/.exec(path);
    if (!m) continue;
    const name = m[1] as string;
    const s = schema as JsonSchema;
    files[`forms/${name}`] = path.slice(1);
    if (name === SHARED_DIR) catalog.shared[String(s.$id ?? name)] = s;
    else catalog.forms[name] = s;
  }
  const years = new Map<number, { call?: CallFile; rules: Record<string, RuleFile> }>();
  for (const [path, file] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const m = /^\/rules\/(\d{4})\/(.+)\.json$/.exec(path);
    if (!m) continue;
    const year = Number(m[1]);
    const entry = years.get(year) ?? { rules: {} };
    years.set(year, entry);
    const name = m[2] as string;
    if (name === 'call') {
      entry.call = file as CallFile;
      files[`rules/${year}/call`] = path.slice(1);
    } else if (name.endsWith('.rules')) {
      const key = name.slice(0, -'.rules'.length);
      entry.rules[key] = file as RuleFile;
      files[`rules/${year}/${key}`] = path.slice(1);
    }
  }
  for (const [year, entry] of years) {
    if (entry.call) catalog.years[year] = { call: entry.call, rules: entry.rules } satisfies YearCatalog;
  }
  return catalog;
}

/**
 * A {@link FormSource} over an in-memory catalog, compiling validators with ajv at run
 * time. Compiling each form happens on first `load`, so a broken file rejects there.
 */
export function catalogSource(catalog: Catalog): FormSource {
  const engine = new Engine(catalog, ajvValidators());
  return {
    async load(category, year) {
      engine.getForm(category, year);
      return engine;
    },
  };
}

/**
 * The dev source: every form and rule file of the repository, through Vite's
 * `import.meta.glob`. Tests and Storybook use it; needs `unsafe-eval` (ajv compiles
 * at run time), so production bundles register a precompiled source instead.
 *
 * @example
 * import { setFormSource } from '@guide-forms/elements';
 * import { devSource } from '@guide-forms/elements/src/dev-source.js';
 * setFormSource(devSource());
 */
export function devSource(): FormSource {
  const forms = import.meta.glob('/forms/*/schema.json', { eager: true, import: 'default' });
  const rules = import.meta.glob('/rules/*/*.json', { eager: true, import: 'default' });
  return catalogSource(catalogFromModules(forms, rules));
}
