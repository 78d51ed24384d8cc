import type { Verdict } from '@guide-forms/core';
import type { ReactiveControllerHost } from 'lit';
import { uiStrings } from '../i18n/strings.js';
import type { SubmitStatus } from './blocks.js';
import { focusHeading, focusTarget } from './focus.js';
import type { FormController, GuideFormEventDetail } from './form-controller.js';

/**
 * `detail` of `guide-form-submit`: the value and verdict, and `waitUntil` for the host to answer
 * with its own submission — the draft is deleted when that promise resolves, kept when it rejects.
 */
export interface GuideFormSubmitDetail extends GuideFormEventDetail {
  /** Hand over the host's submission (e.g. a `fetch`); the form shows its progress and outcome. */
  waitUntil(submission: Promise<unknown>): void;
}

/** The element as the journey needs it. */
export interface JourneyHost extends ReactiveControllerHost, EventTarget {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The applicant's way to a submission: 提交 shows the error summary (problems) or “check your
 * answers” (an ok form); 确认提交 there fires `guide-form-submit` and follows the host's answer.
 */
export class Journey {
  readonly #host: JourneyHost;
  readonly #form: FormController;
  /** The error summary (the list of problems at the top) shows: after a submit attempt. */
  showErrorSummary = false;
  reviewing = false;
  sending = false;
  status: SubmitStatus | null = null;
  /**
   * How many problems to fix the summary showed when it opened (null: not drawn yet), or -1 once
   * that number changed: from then on the polite status says how many are left.
   */
  summaryCount: number | null = null;

  constructor(host: JourneyHost, form: FormController) {
    this.#host = host;
    this.#form = form;
  }

  /** Back to the form's start: no summary, no review, no outcome. */
  restart(): void {
    this.showErrorSummary = false;
    this.summaryCount = null;
    this.reviewing = false;
    this.status = null;
  }

  /** Shows every message and the error summary; `focus` moves focus to the summary. */
  revealAll(focus: boolean): void {
    this.#form.reveal.all = true;
    this.showErrorSummary = true;
    this.summaryCount = null;
    this.reviewing = false;
    this.#host.requestUpdate();
    if (focus)
      void this.#host.updateComplete.then(() => (this.#host.renderRoot.querySelector('.error-summary') as HTMLElement | null)?.focus());
  }

  /** What the polite status beside the summary says, given the problems to fix now (see `summaryCount`). */
  summaryLeft(fixes: number): string {
    if (!this.showErrorSummary) return '';
    if (this.summaryCount === null) this.summaryCount = fixes;
    else if (this.summaryCount !== fixes) this.summaryCount = -1;
    return this.summaryCount === -1 ? uiStrings(this.#form.lang).errorSummaryLeft(fixes) : '';
  }

  /** 提交: problems → the error summary; an ok form → “check your answers”. */
  submit(): void {
    const verdict = this.#form.compute();
    if (!verdict) return;
    if (!verdict.ok) {
      this.revealAll(true);
      this.#form.fire('guide-form-invalid');
      return;
    }
    this.showErrorSummary = false;
    this.reviewing = true;
    // A submit attempt: every message shows from now on, warnings on the review included.
    this.#form.reveal.all = true;
    this.status = null;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => focusHeading(this.#host.renderRoot, '#gf-review-title'));
  }

  /** 确认提交 on the review: fires `guide-form-submit`; the host may answer with `waitUntil`. */
  confirm(): void {
    // 确认提交 stays focusable while sending (aria-disabled): a second press does nothing.
    if (this.sending) return;
    const verdict = this.#form.compute();
    if (!verdict) return;
    if (!verdict.ok) {
      this.submit();
      return;
    }
    const answered = this.#dispatch(verdict);
    const t = uiStrings(this.#form.lang);
    if (!answered) {
      this.reviewing = false;
      this.status = { kind: 'handed', text: t.handedOver };
      this.#focusStatus();
      return;
    }
    this.sending = true;
    this.#host.requestUpdate();
    answered.then(
      () => {
        this.sending = false;
        this.reviewing = false;
        this.#form.drafts.clear();
        this.status = { kind: 'done', text: t.submitDone };
        this.#focusStatus();
      },
      (error: unknown) => {
        this.sending = false;
        // The review stays, and focus with 确认提交 (to try again); the alert is announced.
        this.status = { kind: 'failed', text: t.submitFailed(error instanceof Error ? error.message : error ? String(error) : '') };
        this.#host.requestUpdate();
      },
    );
  }

  /** The review closed with an outcome: focus goes to it (the button that had it is gone). */
  #focusStatus(): void {
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => focusHeading(this.#host.renderRoot, '.submit-status'));
  }

  /** Fires `guide-form-submit`; the host's submission when it answered with `waitUntil`. */
  #dispatch(verdict: Verdict): Promise<unknown> | null {
    let answered: Promise<unknown> | null = null;
    const detail: GuideFormSubmitDetail = {
      value: this.#form.model.value(),
      verdict,
      waitUntil: (submission) => {
        answered = Promise.resolve(submission);
      },
    };
    this.#host.dispatchEvent(new CustomEvent<GuideFormSubmitDetail>('guide-form-submit', { detail, bubbles: true, composed: true }));
    return answered;
  }

  /** Leaves the review for the form: onto the field to change, or back onto 提交. */
  change(id: string): void {
    this.reviewing = false;
    this.#host.requestUpdate();
    const root = this.#host.renderRoot;
    void this.#host.updateComplete.then(() =>
      id ? focusTarget(root, id) : root.querySelector<HTMLElement>('.actions button.primary')?.focus(),
    );
  }
}
