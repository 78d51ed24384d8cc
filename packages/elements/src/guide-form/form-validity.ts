import { uiStrings } from '../i18n/strings.js';
import type { FormController } from './form-controller.js';
import { problems } from './problems.js';

/**
 * `<guide-form>` as a form-associated control: its value (JSON) under `name` in the host
 * `<form>`, and a custom validity — the first problem, anchored at its field — while not ok.
 */
export class GuideFormValidity {
  readonly internals: ElementInternals;
  readonly #form: FormController;
  readonly #rendered: ReadonlySet<string>;
  readonly #root: () => HTMLElement | DocumentFragment;
  /** Set during a quiet check: only a host form's blocked submission reveals every error. */
  quiet = false;
  /** The first problem has no field to point at (the window): a blocked submission focuses the summary. */
  fieldless = false;

  constructor(
    internals: ElementInternals,
    form: FormController,
    rendered: ReadonlySet<string>,
    root: () => HTMLElement | DocumentFragment,
  ) {
    this.internals = internals;
    this.#form = form;
    this.#rendered = rendered;
    this.#root = root;
  }

  /** `checkValidity()` of the internals without revealing every error. */
  check(): boolean {
    this.quiet = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.quiet = false;
    }
  }

  /** Hands the current value and validity to the host form. */
  sync(): void {
    const { verdict, model } = this.#form;
    this.internals.setFormValue(verdict ? JSON.stringify(model.submitted) : null);
    if (verdict?.ok) {
      this.internals.setValidity({});
      return;
    }
    const t = uiStrings(this.#form.lang);
    const first = verdict ? problems(verdict, this.#rendered)[0] : undefined;
    const message = first?.text ?? (this.#form.loadError ? t.errorTitle : t.loading);
    const root = this.#root();
    // A problem without a field (the window has closed) is anchored at the summary, or before it
    // is drawn at the form's title: the browser must have something focusable to point at.
    this.fieldless = !first?.target;
    const anchor =
      (first?.target ? root.querySelector<HTMLElement>(`#${first.target}`) : null) ??
      root.querySelector<HTMLElement>('.error-summary') ??
      root.querySelector<HTMLElement>('h1');
    this.internals.setValidity({ customError: true }, message, anchor ?? undefined);
  }
}
