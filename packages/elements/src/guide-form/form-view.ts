import type { FormDefinition } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { eligibilityPanel } from '../eligibility-panel/eligibility-panel.js';
import { errorSummary, summaryStatus } from '../error-summary/error-summary.js';
import type { FieldContext } from '../fields/context.js';
import { renderField } from '../fields/render.js';
import { textEvents } from '../fields/text.js';
import { uiStrings } from '../i18n/strings.js';
import { submitBar } from './blocks.js';
import { focusTarget } from './focus.js';
import type { FormController } from './form-controller.js';
import type { Journey } from './journey.js';
import { submitWithReview } from './lazy-views.js';
import type { PaperControl } from './paper-control.js';
import { problems } from './problems.js';
import { openSummary, type SummaryHost, summaryButtonLabel } from './summary-event.js';
import { sectionEntries, sectionNav } from './toc.js';

/** The element as the form view reaches it. */
export interface FormViewHost extends SummaryHost {
  readonly category: string;
  readonly renderRoot: ParentNode;
}

/** What the element hands the view besides its controllers. */
export interface FormViewParts {
  /** The header, the essentials, the draft notices and the submission's outcome. */
  top: TemplateResult;
  /** Filled by the render with the pointers drawn (the error summary links only to those). */
  rendered: Set<string>;
  composition: { start: (e: CompositionEvent) => void; end: (e: CompositionEvent) => void };
  disabled: boolean;
}

/**
 * The form as the applicant fills it: the error summary after 提交, the section map beside the
 * fields (three sections or more), the eligibility panel, 提交 (and the way on to the summary
 * form of a paired call) and the paper actions. Call only once the form, its verdict and
 * states have loaded.
 */
export function formView(
  host: FormViewHost,
  controller: FormController,
  journey: Journey,
  ctx: FieldContext,
  paper: PaperControl,
  { top, rendered, composition, disabled }: FormViewParts,
): TemplateResult {
  const { lang, reveal } = controller;
  const form = controller.form as FormDefinition;
  const verdict = controller.verdict;
  const states = controller.states;
  if (!verdict || !states) return html``;
  const t = uiStrings(lang);
  const body = states.children('').map((f) => renderField(ctx, f.schema, f.pointer, f.required || f.neededByRule));
  const errors = journey.showErrorSummary && !verdict.ok ? problems(verdict, rendered) : [];
  const sections = sectionEntries(states, verdict, rendered, reveal, lang);
  const go = (target: string) => focusTarget(host.renderRoot, target);
  const typing = textEvents(ctx);
  return html`<div class="form" part="form" lang=${lang} @compositionstart=${composition.start} @compositionend=${composition.end}>${top}${errorSummary(errors, t, go)}${summaryStatus(journey.summaryLeft(errors.filter((e) => !e.window).length))}<div class="layout ${sections.length >= 3 ? 'with-toc' : ''}">${sections.length >= 3 ? sectionNav(sections, t, go) : nothing}<div class="main"><div class="body" @input=${typing.input} @change=${typing.left} @blur=${typing.left}>${body}</div>${eligibilityPanel(verdict, t, reveal)}${submitBar(
    verdict,
    summaryButtonLabel(controller.engine, form, lang, t),
    t,
    disabled,
    () => submitWithReview(journey),
    () => void openSummary(host, form),
  )}${paper.render(disabled)}</div></div></div>`;
}
