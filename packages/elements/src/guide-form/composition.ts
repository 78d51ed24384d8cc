import type { TextKind } from '../fields/parse.js';
import type { FormController } from './form-controller.js';

/**
 * IME compositions (拼音 candidates): while one is open the form does not re-render (that would
 * reset the candidate text); its end stores the text; a page hidden mid-composition saves it.
 */
export class Composition {
  readonly #form: FormController;
  readonly #root: () => HTMLElement | DocumentFragment;
  /** A composition is open in one of the form's controls. */
  active = false;

  constructor(form: FormController, root: () => HTMLElement | DocumentFragment) {
    this.#form = form;
    this.#root = root;
  }

  readonly start = (): void => {
    this.active = true;
  };

  /** The composition ended: its text is typed into the field. */
  readonly end = (e: CompositionEvent): void => {
    this.active = false;
    const target = e.target as HTMLInputElement | HTMLTextAreaElement;
    const { pointer, kind } = target.dataset;
    if (pointer && kind && this.#form.model.setText(pointer, kind as TextKind, target.value)) this.#form.changed();
  };

  /** The page is being hidden: save what typing has not yet saved, and the text of an unfinished composition. */
  flush(): void {
    this.#form.settle();
    if (!this.active) return;
    const target = (this.#root() as ShadowRoot).activeElement as HTMLInputElement | null;
    const { pointer, kind } = target?.dataset ?? {};
    if (!target || !pointer || !kind) return;
    this.#form.model.setText(pointer, kind as TextKind, target.value);
    this.#form.drafts.save(this.#form.model.data);
  }
}
