/**
 * The IIFE build's `loadExport` (rollup swaps it in for `load-export.ts`). One classic script
 * cannot split off a chunk, and inlining the DOCX code would make every page that never exports
 * ~53 K gzip heavier. So the build writes it as a second classic script, `guide-form.export.iife.js`,
 * next to `guide-form.iife.js`, and this module adds a `<script>` for it on the first
 * “下载Word版” (`entries/side-script.ts`: same origin, the page's nonce carried over).
 *
 * Where it is looked for: next to `guide-form.iife.js` (its `src`), or where the element's script
 * tag says in `data-export-src` (a URL, relative to the page):
 *   <script src="/js/guide-form.iife.js" data-export-src="/cdn/guide-form.export.iife.js"></script>
 */
import { fieldStates, joinPointer } from '@guide-forms/core/tooling';
import { loadSideScript, type SideScript, sideScriptUrl } from '../entries/side-script.js';
import { ExportLoadError } from './export-load-error.js';
import type { ExportModule } from './load-export.js';

/** The file the elements build writes next to `guide-form.iife.js`. */
export const EXPORT_SCRIPT = 'guide-form.export.iife.js';

/** The export script: its file, its global (rollup's IIFE `name`), and `data-export-src`. */
const SCRIPT: SideScript = { file: EXPORT_SCRIPT, global: 'GuideFormsExport', srcKey: 'exportSrc' };

/**
 * The core functions the export script takes from this script instead of carrying its own copy
 * (rollup.config.mjs: `external` + `globals`): `fieldStates` recognises only conditions compiled
 * by the same core instance that compiled the form, so the two scripts must share one.
 */
export const CORE_TOOLING = 'GuideFormsCoreTooling';

/** The export script's URL: `data-export-src`, else next to the element's script, else next to the page. */
export function exportScriptUrl(): string {
  return sideScriptUrl(SCRIPT);
}

/**
 * The export code: from the global when the page already loaded the export script, else by
 * adding its `<script>` once. A failed load is forgotten, so the next click tries again.
 *
 * @example
 * const { buildPaper, paperDocx } = await loadExport();
 */
export function loadExport(): Promise<ExportModule> {
  (globalThis as Record<string, unknown>)[CORE_TOOLING] ??= { fieldStates, joinPointer };
  return loadSideScript<ExportModule>(SCRIPT, (detail) => new ExportLoadError(detail));
}
