import type { Lang } from '@guide-forms/core';
import { html, type TemplateResult } from 'lit';

const HAN = /\p{Script=Han}/u;
/** A run of Chinese: Han characters with the CJK and full-width punctuation and spaces between them. */
const RUN =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[\s\d\u3000-\u303f\uff00-\uffef]*\p{Script=Han}+[\u3000-\u303f\uff00-\uffef]*)*/gu;

/** True when an English form's text holds Chinese (a notice quote, a name, an untranslated hint). */
export function hasChinese(text: string, lang: Lang): boolean {
  return lang === 'en' && HAN.test(text);
}

/**
 * Text the element writes into an English form, with each Chinese run in `<span lang="zh-CN">`
 * so a screen reader speaks it as Chinese (“Clean energy (洁净能源)”, “Choose “指南征集””). In a
 * Chinese form, or without Chinese, the text as it is.
 *
 * @example
 * html`<li>${markChinese('Choose “指南征集”', 'en')}</li>`; // Choose “<span lang="zh-CN">指南征集</span>”
 */
export function markChinese(text: string, lang: Lang): string | TemplateResult {
  if (!hasChinese(text, lang)) return text;
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const m of text.matchAll(RUN)) {
    parts.push(text.slice(last, m.index), html`<span lang="zh-CN">${m[0]}</span>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}
