import type { Verdict } from '@guide-forms/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { eligibilityPanel } from '../eligibility-panel/eligibility-panel.js';
import { uiStrings } from '../i18n/strings.js';
import { partsLoading } from '../lazy/lazy-part.js';
import { englishPart } from '../lazy/parts.js';
import { formHeader, loadErrorPanel, submitStatus } from './blocks.js';
import { Composition } from './composition.js';
import { essentials } from './essentials.js';
import { fieldContext } from './field-context.js';
import { focusHeading } from './focus.js';
import { FormController } from './form-controller.js';
import { GuideFormValidity } from './form-validity.js';
import { formView } from './form-view.js';
import { styles } from './guide-form.styles.js';
import { Journey } from './journey.js';
import { draftNoticesView, reviewView } from './lazy-views.js';
import { PaperControl } from './paper-control.js';

export type { GuideFormEventDetail } from './form-controller.js';
export type { GuideFormSubmitDetail } from './journey.js';
export type { GuideFormSummaryDetail } from './summary-event.js';

/**
 * `<guide-form>` renders one attachment form of the call from its JSON Schema, checks it
 * with the same engine as the server on every change, and shows where it goes.
 *
 * Register a {@link FormSource} first (the production bundles do). Inside a host
 * `<form>` it submits `JSON.stringify(value)` under `name` and blocks the submission
 * while the verdict is not ok. With `draft-key`, everything typed — hidden sections
 * included — is kept in localStorage, one draft per form and year, until the host confirms
 * the submission (`event.detail.waitUntil(promise)` on `guide-form-submit`, or
 * `clearDraft()`); a restored draft is announced with a way to discard it, and an
 * unreadable one is set aside with a notice. A saved draft wins over a `value` set before
 * the form loaded. `await el.updateComplete` waits for the form to load. Nothing shows red
 * before the applicant has done anything: a field's messages once it is left, everything
 * after 提交. 提交 on an ok form opens “check your answers”; 确认提交 there fires
 * `guide-form-submit`. Prints as a paper attachment (附件N + title, no buttons).
 *
 * @example
 * <guide-form category="key-rd" name="suggestion" draft-key="key-rd-2022"></guide-form>
 *
 * @fires guide-form-input - After every change. `detail: { value, verdict }`.
 * @fires guide-form-submit - 确认提交 was pressed on the review and the verdict is ok. `detail: { value, verdict, waitUntil }`.
 * @fires guide-form-invalid - The submit button was pressed and the verdict is not ok. `detail: { value, verdict }`.
 * @fires guide-form-summary - “填写指南凝练信息表” was pressed. `detail: { value }` — the pre-filled 附件7 data.
 *
 * @csspart form - The form body.
 * @csspart fieldset - Every section and group.
 * @csspart legend - Section titles.
 * @csspart label - Field labels.
 * @csspart input - Every control.
 * @csspart error - Messages next to a field.
 * @csspart error-list - The error summary (the list of problems after 提交). Also named `summary`, its former name.
 * @csspart panel - The eligibility panel (and the load-error panel).
 * @csspart button - Every button.
 *
 * @cssprop --gf-accent - Accent colour (buttons, focus ring, legends). Default #1d4f91.
 * @cssprop --gf-error - Error colour. Default #b42318.
 * @cssprop --gf-warn - Warning colour. Default #8a5a00.
 * @cssprop --gf-info - Information colour. Default #1d6b4f.
 * @cssprop --gf-font - Font stack. Default system UI with WenQuanYi Micro Hei.
 * @cssprop --gf-radius - Corner radius. Default 4px.
 * @cssprop --gf-border - Border colour. Default #8c96a3.
 * @cssprop --gf-bg - Background of controls. Default #fff.
 * @cssprop --gf-text - Text colour. Default #1b1f24.
 * @cssprop --gf-muted - Hint colour. Default #4b5563.
 */
export class GuideForm extends LitElement {
  static override styles = styles;
  static formAssociated = true;
  static override properties = {
    category: { type: String, reflect: true },
    year: { type: Number, reflect: true },
    call: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    now: { attribute: false },
  };

  /** The form's slug (`key-rd`, `challenge`, … `summary`). */
  declare category: string;
  /** The call year; default: the latest year the source knows. */
  declare year: number | undefined;
  /** The call series (`yichang`); default: `dalian`. Category slugs are per series. */
  declare call: string | undefined;
  /** `en` for English; anything else (or nothing) is zh-CN. */
  declare lang: string;
  /** The name the value is submitted under in a host `<form>`. */
  declare name: string;
  /** With a key, every change is saved to localStorage (one draft per form and year) and restored on load. */
  declare draftKey: string | undefined;
  /** The moment the call window is judged by (a Date or ISO-8601); default: the current time. */
  declare now: Date | string | undefined;

  /** Load, model, verdict, drafts and events. */
  readonly #form = new FormController(this);
  readonly #journey = new Journey(this, this.#form);
  readonly #validity: GuideFormValidity;
  readonly #paper = new PaperControl(this, this.#form);
  readonly #composition = new Composition(this.#form, () => this.renderRoot);
  #formDisabled = false;
  /** The pointers the last render drew (the error summary links only to fields on screen). */
  #rendered = new Set<string>();

  constructor() {
    super();
    this.category = '';
    this.lang = '';
    this.name = '';
    this.#validity = new GuideFormValidity(this.attachInternals(), this.#form, this.#rendered, () => this.renderRoot);
    this.addEventListener('invalid', () => {
      // The browser focuses the first problem's field; one without a field is read from the summary.
      if (!this.#validity.quiet) this.#journey.revealAll(this.#validity.fieldless);
    });
  }

  /** The data the form submits: hidden sections left out, consts set. A fresh copy each time. */
  get value(): Record<string, unknown> {
    return this.#form.model.value();
  }

  set value(value: unknown) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      console.warn(`[guide-form] GF_VALUE_NOT_OBJECT: <guide-form category="${this.category}"> ignored a value that is not an object`);
      return;
    }
    this.#form.model.replace(value);
    this.#form.fitGiven();
    this.#form.valueGiven = true;
    this.#form.compute();
    this.requestUpdate();
  }

  /** The latest verdict, or null before the form has loaded. */
  get verdict(): Verdict | null {
    this.#form.settle();
    return this.#form.verdict;
  }

  /** The host `<form>`, if any. */
  get form(): HTMLFormElement | null {
    return this.#validity.internals.form;
  }

  /** The first problem, as the host form reports it; empty when ok. */
  get validationMessage(): string {
    return this.#validity.internals.validationMessage;
  }

  /** Constraint-validation state, as for native controls (`customError` while not ok). */
  get validity(): ValidityState {
    return this.#validity.internals.validity;
  }

  get willValidate(): boolean {
    return this.#validity.internals.willValidate;
  }

  /** Re-checks the form now and returns the verdict. Throws if the form has not loaded. */
  validate(): Verdict {
    const verdict = this.#form.compute();
    if (!verdict)
      throw this.#form.loadError ?? new Error(`<guide-form category="${this.category}"> has not loaded yet; await el.updateComplete`);
    return verdict;
  }

  /** True when the verdict is ok; otherwise fires `invalid` (like a native control) and returns false. */
  checkValidity(): boolean {
    this.#form.compute();
    return this.#validity.check();
  }

  /** Like {@link checkValidity}, and shows every problem with the error summary focused. */
  reportValidity(): boolean {
    const ok = this.checkValidity();
    if (!ok) this.#journey.revealAll(true);
    return ok;
  }

  /** Back to the value the form started with (or was last given); the draft is deleted. */
  reset(): void {
    this.#form.cancelTyping();
    this.#form.model.reset();
    this.#form.reveal.all = false;
    this.#journey.restart();
    this.#form.compute();
    this.#form.drafts.clear();
    this.requestUpdate();
  }

  /**
   * Deletes the saved draft: call it once your server has accepted the submission (or answer
   * `guide-form-submit` with `event.detail.waitUntil(promise)` and the form does it).
   *
   * @example
   * form.addEventListener('guide-form-submit', async (e) => { await post(e.detail.value); form.clearDraft(); });
   */
  clearDraft(): void {
    this.#form.drafts.clear();
  }

  /**
   * The filled form as the Word attachment the bureau prints (附件N, one bordered table, the
   * reviewer's box) — what “下载Word版” downloads. The DOCX code loads on the first call only.
   */
  exportDocx(): Promise<Blob> {
    return this.#paper.exportDocx();
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal The controller's verdict changed: the host form sees it at once. */
  verdictChanged(): void {
    this.#validity.sync();
  }

  /** @internal The applicant changed something: a past outcome no longer describes the data (a failure still does). */
  dataChanged(): void {
    if (this.#journey.status?.kind !== 'failed') this.#journey.status = null;
  }

  /** @internal The page is being hidden: save what typing has not yet saved, and the text of an unfinished composition. */
  flushComposition(): void {
    this.#composition.flush();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // The form's chunk, the typed character's frame, any lazily loaded part a render asked for,
    // and the render each of them requests when it arrives.
    for (;;) {
      const waiting = this.#form.pending ?? this.#form.typing ?? partsLoading();
      if (!waiting && !this.isUpdatePending) return result;
      if (waiting) await waiting;
      result = await super.getUpdateComplete();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('category') ||
      changed.has('year') ||
      changed.has('call') ||
      (changed.has('draftKey') && changed.get('draftKey') !== undefined)
    ) {
      // Focus inside the old form (附件1–6's “填写指南凝练信息表”): the new form's heading takes it.
      const handOver = this.matches(':focus-within');
      this.#journey.restart();
      if (this.#form.load() && handOver) void this.updateComplete.then(() => focusHeading(this.renderRoot));
    } else if (changed.has('lang')) this.#form.relang();
    else if (changed.has('now')) this.#form.compute();
  }

  protected override shouldUpdate(): boolean {
    // Never re-render under an IME composition: it would reset the candidate text.
    return !this.#composition.active;
  }

  protected override updated(): void {
    this.#form.reveal.onScreen = new Set(this.#rendered);
    this.#validity.sync();
  }

  #onCompositionEnd = (e: CompositionEvent): void => {
    this.#composition.end(e);
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const { form, verdict, states, lang, reveal } = this.#form;
    // English is a chunk of its own, fetched alongside the form (if it fails, the UI stays Chinese).
    const english = lang === 'en' && !englishPart.use(() => this.requestUpdate()) && !englishPart.error;
    const t = uiStrings(lang);
    if (this.#form.loadError) return loadErrorPanel(this.#form.loadError, this.category, t);
    if (!form || !verdict || !states || english) return html`<p class="loading" role="status">${t.loading}</p>`;
    this.#rendered.clear();
    const disabled = this.#formDisabled || this.hasAttribute('disabled');
    const ctx = fieldContext(this, this.#form, this.#rendered, disabled);
    const journey = this.#journey;
    const top = html`${formHeader(form, lang, t)}${essentials(verdict, form.call.howToSubmit, lang, t, form.call.routing.recommender !== undefined)}${draftNoticesView(this, this.#form, journey)}${submitStatus(journey.status)}`;
    if (journey.reviewing) {
      const review = reviewView(this, journey, states, lang, t, disabled);
      return html`<div class="form" part="form" lang=${lang}>${top} ${eligibilityPanel(verdict, t, reveal)} ${review}</div>`;
    }
    return formView(this, this.#form, journey, ctx, this.#paper, {
      top,
      rendered: this.#rendered,
      composition: { start: this.#composition.start, end: this.#onCompositionEnd },
      disabled,
    });
  }
}
