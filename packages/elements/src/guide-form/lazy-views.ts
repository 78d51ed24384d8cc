import type { FieldStates, Lang } from '@guide-forms/core';
import { nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';
import { draftNoticesPart, reviewPart } from '../lazy/parts.js';
import { partPending } from './blocks.js';
import { focusFirstField, focusHeading } from './focus.js';
import type { FormController } from './form-controller.js';
import type { Journey } from './journey.js';

/** The element as these views reach it: they render again when their part arrives. */
interface ViewHost {
  readonly renderRoot: ParentNode;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

/**
 * “Check your answers” in place of the form (提交 on an ok form), from its lazily loaded chunk;
 * while it arrives a status, if it cannot be fetched an alert with 返回修改.
 */
export function reviewView(
  host: ViewHost,
  journey: Journey,
  states: FieldStates,
  lang: Lang,
  t: UiStrings,
  disabled: boolean,
): TemplateResult {
  const part = reviewPart.use(() => host.requestUpdate());
  if (!part) return partPending(reviewPart, t, () => journey.change(''));
  return part.reviewStep(
    part.answersOf(states, lang, t),
    t,
    { sending: journey.sending, disabled },
    { change: (id) => journey.change(id), confirm: () => journey.confirm(), back: () => journey.change('') },
  );
}

/**
 * 提交: on an ok form the review's chunk is fetched now (again after a failed fetch); a form with
 * problems shows its error summary at once, without waiting for a chunk it does not need.
 */
export function submitWithReview(journey: Journey): void {
  journey.submit();
  if (journey.reviewing && !reviewPart.loaded) reviewPart.load().catch(() => {});
}

/** The draft notices: their chunk is fetched only when there is something to say. */
export function draftNoticesView(host: ViewHost, form: FormController, journey: Journey): TemplateResult | typeof nothing {
  if (!form.drafts.hasNotice) return nothing;
  const part = draftNoticesPart.use(() => host.requestUpdate());
  if (!part) return nothing;
  const then = (focus: (root: ParentNode) => void) => void host.updateComplete.then(() => focus(host.renderRoot));
  return part.draftNotices(form.drafts, form.lang, {
    discard: () => {
      discardDraft(form, journey);
      then((root) => focusHeading(root, '.draft-aside'));
    },
    keep: () => {
      form.drafts.dismiss();
      then(focusFirstField);
    },
  });
}

/** 放弃草稿，重新填写: the form starts again from its first value; the draft is set aside, not deleted. */
function discardDraft(form: FormController, journey: Journey): void {
  form.cancelTyping();
  form.drafts.discard();
  form.model.reset();
  form.reveal.all = false;
  journey.showErrorSummary = false;
  form.compute();
  form.fire('guide-form-input');
}
