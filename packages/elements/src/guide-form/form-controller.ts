import { type FieldStates, type FormDefinition, GuideFormsError, type Lang, type Verdict } from '@guide-forms/core';
import type { FormEngine } from '@guide-forms/core/tooling';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toLang } from '../i18n/strings.js';
import { getFormSource } from '../source.js';
import { DraftKeeper } from './draft-keeper.js';
import { FormModel } from './form-model.js';
import { hasAnswer } from './has-answer.js';
import { Reveal } from './reveal.js';
import { wrongShapes } from './wrong-shape.js';

/** `detail` of every `guide-form-*` event. */
export interface GuideFormEventDetail {
  value: Record<string, unknown>;
  verdict: Verdict;
}

/** How long a form without a category waits for its host to name one before it says none was. */
export const NO_CATEGORY_GRACE_MS = 1500;

/** What the controller reads from and tells its element. */
export interface FormHost extends ReactiveControllerHost, EventTarget {
  category: string;
  year: number | undefined;
  /** The call series (`yichang`); absent: the default, `dalian`. */
  call: string | undefined;
  lang: string;
  draftKey: string | undefined;
  now: Date | string | undefined;
  /** The verdict changed: the element updates its form association (validity, form value). */
  verdictChanged(): void;
  /** Saves what an unfinished IME composition holds (the page is being hidden). */
  flushComposition(): void;
  /** The applicant changed the data (before the re-render and the event). */
  dataChanged(): void;
}

/**
 * The data side of `<guide-form>`: loads the form's engine, keeps the model, computes the
 * field states, value and verdict once per change, keeps the draft and fires the events.
 * The element keeps its properties, form association and rendering.
 */
export class FormController implements ReactiveController {
  readonly #host: FormHost;
  engine: FormEngine | null = null;
  form: FormDefinition | null = null;
  loadError: unknown = null;
  /** The load in flight; `updateComplete` waits for it. */
  pending: Promise<void> | null = null;
  #loadToken = 0;
  /** A value the host set since the last load: it is for the form about to load, so it stays. */
  valueGiven = false;
  readonly model = new FormModel();
  readonly reveal = new Reveal(this.model.touched, () => hasAnswer(this.model.data));
  readonly drafts: DraftKeeper;
  /** The verdict of the current data, or null before the form has loaded. */
  verdict: Verdict | null = null;
  /** The data `verdict` was computed for: a change of data (or of `lang`/`now`) computes again. */
  #judged: { data: unknown; lang: Lang; now: unknown } | null = null;
  /** Typing waits here until the typed character is on screen; then the form re-renders once. */
  typing: Promise<void> | null = null;
  #typingDue = false;
  /** The verdict was computed without handing it to the host form (at load: the render does). */
  #untold = false;

  constructor(host: FormHost) {
    this.#host = host;
    this.drafts = new DraftKeeper(host, () => host.flushComposition());
    host.addController(this);
  }

  get lang(): Lang {
    return toLang(this.#host.lang);
  }

  /** Core's field states for the current data (null before the form has loaded). */
  get states(): FieldStates | null {
    return this.model.states;
  }

  /**
   * No category yet. A host may create the element and name its form a moment later (the demo
   * does, after importing the bundle): only when none has come after {@link NO_CATEGORY_GRACE_MS}
   * does the form say what is missing — instead of “正在加载表单…” for ever.
   */
  #awaitCategory(token: number): void {
    setTimeout(() => {
      if (token !== this.#loadToken || this.#host.category) return;
      const message =
        this.lang === 'en'
          ? 'No form was named: give <guide-form> a category attribute, e.g. category="key-rd"'
          : '没有指定要显示的表单：请给 <guide-form> 写上 category 属性，例如 category="key-rd"';
      this.loadError = new GuideFormsError('no-category', message, { expected: 'category="<category>"', found: '' });
      console.warn(`[guide-form] GF_NO_CATEGORY: ${message}`);
      this.#host.requestUpdate();
    }, NO_CATEGORY_GRACE_MS);
  }

  /** Loads the host's category and year: the old form's typing goes to its own draft first. */
  load(): Promise<void> | null {
    const token = ++this.#loadToken;
    const { category, year, call } = this.#host;
    this.settle();
    // Another form's answers never carry over (its draft keeps them), unless the host just gave a value.
    if (this.form && !this.valueGiven) this.model.replace({});
    this.valueGiven = false;
    this.model.touched.clear();
    this.model.use(null);
    this.engine = null;
    this.form = null;
    this.loadError = null;
    this.verdict = null;
    this.#judged = null;
    this.reveal.all = false;
    if (!category) {
      this.#awaitCategory(token);
      return null;
    }
    this.pending = (async () => {
      try {
        const engine = await getFormSource().load(category, year, call || undefined, this.lang);
        if (token !== this.#loadToken) return;
        const form = engine.getForm(category, year ?? engine.latestYear());
        this.engine = engine;
        this.form = form;
        this.model.use((data, edit) =>
          edit ? engine.fieldStatesAfter(form.category, data, edit, form.year) : engine.fieldStates(form.category, data, form.year),
        );
        this.fitGiven();
        this.#restoreDraft(form.year);
        // The render this load asks for hands the verdict to the host form (`updated`): not twice.
        this.compute(false, false);
      } catch (error) {
        if (token !== this.#loadToken) return;
        this.loadError = error;
        console.error(error);
      } finally {
        if (token === this.#loadToken) this.pending = null;
        this.#host.requestUpdate();
      }
    })();
    return this.pending;
  }

  /**
   * `lang` changed: the source may have another engine for it (the production bundle fetches the
   * English texts only when asked) — swap it in, keeping the data and everything typed.
   */
  relang(): void {
    const { category, year, call } = this.#host;
    const token = this.#loadToken;
    // A load in flight asked for the language before the change: ask again once it is done.
    if (this.pending) {
      void this.pending.then(() => this.relang());
      return;
    }
    if (!this.form) return;
    this.pending = (async () => {
      try {
        const engine = await getFormSource().load(category, year, call || undefined, this.lang);
        if (token !== this.#loadToken || engine === this.engine) return;
        const form = engine.getForm(category, year ?? engine.latestYear());
        this.engine = engine;
        this.form = form;
        this.model.use((data) => engine.fieldStates(form.category, data, form.year));
        this.#judged = null;
      } catch (error) {
        // The texts could not be fetched: the form stays as it was, judged in the new language.
        console.warn(`[guide-form] GF_LANG_NOT_LOADED: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        if (token === this.#loadToken) this.pending = null;
        this.compute();
        this.#host.requestUpdate();
      }
    })();
  }

  /** Applies the stored draft, unless the form cannot evaluate it: then it is set aside, never bricks the form. */
  #restoreDraft(year: number): void {
    const { draftKey, call } = this.#host;
    // Slugs are per series: another series' form of the same slug keeps its own draft.
    const category = call && call !== 'dalian' ? `${call}/${this.#host.category}` : this.#host.category;
    const stored = this.drafts.open(draftKey ? { key: draftKey, category, year } : null);
    if (!stored) return;
    const before = this.model.data;
    this.model.data = stored;
    try {
      // Parts of the wrong shape (a text where a section belongs) are left out; the original is kept aside.
      const wrong = this.#wrongShapes();
      if (wrong.length) {
        this.model.drop(wrong, false);
        this.drafts.partial(this.model.data);
      }
      this.compute(true);
      this.model.value();
      this.model.touchAnswered();
    } catch {
      this.model.data = before;
      this.#judged = null;
      this.drafts.reject();
    }
  }

  /** Where the data has a shape the form cannot draw (see `wrong-shape.ts`); none before the form has loaded. */
  #wrongShapes(): string[] {
    const states = this.model.states;
    return states ? wrongShapes(states, this.model.data) : [];
  }

  /**
   * A value from the host with parts of the wrong shape (a text where a section belongs): they
   * are left out, with a warning naming them, so every section shows its fields.
   */
  fitGiven(): void {
    const wrong = this.#wrongShapes();
    if (!wrong.length) return;
    const named = [...wrong].reverse().join(', ');
    console.warn(
      `[guide-form] GF_VALUE_WRONG_SHAPE: <guide-form category="${this.#host.category}"> left out ${named}: not the shape the form has there`,
    );
    this.model.drop(wrong, true);
  }

  /**
   * The verdict of the current data — field states, submitted value and verdict computed once
   * per change of the data, `lang` or `now`. `strict` throws instead of warning (a draft on trial);
   * `tell` hands a new verdict to the host form at once (a host may check validity right after typing).
   */
  compute(strict = false, tell = !strict): Verdict | null {
    const { engine, form } = this;
    if (!engine || !form) return null;
    let now = this.#host.now;
    const lang = this.lang;
    const data = this.model.data;
    if (this.#judged && this.#judged.data === data && this.#judged.lang === lang && this.#judged.now === now) {
      // Computed quietly at load, and asked for (checkValidity) before the render handed it over.
      if (tell && this.#untold) this.#host.verdictChanged();
      this.#untold &&= !tell;
      return this.verdict;
    }
    if (now !== undefined && Number.isNaN(new Date(now).getTime())) {
      if (!strict) console.warn(`[guide-form] GF_BAD_NOW: "now" is not a date (${String(now)}); using the current time`);
      now = undefined;
    }
    this.verdict = engine.evaluate(form.category, this.model.submitted, { year: form.year, now, lang });
    this.#judged = { data, lang, now: this.#host.now };
    // The host form reads validity synchronously (form.checkValidity() right after typing).
    this.#untold = !tell;
    if (tell) this.#host.verdictChanged();
    return this.verdict;
  }

  /**
   * After a keystroke: the verdict is computed at once (a host form may check validity right
   * after typing); the browser shows the character first, then the form re-renders, saves the
   * draft and tells the page — once for a burst of keys — in the task after the next frame, so the
   * keystroke's own frame stays short on slow machines. A hidden page (no frames) does it in the
   * next task.
   */
  typed(): void {
    this.compute();
    this.#typingDue = true;
    if (this.typing) return;
    this.typing = new Promise<void>((resolve) => {
      const run = (): void => {
        this.settle();
        resolve();
      };
      if (document.visibilityState === 'hidden') setTimeout(run);
      else requestAnimationFrame(() => setTimeout(run));
    });
  }

  /** Runs what typing has scheduled, now (reading the verdict, leaving the page). */
  settle(): void {
    this.typing = null;
    if (!this.#typingDue) return;
    this.#typingDue = false;
    this.changed();
  }

  /** Drops what typing has scheduled (a reset or a discarded draft replaces the data). */
  cancelTyping(): void {
    this.#typingDue = false;
  }

  /** After every change the user makes: re-check (unless already done), save the draft, re-render, tell the page. */
  changed(): void {
    this.compute();
    this.#host.dataChanged();
    this.drafts.save(this.model.data);
    this.#host.requestUpdate();
    this.fire('guide-form-input');
  }

  /** Fires `type` with a fresh copy of the value and the verdict. */
  fire(type: 'guide-form-input' | 'guide-form-invalid'): void {
    const verdict = this.verdict;
    if (!verdict) return;
    this.#host.dispatchEvent(
      new CustomEvent<GuideFormEventDetail>(type, { detail: { value: this.model.value(), verdict }, bubbles: true, composed: true }),
    );
  }

  hostConnected(): void {}
}
