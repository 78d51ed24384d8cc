/**
 * A classic script the IIFE build adds next to `guide-form.iife.js` when a page first needs what
 * it holds — the DOCX code (`guide-form.export.iife.js`), the English texts of the forms
 * (`guide-form.english.iife.js`). One classic script cannot split off a chunk; a same-origin
 * `<script>` is allowed by `script-src 'self'`, and the page's nonce, if its CSP uses one, is
 * carried over from the element's own script.
 *
 * Where a side script is looked for: where the element's script tag says in its `data-…-src`
 * attribute (a URL relative to the page), else next to `guide-form.iife.js` (its `src`), else
 * next to the page:
 *   <script src="/js/guide-form.iife.js" data-export-src="/cdn/guide-form.export.iife.js"></script>
 */

// `document.currentScript` is set only while guide-form.iife.js itself runs: read it now.
const own = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);

/** A side script: its file name, the global it defines (rollup's IIFE `name`), the `data-*` key naming its URL. */
export interface SideScript {
  file: string;
  global: string;
  /** The `dataset` key of the element's script tag that may give the URL, e.g. `exportSrc` for `data-export-src`. */
  srcKey: string;
}

/** The URL of a side script: `data-…-src`, else next to the element's script, else next to the page. */
export function sideScriptUrl(script: SideScript): string {
  const page = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  const explicit = own?.dataset[script.srcKey];
  if (explicit) return new URL(explicit, page).href;
  return new URL(script.file, own?.src || page).href;
}

const pending = new Map<string, Promise<unknown>>();

/**
 * What a side script defines: from its global when the page already loaded it, else by adding
 * its `<script>` once. A failed load rejects with `fail(url)` and is forgotten, so the next call
 * tries again.
 *
 * @example
 * const english = await loadSideScript<EnglishScript>(ENGLISH, (url) => new Error(url));
 */
export function loadSideScript<T>(script: SideScript, fail: (detail: string) => Error): Promise<T> {
  const ready = (globalThis as Record<string, unknown>)[script.global];
  if (ready) return Promise.resolve(ready as T);
  let loading = pending.get(script.global);
  if (!loading) {
    loading = new Promise<T>((resolve, reject) => {
      const url = sideScriptUrl(script);
      const tag = document.createElement('script');
      tag.src = url;
      tag.async = true;
      if (own?.nonce) tag.nonce = own.nonce;
      if (own?.crossOrigin) tag.crossOrigin = own.crossOrigin;
      tag.addEventListener('load', () => {
        const loaded = (globalThis as Record<string, unknown>)[script.global];
        if (loaded) resolve(loaded as T);
        else reject(fail(`${url} did not define ${script.global}`));
      });
      tag.addEventListener('error', () => {
        tag.remove();
        reject(fail(url));
      });
      document.head.append(tag);
    }).catch((error: unknown) => {
      pending.delete(script.global);
      throw error;
    });
    pending.set(script.global, loading);
  }
  return loading as Promise<T>;
}
