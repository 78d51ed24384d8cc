import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

/** One problem in the summary, linked to the control it is about. */
export interface ErrorSummaryItem {
  text: string;
  /** The id of the control to focus; empty when the problem has no field (e.g. the window). */
  target: string;
}

/**
 * The error summary at the top of the form (GOV.UK pattern): a heading that takes focus,
 * `role="alert"` so it is announced, and links that move focus to each field.
 */
export function errorSummary(items: ErrorSummaryItem[], t: UiStrings, focus: (target: string) => void): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div class="error-summary" part="error-list summary" role="alert" tabindex="-1" aria-labelledby="gf-error-summary-title"><h2
      id="gf-error-summary-title"
      .textContent=${t.errorSummaryTitle(items.length)}
    ></h2><p .textContent=${t.errorSummaryIntro}></p><ul>${items.map((item) =>
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
    )}</ul></div>`;
}
