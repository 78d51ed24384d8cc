/**
 * The IIFE build's `loadExport` (rollup swaps it in for `load-export.ts`). One classic script
 * cannot split off a chunk, and inlining the DOCX code would make every page that never exports
 * ~53 K gzip heavier. So the build writes it as a second classic script, `guide-form.export.iife.js`,
 * next to `guide-form.iife.js`, and this module adds a `<script>` for it on the first
 * “下载Word版”. A same-origin script tag is allowed by `script-src 'self'`; the page's nonce,
 * if its CSP uses one, is carried over from the element's own script.
 *
 * Where it is looked for: next to `guide-form.iife.js` (its `src`), or where the element's script
 * tag says in `data-export-src` (a URL, relative to the page):
 *   <script src="/js/guide-form.iife.js" data-export-src="/cdn/guide-form.export.iife.js"></script>
 */
import { ExportLoadError } from './export-load-error.js';
import type { ExportModule } from './load-export.js';

/** The file the elements build writes next to `guide-form.iife.js`. */
export const EXPORT_SCRIPT = 'guide-form.export.iife.js';

/** The global the export script defines (rollup's IIFE `name`). */
const GLOBAL = 'GuideFormsExport';

type WithExport = typeof globalThis & { [GLOBAL]?: ExportModule };

// `document.currentScript` is set only while guide-form.iife.js itself runs: read it now.
const own = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

/** The export script's URL: `data-export-src`, else next to the element's script, else next to the page. */
export function exportScriptUrl(): string {
  const page = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const explicit = own?.dataset.exportSrc;
  if (explicit) return new URL(explicit, page).href;
  return new URL(EXPORT_SCRIPT, own?.src || page).href;
}

let pending: Promise<ExportModule> | undefined;

/**
 * The export code: from the global when the page already loaded the export script, else by
 * adding its `<script>` once. A failed load is forgotten, so the next click tries again.
 *
 * @example
 * const { buildPaper, paperDocx } = await loadExport();
 */
export function loadExport(): Promise<ExportModule> {
  const ready = (globalThis as WithExport)[GLOBAL];
  if (ready) return Promise.resolve(ready);
  pending ??= new Promise<ExportModule>((resolve, reject) => {
    const url = exportScriptUrl();
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    if (own?.nonce) script.nonce = own.nonce;
    if (own?.crossOrigin) script.crossOrigin = own.crossOrigin;
    script.addEventListener('load', () => {
      const loaded = (globalThis as WithExport)[GLOBAL];
      if (loaded) resolve(loaded);
      else reject(new ExportLoadError(`${url} did not define ${GLOBAL}`));
    });
    script.addEventListener('error', () => {
      script.remove();
      reject(new ExportLoadError(url));
    });
    document.head.append(script);
  }).catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}
