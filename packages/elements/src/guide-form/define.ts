import { GuideForm } from './guide-form.js';

/** Registers `<guide-form>` once; a second bundle on the same page leaves the first in place. */
export function defineGuideForm(): void {
  if (!customElements.get('guide-form')) customElements.define('guide-form', GuideForm);
}

defineGuideForm();
