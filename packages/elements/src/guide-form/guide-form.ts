import type { Engine, FormDefinition, Lang, Verdict } from '@guide-forms/core';
import { pairsWithSummary } from '@guide-forms/core/tooling';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { eligibilityPanel } from '../eligibility-panel/eligibility-panel.js';
import { errorSummary } from '../error-summary/error-summary.js';
import { docxBlob, docxFileName, saveBlob } from '../export/docx-file.js';
import { type PaperActionState, paperActions } from '../export/paper-actions.js';
import type { FieldContext, RowOp } from '../fields/context.js';
import { pointerId } from '../fields/context.js';
import type { TextKind } from '../fields/parse.js';
import { renderField } from '../fields/render.js';
import { titleOf } from '../i18n/schema-text.js';
import { toLang, uiStrings } from '../i18n/strings.js';
import { effectiveObject } from '../schema/effective.js';
import { getFormSource } from '../source.js';
import { summaryFor } from '../summary-prefill.js';
import { DraftKeeper } from './draft-keeper.js';
import { essentials } from './essentials.js';
import { focusAfterRowOp, focusHeading, focusTarget } from './focus.js';
import { FormModel } from './form-model.js';
import { styles } from './guide-form.styles.js';
import { formHeader, loadErrorPanel, type SubmitStatus, submitBar, submitStatus } from './parts.js';
import { problems } from './problems.js';
import { Reveal } from './reveal.js';
import { answersOf, reviewStep } from './review.js';
import { hasAnswer, type SectionEntry, sectionNav } from './toc.js';

/** `detail` of every `guide-form-*` event. */
export interface GuideFormEventDetail {
  value: Record<string, unknown>;
  verdict: Verdict;
}

/**
 * `detail` of `guide-form-submit`: the value and verdict, and `waitUntil` for the host to answer
 * with its own submission — the draft is deleted when that promise resolves, kept when it rejects.
 */
export interface GuideFormSubmitDetail extends GuideFormEventDetail {
  /** Hand over the host's submission (e.g. a `fetch`); the form shows its progress and outcome. */
  waitUntil(submission: Promise<unknown>): void;
}

/** `detail` of `guide-form-summary`: the summary form (附件7) pre-filled from this one. */
export interface GuideFormSummaryDetail {
  value: Record<string, unknown>;
}

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
 * @csspart summary - The error summary.
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

  readonly #internals: ElementInternals;
  #engine: Engine | null = null;
  #form: FormDefinition | null = null;
  #loadError: unknown = null;
  #pending: Promise<void> | null = null;
  #loadToken = 0;
  /** A value the host set since the last load: it is for the form about to load, so it stays. */
  #valueGiven = false;
  readonly #model = new FormModel();
  readonly #reveal = new Reveal(this.#model.touched);
  readonly #drafts = new DraftKeeper(this, () => this.#flushComposition());
  #verdict: Verdict | null = null;
  /** Fields the notice's rules need filled for the current data: marked `*` like schema-required ones. */
  #ruleRequired = new Set<string>();
  #showSummary = false;
  #paper: PaperActionState = { kind: 'idle' };
  #reviewing = false;
  #sending = false;
  #status: SubmitStatus | null = null;
  #composing = false;
  #quiet = false;
  #formDisabled = false;
  #rendered = new Set<string>();
  /** Typing waits here until the typed character is on screen; then the form re-checks once. */
  #typing: Promise<void> | null = null;
  #typingDue = false;

  constructor() {
    super();
    this.category = '';
    this.lang = '';
    this.name = '';
    this.#internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      if (!this.#quiet) this.#revealAll(false);
    });
  }

  /** The data the form submits: hidden sections left out, consts set. A fresh copy each time. */
  get value(): Record<string, unknown> {
    return this.#model.value();
  }

  set value(value: unknown) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      console.warn(`[guide-form] GF_VALUE_NOT_OBJECT: <guide-form category="${this.category}"> ignored a value that is not an object`);
      return;
    }
    this.#model.replace(value);
    this.#valueGiven = true;
    this.#evaluate();
    this.requestUpdate();
  }

  /** The latest verdict, or null before the form has loaded. */
  get verdict(): Verdict | null {
    this.#settle();
    return this.#verdict;
  }

  /** The host `<form>`, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The first problem, as the host form reports it; empty when ok. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Constraint-validation state, as for native controls (`customError` while not ok). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Re-checks the form now and returns the verdict. Throws if the form has not loaded. */
  validate(): Verdict {
    const verdict = this.#evaluate();
    if (!verdict)
      throw this.#loadError ?? new Error(`<guide-form category="${this.category}"> has not loaded yet; await el.updateComplete`);
    return verdict;
  }

  /** True when the verdict is ok; otherwise fires `invalid` (like a native control) and returns false. */
  checkValidity(): boolean {
    this.#evaluate();
    // Only a host form's blocked submission should reveal every error, not a quiet check.
    this.#quiet = true;
    try {
      return this.#internals.checkValidity();
    } finally {
      this.#quiet = false;
    }
  }

  /** Like {@link checkValidity}, and shows every problem with the error summary focused. */
  reportValidity(): boolean {
    const ok = this.checkValidity();
    if (!ok) this.#revealAll(true);
    return ok;
  }

  /** Back to the value the form started with (or was last given); the draft is deleted. */
  reset(): void {
    this.#typingDue = false;
    this.#model.reset();
    this.#reveal.all = false;
    this.#showSummary = false;
    this.#reviewing = false;
    this.#status = null;
    this.#evaluate();
    this.#drafts.clear();
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
    this.#drafts.clear();
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending || this.#typing) {
      await (this.#pending ?? this.#typing);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('category') ||
      changed.has('year') ||
      changed.has('call') ||
      (changed.has('draftKey') && changed.get('draftKey') !== undefined)
    )
      this.#load();
    else if (changed.has('lang') || changed.has('now')) this.#evaluate();
  }

  protected override shouldUpdate(): boolean {
    // Never re-render under an IME composition: it would reset the candidate text.
    return !this.#composing;
  }

  protected override updated(): void {
    this.#reveal.onScreen = new Set(this.#rendered);
    this.#syncForm();
  }

  #load(): void {
    const token = ++this.#loadToken;
    const { category, year, call } = this;
    // Focus inside the old form (附件1–6's “填写指南凝练信息表”): the new form's heading takes it.
    const handOver = this.matches(':focus-within');
    this.#settle(); // the last keystrokes of the old form go to its own draft
    // Another form's answers never carry over (its draft keeps them), unless the host just gave a value.
    if (this.#form && !this.#valueGiven) this.#model.replace({});
    this.#valueGiven = false;
    this.#model.touched.clear();
    this.#engine = null;
    this.#form = null;
    this.#loadError = null;
    this.#verdict = null;
    this.#reviewing = false;
    this.#status = null;
    this.#reveal.all = false;
    this.#showSummary = false;
    if (!category) return;
    this.#pending = (async () => {
      try {
        const engine = await getFormSource().load(category, year, call || undefined);
        if (token !== this.#loadToken) return;
        this.#engine = engine;
        this.#form = engine.getForm(category, year ?? engine.latestYear());
        this.#model.schema = this.#form.schema;
        this.#restoreDraft(this.#form.year);
        this.#evaluate();
      } catch (error) {
        if (token !== this.#loadToken) return;
        this.#loadError = error;
        console.error(error);
      } finally {
        if (token === this.#loadToken) this.#pending = null;
        this.requestUpdate();
      }
    })();
    if (handOver) void this.updateComplete.then(() => focusHeading(this.renderRoot));
  }

  /** Applies the stored draft, unless the form cannot evaluate it: then it is set aside, never bricks the form. */
  #restoreDraft(year: number): void {
    // Slugs are per series: another series' form of the same slug keeps its own draft.
    const category = this.call && this.call !== 'dalian' ? `${this.call}/${this.category}` : this.category;
    const stored = this.#drafts.open(this.draftKey ? { key: this.draftKey, category, year } : null);
    if (!stored) return;
    const before = this.#model.data;
    this.#model.data = stored;
    try {
      this.#evaluate(true);
      this.#model.value();
      this.#model.touchAnswered();
    } catch {
      this.#model.data = before;
      this.#drafts.reject();
    }
  }

  get #lang(): Lang {
    return toLang(this.lang);
  }

  #evaluate(strict = false): Verdict | null {
    if (!this.#engine || !this.#form) return null;
    const { category, year } = this.#form;
    let now = this.now;
    if (now !== undefined && Number.isNaN(new Date(now).getTime())) {
      if (!strict) console.warn(`[guide-form] GF_BAD_NOW: "now" is not a date (${String(now)}); using the current time`);
      now = undefined;
    }
    const value = this.value;
    this.#verdict = this.#engine.evaluate(category, value, { year, now, lang: this.#lang });
    this.#ruleRequired = new Set(this.#engine.requiredFields(category, value, year));
    // The host form reads validity synchronously (form.checkValidity() right after typing).
    if (!strict) this.#syncForm();
    return this.#verdict;
  }

  /**
   * After a keystroke: the browser shows the character first, then the form re-renders, saves the
   * draft and tells the page — once for a burst of keys — in the task after the next frame, so the
   * keystroke's own frame stays short on slow machines. A hidden page (no frames) does it in the
   * next task.
   */
  #typed(): void {
    this.#typingDue = true;
    if (this.#typing) return;
    this.#typing = new Promise<void>((resolve) => {
      const run = (): void => {
        this.#settle();
        resolve();
      };
      if (document.visibilityState === 'hidden') setTimeout(run);
      else requestAnimationFrame(() => setTimeout(run));
    });
  }

  /** Runs a re-check that typing has scheduled, now (reading the verdict, leaving the page). */
  #settle(): void {
    if (!this.#typingDue) {
      this.#typing = null;
      return;
    }
    this.#typingDue = false;
    this.#typing = null;
    this.#changed();
  }

  /** After every change the user makes: re-check, save the draft, tell the page. */
  #changed(): void {
    this.#evaluate();
    this.#drafts.save(this.#model.data);
    if (this.#status?.kind !== 'failed') this.#status = null;
    this.requestUpdate();
    this.#fire('guide-form-input');
  }

  #fire(type: 'guide-form-input' | 'guide-form-invalid'): void {
    const verdict = this.#verdict;
    if (!verdict) return;
    this.dispatchEvent(
      new CustomEvent<GuideFormEventDetail>(type, { detail: { value: this.value, verdict }, bubbles: true, composed: true }),
    );
  }

  #rows(pointer: string, op: RowOp): void {
    this.#model.rows(pointer, op);
    this.#changed();
    void this.updateComplete.then(() => focusAfterRowOp(this.renderRoot, pointer, op, this.#model.get(pointer)));
  }

  readonly #context = (): FieldContext => {
    const lang = this.#lang;
    const ctx: FieldContext = {
      lang,
      t: uiStrings(lang),
      disabled: this.#formDisabled || this.hasAttribute('disabled'),
      get: (p) => this.#model.get(p),
      messages: (p) => (this.#verdict ? this.#reveal.messages(this.#verdict, p) : []),
      id: (p) => {
        this.#rendered.add(p);
        return pointerId(p);
      },
      set: (p, v) => {
        if (this.#model.set(p, v)) this.#changed();
      },
      setText: (p, kind, text) => {
        if (!this.#model.setText(p, kind, text)) return;
        // Validity stays synchronous (a host form may check it right after typing); the rest waits a frame.
        this.#evaluate();
        this.#typed();
      },
      text: (p, kind) => this.#model.text(p, kind),
      touch: (p) => {
        if (this.#model.touched.has(p)) return;
        this.#model.touched.add(p);
        this.requestUpdate();
      },
      rows: (p, op) => this.#rows(p, op),
      render: (schema, p, required) => renderField(ctx, schema, p, required || this.#ruleRequired.has(p)),
    };
    return ctx;
  };

  /** Shows every message and the summary; `focus` moves focus to the summary. */
  #revealAll(focus: boolean): void {
    this.#reveal.all = true;
    this.#showSummary = true;
    this.#reviewing = false;
    this.requestUpdate();
    if (focus) void this.updateComplete.then(() => (this.renderRoot.querySelector('.error-summary') as HTMLElement | null)?.focus());
  }

  /** 提交: problems → the error summary; an ok form → “check your answers”. */
  #submit(): void {
    const verdict = this.#evaluate();
    if (!verdict) return;
    if (!verdict.ok) {
      this.#revealAll(true);
      this.#fire('guide-form-invalid');
      return;
    }
    this.#showSummary = false;
    this.#reviewing = true;
    // A submit attempt: every message shows from now on, warnings on the review included.
    this.#reveal.all = true;
    this.#status = null;
    this.requestUpdate();
    void this.updateComplete.then(() => focusHeading(this.renderRoot, '#gf-review-title'));
  }

  /** 确认提交 on the review: fires `guide-form-submit`; the host may answer with `waitUntil`. */
  #confirm(): void {
    const verdict = this.#evaluate();
    if (!verdict) return;
    if (!verdict.ok) {
      this.#submit();
      return;
    }
    let answered: Promise<unknown> | null = null;
    const detail: GuideFormSubmitDetail = {
      value: this.value,
      verdict,
      waitUntil: (submission) => {
        answered = Promise.resolve(submission);
      },
    };
    this.dispatchEvent(new CustomEvent<GuideFormSubmitDetail>('guide-form-submit', { detail, bubbles: true, composed: true }));
    const t = uiStrings(this.#lang);
    if (!answered) {
      this.#reviewing = false;
      this.#status = { kind: 'handed', text: t.handedOver };
      this.requestUpdate();
      return;
    }
    this.#sending = true;
    this.requestUpdate();
    (answered as Promise<unknown>).then(
      () => {
        this.#sending = false;
        this.#reviewing = false;
        this.#drafts.clear();
        this.#status = { kind: 'done', text: t.submitDone };
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#sending = false;
        this.#status = { kind: 'failed', text: t.submitFailed(error instanceof Error ? error.message : error ? String(error) : '') };
        this.requestUpdate();
      },
    );
  }

  /** Leaves the review for the form: onto the field to change, or back onto 提交. */
  #change(id: string): void {
    this.#reviewing = false;
    this.requestUpdate();
    void this.updateComplete.then(() =>
      id ? focusTarget(this.renderRoot, id) : this.renderRoot.querySelector<HTMLElement>('.actions button.primary')?.focus(),
    );
  }

  #discardDraft(): void {
    this.#typingDue = false;
    this.#drafts.clear();
    this.#model.reset();
    this.#reveal.all = false;
    this.#showSummary = false;
    this.#evaluate();
    this.#drafts.dismiss();
    this.#fire('guide-form-input');
  }

  /**
   * The filled form as the Word attachment the bureau prints (附件N, one bordered table, the
   * reviewer's box) — what “下载Word版” downloads. The DOCX code loads on the first call only.
   */
  async exportDocx(): Promise<Blob> {
    await this.updateComplete;
    if (!this.#form || !this.#verdict)
      throw new Error(`[guide-form] GF_NOT_LOADED: <guide-form category="${this.category}"> has no form to export yet`);
    return docxBlob(this.#form, this.value, this.#verdict, this.#lang);
  }

  async #downloadDocx(): Promise<void> {
    this.#paper = { kind: 'busy' };
    this.requestUpdate();
    try {
      saveBlob(await this.exportDocx(), docxFileName(this.#form as FormDefinition, this.value));
      this.#paper = { kind: 'idle' };
    } catch (error) {
      this.#paper = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    this.requestUpdate();
  }

  /** Loads the year's summary form (call.json `pair`) and hands the page its pre-filled value. */
  async #openSummary(): Promise<void> {
    let value: Record<string, unknown>;
    try {
      value = await summaryFor(this.#form as FormDefinition, this.value);
    } catch (error) {
      console.warn(`GF_SUMMARY_LOAD: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    this.dispatchEvent(new CustomEvent<GuideFormSummaryDetail>('guide-form-summary', { detail: { value }, bubbles: true, composed: true }));
  }

  #onCompositionStart = (): void => {
    this.#composing = true;
  };

  #onCompositionEnd = (e: CompositionEvent): void => {
    this.#composing = false;
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const { pointer, kind } = target.dataset;
    if (pointer && kind && this.#model.setText(pointer, kind as TextKind, target.value)) this.#changed();
    this.requestUpdate();
  };

  /** The page is being hidden: save what typing has not yet saved, and the text of an unfinished composition. */
  #flushComposition(): void {
    this.#settle();
    if (!this.#composing) return;
    const target = (this.renderRoot as ShadowRoot).activeElement as HTMLInputElement | null;
    const { pointer, kind } = target?.dataset ?? {};
    if (!target || !pointer || !kind) return;
    this.#model.setText(pointer, kind as TextKind, target.value);
    this.#drafts.save(this.#model.data);
  }

  #syncForm(): void {
    const verdict = this.#verdict;
    this.#internals.setFormValue(verdict ? JSON.stringify(this.value) : null);
    if (verdict?.ok) {
      this.#internals.setValidity({});
      return;
    }
    const t = uiStrings(this.#lang);
    const first = verdict ? problems(verdict, this.#rendered)[0] : undefined;
    const message = first?.text ?? (this.#loadError ? t.errorTitle : t.loading);
    const anchor = first?.target ? (this.renderRoot.querySelector(`#${first.target}`) as HTMLElement | null) : null;
    this.#internals.setValidity({ customError: true }, message, anchor ?? undefined);
  }

  /** The top-level sections for the map, with their state. */
  #sections(form: FormDefinition, verdict: Verdict): SectionEntry[] {
    const lang = this.#lang;
    return effectiveObject(form.schema, this.#model.data)
      .properties.filter((p) => this.#rendered.has(`/${p.key}`))
      .map((p) => {
        const at = `/${p.key}`;
        const { shown, clear } = this.#reveal.section(verdict, at);
        const answered = hasAnswer(this.#model.get(at));
        return {
          id: pointerId(at),
          title: titleOf(p.schema, lang, p.key),
          problems: shown,
          state: clear && answered ? 'done' : answered ? 'partial' : 'empty',
        };
      });
  }

  protected override render(): TemplateResult {
    const lang = this.#lang;
    const t = uiStrings(lang);
    if (this.#loadError) return loadErrorPanel(this.#loadError, this.category, t);
    const form = this.#form;
    const verdict = this.#verdict;
    if (!form || !verdict) return html`<p class="loading" role="status">${t.loading}</p>`;
    this.#rendered.clear();
    const ctx = this.#context();
    const top = html`${formHeader(form, lang)} ${essentials(verdict, form.call.howToSubmit, lang, t, form.call.routing.recommender !== undefined)}
      ${this.#drafts.notices(t, lang, () => this.#discardDraft())} ${submitStatus(this.#status)}`;
    if (this.#reviewing) {
      const review = reviewStep(
        answersOf(form.schema, this.value, lang, t),
        t,
        { sending: this.#sending, disabled: ctx.disabled },
        {
          change: (id) => this.#change(id),
          confirm: () => this.#confirm(),
          back: () => this.#change(''),
        },
      );
      return html`<div class="form" part="form" lang=${lang}>${top} ${eligibilityPanel(verdict, t, this.#reveal)} ${review}</div>`;
    }
    const body = effectiveObject(form.schema, this.#model.data).properties.map((p) => renderField(ctx, p.schema, `/${p.key}`, p.required));
    const summary = this.#showSummary && !verdict.ok ? problems(verdict, this.#rendered) : [];
    const sections = this.#sections(form, verdict);
    const go = (target: string) => focusTarget(this.renderRoot, target);
    return html`<div class="form" part="form" lang=${lang} @compositionstart=${this.#onCompositionStart} @compositionend=${this.#onCompositionEnd}>
      ${top} ${errorSummary(summary, t, go)}
      <div class="layout ${sections.length >= 3 ? 'with-toc' : ''}">
        ${sections.length >= 3 ? sectionNav(sections, t, go) : nothing}
        <div class="main">
          <div class="body">${body}</div>
          ${eligibilityPanel(verdict, t, this.#reveal)}
          ${submitBar(
            verdict,
            pairsWithSummary(form.call, this.category),
            t,
            ctx.disabled,
            () => this.#submit(),
            () => void this.#openSummary(),
          )}
          ${paperActions(
            lang,
            this.#paper,
            ctx.disabled,
            () => window.print(),
            () => void this.#downloadDocx(),
          )}
        </div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'guide-form': GuideForm;
  }
  interface GlobalEventHandlersEventMap {
    'guide-form-input': CustomEvent<GuideFormEventDetail>;
    'guide-form-submit': CustomEvent<GuideFormSubmitDetail>;
    'guide-form-invalid': CustomEvent<GuideFormEventDetail>;
    'guide-form-summary': CustomEvent<GuideFormSummaryDetail>;
  }
}
