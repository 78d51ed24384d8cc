import type { GuideFormEventDetail } from './form-controller.js';
import { GuideForm } from './guide-form.js';
import type { GuideFormSubmitDetail } from './journey.js';
import type { GuideFormSummaryDetail } from './summary-event.js';

/** Registers `<guide-form>` once; a second bundle on the same page leaves the first in place. */
export function defineGuideForm(): void {
  if (!customElements.get('guide-form')) customElements.define('guide-form', GuideForm);
}

defineGuideForm();

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
