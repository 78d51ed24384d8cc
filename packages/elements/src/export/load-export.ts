/**
 * Where the DOCX code comes from. This module is the ESM build's (and the dev server's): a dynamic
 * `import()`, which the ESM build turns into a chunk of its own (`guide-form.export-<hash>.js`),
 * fetched on the first “下载Word版” only. The IIFE build replaces this module with
 * `load-export.iife.ts` (see `rollup.config.mjs`): a classic script cannot load chunks.
 */
import type { buildPaper, paperDocx } from '@guide-forms/export';
import { ExportLoadError } from './export-load-error.js';

/** The part of `@guide-forms/export` the element uses. */
export interface ExportModule {
  buildPaper: typeof buildPaper;
  paperDocx: typeof paperDocx;
}

/**
 * The export code, loaded on the first call (later calls reuse it).
 *
 * @example
 * const { buildPaper, paperDocx } = await loadExport();
 */
export function loadExport(): Promise<ExportModule> {
  return import('@guide-forms/export').catch((error: unknown) => {
    // The browser's message names the chunk's URL (“Failed to fetch dynamically imported module: …”).
    throw new ExportLoadError(error instanceof Error ? error.message : String(error));
  });
}
