import type { Finding, Severity, Verdict } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { routeDetail, routeLabel } from '../i18n/route.js';
import type { UiStrings } from '../i18n/strings.js';

const ORDER: Severity[] = ['block', 'warn', 'info'];

/** Which findings the applicant should see yet (the form's own rule: after the fields are left, or after 提交). */
export interface PanelReveal {
  finding(f: Finding): boolean;
  readonly started: boolean;
  /** The form holds answers (typed, restored, or set by the host), though perhaps none was left yet. */
  readonly answered: boolean;
}

/** A finding and the clause of the notice it quotes — Chinese whatever the form's language, and marked so. */
function findingItem(f: Finding, t: UiStrings): TemplateResult {
  return html`<li class="finding ${f.severity}" data-rule=${f.rule}><span class="message" .textContent=${f.message}></span>${
    f.clause
      ? html`<blockquote class="clause"><span class="clause-label" .textContent=${t.clause}></span><span lang="zh-CN" .textContent=${`“${f.clause}”`}></span></blockquote>`
      : nothing
  }</li>`;
}

/**
 * Where the suggestion goes and whether it can go now: the route (处室 and phone, and
 * the review step for universities and institutes), the call window, and every
 * finding by severity with the clause of the notice it comes from — each once the
 * applicant has left its fields (or pressed 提交); before that, a neutral line. On paper,
 * where the fields' messages do not print, it says how many mistakes are still in the form.
 */
export function eligibilityPanel(verdict: Verdict, t: UiStrings, reveal: PanelReveal): TemplateResult {
  const { route, window } = verdict;
  const shown = verdict.findings.filter((f) => reveal.finding(f));
  return html`<section class="panel" part="panel" aria-labelledby="gf-panel-title"><h2 id="gf-panel-title" .textContent=${t.panelTitle}></h2><dl
      class="facts"
    ><div class="window ${window.state}"><dt .textContent=${t.window}></dt><dd .textContent=${window.message}></dd></div>${
      route
        ? html`<div class="route"><dt .textContent=${routeLabel(route, false, t)}></dt><dd>${routeDetail(route, t)}</dd></div>`
        : nothing
    }</dl>${
      shown.length === 0
        ? verdict.findings.length === 0 && reveal.answered
          ? html`<p class=${verdict.errors.length ? 'none with-errors' : 'none'} .textContent=${t.panelOk}></p>`
          : html`<p class="none pending" .textContent=${t.panelPending}></p>`
        : ORDER.map((severity) => {
            const list = shown.filter((f) => f.severity === severity);
            return list.length
              ? html`<h3 class="severity ${severity}" .textContent=${`${t.severity[severity]}（${list.length}）`}></h3><ul class="findings">${list.map((f) => findingItem(f, t))}</ul>`
              : nothing;
          })
    }${
      // Paper hides the fields' messages: it must not read as a clean form while mistakes remain.
      verdict.errors.length ? html`<p class="print-only unresolved" .textContent=${t.panelUnresolved(verdict.errors.length)}></p>` : nothing
    }</section>`;
}
