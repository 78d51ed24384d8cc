import { englishScript } from '../entries/english.iife.js';
import type { UiStrings } from './strings.js';

/**
 * The IIFE build's `loadEnglishStrings` (rollup swaps it in for `load-strings-en.ts`): the UI
 * strings' English travels in `guide-form.english.iife.js` with the forms' English, so a Chinese
 * page never carries it and an English one loads one script for both.
 *
 * @example
 * const EN = await loadEnglishStrings();
 */
export function loadEnglishStrings(): Promise<UiStrings> {
  return englishScript().then((script) => script.ui);
}
