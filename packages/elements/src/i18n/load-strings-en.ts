import type { UiStrings } from './strings.js';

/**
 * The English UI strings: `strings-en.ts`, a chunk of its own fetched for `lang="en"` only. The IIFE
 * build swaps in `load-strings-en.iife.ts`, which takes them from its English script instead.
 *
 * @example
 * const EN = await loadEnglishStrings();
 */
export function loadEnglishStrings(): Promise<UiStrings> {
  return import('./strings-en.js').then((m) => m.EN);
}
