import type { HowToSubmit, Lang, Verdict } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { markChinese } from '../i18n/mark-chinese.js';
import { routeDetail, routeLabel, routePending } from '../i18n/route.js';
import type { UiStrings } from '../i18n/strings.js';

/** A phone number as a `tel:` link. */
export function phoneLink(phone: string): TemplateResult {
  return html`<a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>`;
}

function howTo(how: HowToSubmit, lang: Lang, t: UiStrings): TemplateResult {
  const name = lang === 'en' ? how.platform.name.en : how.platform.name['zh-CN'];
  const steps = lang === 'en' ? how.steps.en : how.steps['zh-CN'];
  return html`<details class="how"><summary .textContent=${t.howTitle(name)}></summary><ol>${steps.map((s) => html`<li>${markChinese(s, lang)}</li>`)}</ol><p>${t.platformUrl}：<a href=${how.platform.url} rel="noopener" .textContent=${how.platform.url}></a></p>${
    how.support?.length
      ? html`<p>${t.support}：${how.support.map((s, i) => html`${i ? '、' : ''}${markChinese(s.name, lang)} ${phoneLink(s.phone)}`)}</p>`
      : nothing
  }</details>`;
}

/**
 * What matters first, right under the title: the submission window, where the suggestion goes
 * (处室 and phone, as soon as the answers tell), and how to submit — a few lines, so on a phone
 * they are on the first screen and not only in the panel ten screens down.
 */
export function essentials(
  verdict: Verdict,
  how: HowToSubmit | undefined,
  lang: Lang,
  t: UiStrings,
  byRecommender = false,
): TemplateResult {
  const { route, window } = verdict;
  // The space after each label shows (they are inline); nothing else between the tags does.
  return html`<section class="essentials" aria-label=${t.essentialsTitle}><p class="fact window ${window.state}"><span class="fact-label" .textContent=${t.window}></span> ${window.message}</p><p class="fact route"><span
        class="fact-label"
        .textContent=${routeLabel(route, byRecommender, t)}
      ></span> ${route ? routeDetail(route, t) : html`<span class="pending" .textContent=${routePending(byRecommender, t)}></span>`}</p>${
        how ? howTo(how, lang, t) : nothing
      }</section>`;
}
