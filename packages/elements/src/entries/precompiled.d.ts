/**
 * The module the build generates for each bundle (packages/elements/scripts/build.mjs):
 * `src/generated/esm.js` (one chunk per form per year, imported on demand) or
 * `src/generated/iife.js` (every form of every year in one module). Rollup resolves this id
 * to one of them; nothing else imports it.
 */
declare module 'guide-forms:precompiled' {
  import type { CallFile, JsonSchema } from '@guide-forms/core';
  import type { CompiledRouting, CompiledRule } from '@guide-forms/core/tooling';

  /**
   * What every form of the year shares: call.json (without its option lists), the shared schema,
   * common.rules.json and the routing — compiled by the build (core's `formParts`).
   */
  export interface PrecompiledBase {
    year: number;
    call: CallFile;
    shared: Record<string, JsonSchema>;
    /** Every rule of common.rules.json, compiled (`prebuiltRule`); a form takes those that apply to it. */
    commonRules: CompiledRule[];
    /** call.json's routing conditions, compiled. */
    routing: CompiledRouting['steps'];
    files: Record<string, string>;
  }

  /** One form as the build prepared it: schema with the year's options, its own rules compiled. */
  export interface PrecompiledForm {
    category: string;
    base: PrecompiledBase;
    schema: JsonSchema;
    rules: CompiledRule[];
    /**
     * The English texts the build split out of the schemas and the rules (a Chinese page never
     * fetches them): overlays of the same shape, holding only the English keys.
     */
    english(): Promise<{ base: EnglishOverlay; own: EnglishOverlay }>;
  }

  /** English keys by the path of the data they belong in (arrays as objects by index); null: none. */
  export interface EnglishOverlay {
    [part: string]: unknown;
  }

  /** A category of the bundle, with its titles for pickers. */
  export interface PrecompiledCategory {
    category: string;
    attachment: string;
    title: string;
    titleEn: string;
  }

  /** The years the build holds, oldest first. */
  export const years: number[];
  /** The year a page gets when it names none: the latest finalized year. */
  export const year: number;
  /** The years under rules/ the build left out, and why (`draft`, `not asked for (--year)`). */
  export const leftOut: { year: number; reason: string }[];
  /** The call series the build holds (`yichang` for `calls/yichang/`), or null for the default (`dalian`). */
  export const series: string | null;
  /** The categories of the default year. */
  export const categories: PrecompiledCategory[];
  export function categoriesOf(year: number): PrecompiledCategory[];
  export function loadForm(category: string, year?: number): Promise<PrecompiledForm>;
}
