import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

/** One problem in the summary, linked to the control it is about. */
export interface ErrorSummaryItem {
  text: string;
  /** The id of the control to focus; empty when the problem has no field (e.g. the window). */
  target: string;
  /** The submission window is not open: no mistake to fix, but the form cannot go now. */
  window?: boolean;
}

/**
 * The error summary at the top of the form (GOV.UK pattern): a heading that takes focus and
 * links that move focus to each field. Not a live region: it is read when it takes focus, and
 * redrawing it while the applicant types must not read the whole list again — {@link summaryStatus}
 * says politely how many problems are left. A closed window is not counted as a mistake (and
 * alone, it has no “select an item to go to the field”).
 */
export function errorSummary(items: ErrorSummaryItem[], t: UiStrings, focus: (target: string) => void): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const fixes = items.filter((i) => !i.window).length;
  const title = fixes < items.length ? t.errorSummaryClosed(fixes) : t.errorSummaryTitle(fixes);
  return html`<section class="error-summary" part="error-list summary" tabindex="-1" aria-labelledby="gf-error-summary-title"><h2
      id="gf-error-summary-title"
      .textContent=${title}
    ></h2>${items.some((i) => i.target) ? html`<p .textContent=${t.errorSummaryIntro}></p>` : nothing}<ul>${items.map((item) =>
      item.target
        ? html`<li><a
              href="#${item.target}"
              @click=${(e: Event) => {
                e.preventDefault();
                focus(item.target);
              }}
              .textContent=${item.text}
            ></a></li>`
        : html`<li .textContent=${item.text}></li>`,
    )}</ul></section>`;
}

/**
 * A polite status beside the summary, always in the page (a live region must be there before it
 * changes): empty until the number of problems to fix changes after the summary was shown, then
 * that number (or that none is left).
 */
export function summaryStatus(text: string): TemplateResult {
  return html`<p class="visually-hidden" role="status" .textContent=${text}></p>`;
}
