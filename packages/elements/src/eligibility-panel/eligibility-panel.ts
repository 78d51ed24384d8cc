import type { Finding, Severity, Verdict } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';

const ORDER: Severity[] = ['block', 'warn', 'info'];

function findingItem(f: Finding, t: UiStrings): TemplateResult {
  return html`<li class="finding ${f.severity}" data-rule=${f.rule}>
    <span class="message">${f.message}</span>
    ${f.clause ? html`<blockquote class="clause"><span class="clause-label">${t.clause}</span>“${f.clause}”</blockquote>` : nothing}
  </li>`;
}

/**
 * Where the suggestion goes and whether it can go now: the route (处室 and phone, and
 * the review step for universities and institutes), the call window, and every
 * finding by severity with the clause of the notice it comes from.
 */
export function eligibilityPanel(verdict: Verdict, t: UiStrings): TemplateResult {
  const { route, window } = verdict;
  return html`<section class="panel" part="panel" aria-labelledby="gf-panel-title">
    <h2 id="gf-panel-title">${t.panelTitle}</h2>
    <dl class="facts">
      <div class="window ${window.state}">
        <dt>${t.window}</dt>
        <dd>${window.message}</dd>
      </div>
      ${
        route
          ? html`<div class="route">
              <dt>${t.route}</dt>
              <dd>
                ${route.department}（${t.phone} <a href="tel:${route.phone.replace(/[^\d+]/g, '')}">${route.phone}</a>）
                <span class="submission">${route.submission === 'institution-review' ? t.review : t.direct}</span>
              </dd>
            </div>`
          : nothing
      }
    </dl>
    ${
      verdict.findings.length === 0
        ? html`<p class="none">${t.panelOk}</p>`
        : ORDER.map((severity) => {
            const list = verdict.findings.filter((f) => f.severity === severity);
            return list.length
              ? html`<h3 class="severity ${severity}">${t.severity[severity]}（${list.length}）</h3>
                  <ul class="findings">${list.map((f) => findingItem(f, t))}</ul>`
              : nothing;
          })
    }
  </section>`;
}
