/**
 * The English texts of the IIFE build's forms, a classic script of their own:
 * `guide-form.english.iife.js` (global `GuideFormsEnglish`), added next to `guide-form.iife.js` the
 * first time a form is shown in English. A Chinese page never loads it — it is a quarter of the
 * forms' data. Where it is looked for: `data-english-src` on the IIFE's script tag, else next to it.
 *
 *   <script src="/js/guide-form.iife.js" data-english-src="/cdn/guide-form.english.iife.js"></script>
 */
import type { EnglishOverlay } from 'guide-forms:precompiled';
import type { UiStrings } from '../i18n/strings.js';
import { loadSideScript, type SideScript } from './side-script.js';

/** The file the elements build writes next to `guide-form.iife.js`. */
export const ENGLISH_SCRIPT = 'guide-form.english.iife.js';

const SCRIPT: SideScript = { file: ENGLISH_SCRIPT, global: 'GuideFormsEnglish', srcKey: 'englishSrc' };

/** What the English script defines: per year, the year's overlay (`common`) and each form's; the UI strings. */
export interface EnglishScript {
  years: Record<string, Record<string, EnglishOverlay>>;
  ui: UiStrings;
}

/** The English script could not be loaded: the form stays in Chinese and says why. */
class EnglishLoadError extends Error {
  constructor(detail: string) {
    super(`[guide-form] GF_ENGLISH_LOAD: ${detail}`);
    this.name = 'EnglishLoadError';
  }
}

/**
 * The English overlays of a year's form (`base`: the year's, `own`: the form's), as the ESM
 * build's English chunks give them.
 *
 * @example
 * form.english = () => englishOf(2022, 'key-rd');
 */
export function englishOf(year: number, category: string): Promise<{ base: EnglishOverlay; own: EnglishOverlay }> {
  return englishScript().then(({ years }) => {
    const texts = years[String(year)];
    if (!texts?.common || !texts[category]) throw new EnglishLoadError(`${ENGLISH_SCRIPT} holds no English for ${year} ${category}`);
    return { base: texts.common, own: texts[category] };
  });
}

/** The English script's contents, loaded once (a failed load is tried again on the next call). */
export function englishScript(): Promise<EnglishScript> {
  return loadSideScript<EnglishScript>(SCRIPT, (detail) => new EnglishLoadError(detail));
}
