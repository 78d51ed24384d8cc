import { type Catalog, catalogYears, fileOf } from '../catalog.js';
import type { CallFile } from '../types.js';
import type { ValidatorFactory } from '../validate/raw-error.js';
import { compileForm } from './compile.js';
import type { CompiledForm } from './types.js';

/**
 * Where an engine gets its forms: the years and calls it holds, and each form compiled on first
 * use. A server's store compiles from a {@link Catalog} ({@link catalogStore}); a page's from the
 * parts its bundle carries, compiled at build time (`assembleForm`).
 */
export interface FormStore {
  /** The years held, oldest first. */
  years(): number[];
  /** The call of a year, `undefined` when the year is not held. */
  call(year: number): CallFile | undefined;
  /** The file a piece of the data came from, for errors: `file('rules/2022/call')`. */
  file(key: string): string;
  /** The title of a category's form in Chinese and English and its attachment (附件2), when the store knows the form. */
  title(category: string): { title?: unknown; titleEn?: unknown; attachment?: unknown } | undefined;
  /** Compiles one form; an engine calls it once per category and year. Throws a located error. */
  compile(category: string, year: number): CompiledForm;
}

/**
 * The store of a {@link Catalog}: every form compiled from `forms/` and `rules/` by the one
 * compile pipeline (`compileForm`).
 *
 * @example
 * new FormEngine(catalogStore(catalog, schemaValidators())).evaluate('key-rd', data).ok;
 */
export function catalogStore(catalog: Catalog, factory: ValidatorFactory): FormStore {
  return {
    years: () => catalogYears(catalog),
    call: (year) => catalog.years[year]?.call,
    file: (key) => fileOf(catalog, key),
    title: (category) => {
      const schema = catalog.forms[category];
      return schema && { title: schema.title, titleEn: schema['x-title-en'], attachment: schema['x-attachment'] };
    },
    compile: (category, year) => compileForm(catalog, category, year, factory),
  };
}
