import type { Engine, FormDefinition, Lang, Verdict } from '@guide-forms/core';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { eligibilityPanel } from '../eligibility-panel/eligibility-panel.js';
import { errorSummary } from '../error-summary/error-summary.js';
import { docxBlob, docxFileName, saveBlob } from '../export/docx-file.js';
import { type PaperActionState, paperActions } from '../export/paper-actions.js';
import type { FieldContext, FieldMessage, RowOp } from '../fields/context.js';
import { pointerId } from '../fields/context.js';
import type { TextKind } from '../fields/parse.js';
import { renderField } from '../fields/render.js';
import { toLang, uiStrings } from '../i18n/strings.js';
import { effectiveObject } from '../schema/effective.js';
import { getFormSource } from '../source.js';
import { summaryFrom } from '../summary-prefill.js';
import { clearDraft, loadDraft, saveDraft } from './draft.js';
import { findingAnchor } from './finding-anchor.js';
import { focusAfterRowOp, focusTarget } from './focus.js';
import { FormModel } from './form-model.js';
import { styles } from './guide-form.styles.js';
import { formHeader, loadErrorPanel, problems, submitBar } from './parts.js';

/** `detail` of every `guide-form-*` event. */
export interface GuideFormEventDetail {
  value: Record<string, unknown>;
  verdict: Verdict;
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
 * included — is kept in localStorage until a successful submit; a saved draft wins
 * over a `value` set before the form loaded. `await el.updateComplete` waits for the
 * form to load. Prints as a paper attachment (附件N + title, no buttons).
 *
 * @example
 * <guide-form category="key-rd" name="suggestion" draft-key="key-rd-2022"></guide-form>
 *
 * @fires guide-form-input - After every change. `detail: { value, verdict }`.
 * @fires guide-form-submit - The submit button was pressed and the verdict is ok. `detail: { value, verdict }`.
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
    lang: { type: String, reflect: true },
    name: { type: String, reflect: true },
    draftKey: { type: String, attribute: 'draft-key' },
    now: { attribute: false },
  };

  /** The form's slug (`key-rd`, `challenge`, … `summary`). */
  declare category: string;
  /** The call year; default: the latest year the source knows. */
  declare year: number | undefined;
  /** `en` for English; anything else (or nothing) is zh-CN. */
  declare lang: string;
  /** The name the value is submitted under in a host `<form>`. */
  declare name: string;
  /** With a key, every change is saved to localStorage and restored on load. */
  declare draftKey: string | undefined;
  /** The moment the call window is judged by (a Date or ISO-8601); default: the current time. */
  declare now: Date | string | undefined;

  readonly #internals: ElementInternals;
  #engine: Engine | null = null;
  #form: FormDefinition | null = null;
  #loadError: unknown = null;
  #pending: Promise<void> | null = null;
  #loadToken = 0;
  readonly #model = new FormModel();
  #verdict: Verdict | null = null;
  #submitted = false;
  /** Fields the notice's rules need filled for the current data: marked `*` like schema-required ones. */
  #ruleRequired = new Set<string>();
  #showSummary = false;
  #paper: PaperActionState = { kind: 'idle' };
  #composing = false;
  #quiet = false;
  #formDisabled = false;
  #rendered = new Set<string>();

  constructor() {
    super();
    this.category = '';
    this.lang = '';
    this.name = '';
    this.#internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      if (!this.#quiet) this.#reveal(false);
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
    this.#evaluate();
    this.requestUpdate();
  }

  /** The latest verdict, or null before the form has loaded. */
  get verdict(): Verdict | null {
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
    if (!ok) this.#reveal(true);
    return ok;
  }

  /** Back to the value the form started with (or was last given); the draft follows. */
  reset(): void {
    this.#model.reset();
    this.#submitted = false;
    this.#showSummary = false;
    this.#evaluate();
    if (this.draftKey && this.category) clearDraft(this.draftKey);
    this.requestUpdate();
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
    while (this.#pending) {
      await this.#pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('category') || changed.has('year')) this.#load();
    else if (changed.has('lang') || changed.has('now')) this.#evaluate();
  }

  protected override shouldUpdate(): boolean {
    // Never re-render under an IME composition: it would reset the candidate text.
    return !this.#composing;
  }

  protected override updated(): void {
    this.#syncForm();
  }

  #load(): void {
    const token = ++this.#loadToken;
    const { category, year } = this;
    this.#engine = null;
    this.#form = null;
    this.#loadError = null;
    this.#verdict = null;
    if (!category) return;
    this.#pending = (async () => {
      try {
        const engine = await getFormSource().load(category, year);
        if (token !== this.#loadToken) return;
        this.#engine = engine;
        this.#form = engine.getForm(category, year ?? engine.latestYear());
        this.#model.schema = this.#form.schema;
        const draft = this.draftKey ? loadDraft(this.draftKey, category) : null;
        if (draft && typeof draft.data === 'object' && draft.data !== null) this.#model.data = draft.data;
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
  }

  get #lang(): Lang {
    return toLang(this.lang);
  }

  #evaluate(): Verdict | null {
    if (!this.#engine || !this.#form) return null;
    const { category, year } = this.#form;
    let now = this.now;
    if (now !== undefined && Number.isNaN(new Date(now).getTime())) {
      console.warn(`[guide-form] GF_BAD_NOW: "now" is not a date (${String(now)}); using the current time`);
      now = undefined;
    }
    this.#verdict = this.#engine.evaluate(category, this.value, { year, now, lang: this.#lang });
    this.#ruleRequired = new Set(this.#engine.requiredFields(category, this.value, year));
    // The host form reads validity synchronously (form.checkValidity() right after typing).
    this.#syncForm();
    return this.#verdict;
  }

  /** After every change the user makes: re-check, save the draft, tell the page. */
  #changed(): void {
    this.#evaluate();
    if (this.draftKey && this.category) saveDraft(this.draftKey, this.category, this.#model.data);
    this.requestUpdate();
    this.#fire('guide-form-input');
  }

  #fire(type: 'guide-form-input' | 'guide-form-submit' | 'guide-form-invalid'): void {
    const verdict = this.#verdict;
    if (!verdict) return;
    this.dispatchEvent(
      new CustomEvent<GuideFormEventDetail>(type, { detail: { value: this.value, verdict }, bubbles: true, composed: true }),
    );
  }

  #set(pointer: string, value: unknown): void {
    if (this.#model.set(pointer, value)) this.#changed();
  }

  #rows(pointer: string, op: RowOp): void {
    this.#model.rows(pointer, op);
    this.#changed();
    void this.updateComplete.then(() => focusAfterRowOp(this.renderRoot, pointer, op, this.#model.get(pointer)));
  }

  #messages(pointer: string): FieldMessage[] {
    const verdict = this.#verdict;
    if (!verdict) return [];
    const seen = (p: string): boolean => this.#submitted || this.#model.touched.has(p);
    const out: FieldMessage[] = seen(pointer)
      ? verdict.errors.filter((e) => e.pointer === pointer).map((e) => ({ kind: 'error', text: e.message }))
      : [];
    for (const f of verdict.findings) {
      if (findingAnchor(f.pointers) === pointer && f.pointers.some(seen)) out.push({ kind: f.severity, text: f.message });
    }
    return out;
  }

  readonly #context = (): FieldContext => {
    const lang = this.#lang;
    const ctx: FieldContext = {
      lang,
      t: uiStrings(lang),
      disabled: this.#formDisabled || this.hasAttribute('disabled'),
      get: (p) => this.#model.get(p),
      messages: (p) => this.#messages(p),
      id: (p) => {
        this.#rendered.add(p);
        return pointerId(p);
      },
      set: (p, v) => this.#set(p, v),
      setText: (p, kind, text) => {
        if (this.#model.setText(p, kind, text)) this.#changed();
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
  #reveal(focus: boolean): void {
    this.#submitted = true;
    this.#showSummary = true;
    this.requestUpdate();
    if (focus) void this.updateComplete.then(() => (this.renderRoot.querySelector('.error-summary') as HTMLElement | null)?.focus());
  }

  #submit(): void {
    const verdict = this.#evaluate();
    if (!verdict) return;
    if (verdict.ok) {
      this.#submitted = false;
      this.#showSummary = false;
      if (this.draftKey) clearDraft(this.draftKey);
      this.requestUpdate();
      this.#fire('guide-form-submit');
    } else {
      this.#reveal(true);
      this.#fire('guide-form-invalid');
    }
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

  #openSummary(): void {
    this.dispatchEvent(
      new CustomEvent<GuideFormSummaryDetail>('guide-form-summary', {
        detail: { value: summaryFrom(this.category, this.value) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #onCompositionStart = (): void => {
    this.#composing = true;
  };

  #onCompositionEnd = (e: CompositionEvent): void => {
    this.#composing = false;
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const pointer = target.dataset.pointer;
    if (pointer && this.#model.setText(pointer, (target.dataset.kind ?? 'string') as TextKind, target.value)) this.#changed();
    this.requestUpdate();
  };

  #syncForm(): void {
    const verdict = this.#verdict;
    this.#internals.setFormValue(verdict ? JSON.stringify(this.value) : null);
    if (verdict?.ok) {
      this.#internals.setValidity({});
      return;
    }
    const t = uiStrings(this.#lang);
    const first = verdict ? problems(verdict, this.#rendered, this.#lang)[0] : undefined;
    const message = first?.text ?? (this.#loadError ? t.errorTitle : t.loading);
    const anchor = first?.target ? (this.renderRoot.querySelector(`#${first.target}`) as HTMLElement | null) : null;
    this.#internals.setValidity({ customError: true }, message, anchor ?? undefined);
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
    const body = effectiveObject(form.schema, this.#model.data).properties.map((p) => renderField(ctx, p.schema, `/${p.key}`, p.required));
    const summary = this.#showSummary && !verdict.ok ? problems(verdict, this.#rendered, lang) : [];
    return html`<div class="form" part="form" lang=${lang} @compositionstart=${this.#onCompositionStart} @compositionend=${this.#onCompositionEnd}>
      ${formHeader(form, lang)}
      ${errorSummary(summary, t, (target) => focusTarget(this.renderRoot, target))}
      <div class="body">${body}</div>
      ${eligibilityPanel(verdict, t)}
      ${submitBar(
        verdict,
        this.category,
        t,
        ctx.disabled,
        () => this.#submit(),
        () => this.#openSummary(),
      )}
      ${paperActions(
        lang,
        this.#paper,
        () => window.print(),
        () => void this.#downloadDocx(),
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'guide-form': GuideForm;
  }
  interface GlobalEventHandlersEventMap {
    'guide-form-input': CustomEvent<GuideFormEventDetail>;
    'guide-form-submit': CustomEvent<GuideFormEventDetail>;
    'guide-form-invalid': CustomEvent<GuideFormEventDetail>;
    'guide-form-summary': CustomEvent<GuideFormSummaryDetail>;
  }
}
