import type { CallFile, JsonSchema, RuleFile } from './types.js';

/** The rules of one year, as loaded from `rules/<year>/`. */
export interface YearCatalog {
  call: CallFile;
  /** Category rule files by category slug; `common` holds the shared ones. */
  rules: Record<string, RuleFile>;
}

/**
 * Everything the engine knows, as plain data: schemas from `forms/` and rules from
 * `rules/`. `files` maps each piece to the file it came from, for error messages.
 */
export interface Catalog {
  /** Shared schemas referenced by `$ref` (e.g. `forms/_shared/schema.json`), by `$id`. */
  shared: Record<string, JsonSchema>;
  /** One schema per category slug. */
  forms: Record<string, JsonSchema>;
  years: Record<number, YearCatalog>;
  files?: Record<string, string>;
}

/** The file a catalog entry came from, e.g. `fileOf(c, 'rules/2022/key-rd')`. */
export function fileOf(catalog: Catalog, key: string): string {
  return catalog.files?.[key] ?? `${key}.json`;
}

/** Years in the catalog, newest last. */
export function catalogYears(catalog: Catalog): number[] {
  return Object.keys(catalog.years)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The year used when none is given: the latest that is not a draft (a year made by
 * `rollover` stays a draft until it passes lint and test), else the latest draft.
 */
export function defaultYear(catalog: Catalog): number | undefined {
  const years = catalogYears(catalog);
  const final = years.filter((y) => !catalog.years[y]?.call.draft);
  return final[final.length - 1] ?? years[years.length - 1];
}
