import type { FormDefinition, Lang, Verdict } from '@guide-forms/core';
import { GuideFormsError } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { descriptionOf, titleOf } from '../i18n/schema-text.js';
import type { UiStrings } from '../i18n/strings.js';

/** The paper title of the attachment (附件2 重点科技研发计划指南建议征集表) and its lead text. */
export function formHeader(form: FormDefinition, lang: Lang, t: UiStrings): TemplateResult {
  const attachment = typeof form.schema['x-attachment'] === 'string' ? t.attachment(form.schema['x-attachment']) : '';
  const callTitle = lang === 'en' ? form.call.title.en : form.call.title['zh-CN'];
  const lead = descriptionOf(form.schema, lang);
  // A div, not <header>: inside a host page's body a <header> would become a second banner landmark.
  return html`<div class="header"><p class="call" .textContent=${callTitle}></p><h1 tabindex="-1">${attachment ? html`<span class="attachment">${attachment}</span> ` : nothing}${titleOf(form.schema, lang, form.category)}</h1>${
    lead ? html`<p class="lead" .textContent=${lead}></p>` : nothing
  }</div>`;
}

/** The submit button, and for a suggestion form of a paired call (附件1–6) the way on to the summary form (附件7). */
export function submitBar(
  verdict: Verdict,
  summaryLabel: string | null,
  t: UiStrings,
  disabled: boolean,
  submit: () => void,
  summary: () => void,
): TemplateResult {
  return html`<div class="actions"><button type="button" class="primary" part="button" ?disabled=${disabled} @click=${submit} .textContent=${t.submit}></button>${
    summaryLabel
      ? html`<button type="button" part="button" ?disabled=${disabled} @click=${summary} .textContent=${summaryLabel}></button>`
      : nothing
  }${verdict.ok ? html`<span class="ready" role="status" .textContent=${t.submitted}></span>` : nothing}</div>`;
}

/** Instead of the form when it cannot load: what failed, in which file, where. */
export function loadErrorPanel(error: unknown, category: string, t: UiStrings): TemplateResult {
  const e = error instanceof GuideFormsError ? error : null;
  const message = error instanceof Error ? error.message : String(error);
  return html`<div class="load-error" part="panel" role="alert">
    <h2>${t.errorTitle}${category ? `：${category}` : ''}</h2>
    <p class="message">${message}</p>
    <dl>
      ${e ? html`<dt>code</dt><dd><code>${e.code}</code></dd>` : nothing}
      ${e?.file ? html`<dt>${t.errorFile}</dt><dd><code>${e.file}</code></dd>` : nothing}
      ${e?.pointer !== undefined && e?.pointer !== null && e ? html`<dt>${t.errorPointer}</dt><dd><code>${e.pointer || '/'}</code></dd>` : nothing}
    </dl>
  </div>`;
}

/** The outcome of the last 确认提交: handed to the page, confirmed by it, or failed there. */
export interface SubmitStatus {
  kind: 'handed' | 'done' | 'failed';
  text: string;
}

/**
 * The submission's outcome near the top: a status, or an alert when it failed. It can take focus
 * (`tabindex="-1"`): after the review closes, focus goes there instead of falling to <body>.
 */
export function submitStatus(status: SubmitStatus | null): TemplateResult | typeof nothing {
  if (!status) return nothing;
  return html`<div class="notice submit-status submit-${status.kind}" tabindex="-1" role=${status.kind === 'failed' ? 'alert' : 'status'}>${status.text}</div>`;
}

/**
 * Where a lazily loaded part will show: a status while it arrives; an alert if it could not be
 * fetched, with 返回修改 when the part stood in for the form (`back`).
 */
export function partPending(part: { error: Error | null }, t: UiStrings, back?: () => void): TemplateResult {
  if (!part.error) return html`<p class="loading" role="status">${t.partLoading}</p>`;
  return html`<p class="notice part-failed" role="alert">${t.partFailed}</p>
    ${back ? html`<div class="actions"><button type="button" part="button" @click=${back}>${t.back}</button></div>` : nothing}`;
}
