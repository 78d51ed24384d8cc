import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { UiStrings } from '../i18n/strings.js';
import { type AsideReason, clearDraft, loadDraft, saveDraft, setDraftAside } from './draft.js';

/** The form a keeper saves for: its draft key, category and year, once known. */
export interface DraftSlot {
  key: string;
  category: string;
  year: number;
}

/**
 * Keeps one form's draft and tells the applicant about it: a restored draft (with a way to
 * discard it), a draft set aside because it could not be read, a full storage quota. Saves on
 * every change and, for text still in an IME composition, when the page is hidden.
 */
export class DraftKeeper implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Called when the page is hidden: saves whatever an unfinished composition holds. */
  readonly #onHide: () => void;
  slot: DraftSlot | null = null;
  /** When the restored draft was saved (ISO), while its notice shows. */
  restoredAt: string | null = null;
  aside: AsideReason | null = null;
  full = false;

  constructor(host: ReactiveControllerHost, onHide: () => void) {
    this.#host = host;
    this.#onHide = onHide;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#visibility);
    globalThis.addEventListener('pagehide', this.#onHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#visibility);
    globalThis.removeEventListener('pagehide', this.#onHide);
  }

  readonly #visibility = (): void => {
    if (document.visibilityState === 'hidden') this.#onHide();
  };

  /** The stored data for a slot, or null; sets the notices. */
  open(slot: DraftSlot | null): Record<string, unknown> | null {
    this.slot = slot;
    this.restoredAt = null;
    this.aside = null;
    this.full = false;
    if (!slot) return null;
    const found = loadDraft(slot.key, slot.category, slot.year);
    if (found.kind === 'aside') this.aside = found.reason;
    if (found.kind !== 'draft') return null;
    this.restoredAt = found.draft.savedAt || new Date().toISOString();
    return found.draft.data;
  }

  /** The restored draft could not be shown (the form threw on it): set it aside instead. */
  reject(): void {
    if (this.slot) setDraftAside(this.slot.key, this.slot.category, this.slot.year);
    this.restoredAt = null;
    this.aside = 'unusable';
  }

  save(data: unknown): void {
    if (!this.slot) return;
    const wasFull = this.full;
    this.full = saveDraft(this.slot.key, this.slot.category, this.slot.year, data) === 'full';
    if (wasFull !== this.full) this.#host.requestUpdate();
  }

  clear(): void {
    if (this.slot) clearDraft(this.slot.key, this.slot.category, this.slot.year);
    this.restoredAt = null;
    this.full = false;
    this.#host.requestUpdate();
  }

  dismiss(): void {
    this.restoredAt = null;
    this.aside = null;
    this.#host.requestUpdate();
  }

  /** The notices above the form; `discard` throws the restored draft away. */
  notices(t: UiStrings, lang: string, discard: () => void): TemplateResult | typeof nothing {
    if (!this.restoredAt && !this.aside && !this.full) return nothing;
    const when = this.restoredAt ? formatTime(this.restoredAt, lang) : '';
    return html`<div class="draft-notices">
      ${
        this.restoredAt
          ? html`<div class="notice draft-restored" role="status">
              <span>${t.draftRestored(when)}</span>
              <button type="button" part="button" class="small" @click=${discard}>${t.draftDiscard}</button>
              <button type="button" part="button" class="small" @click=${() => this.dismiss()}>${t.draftKeep}</button>
            </div>`
          : nothing
      }
      ${this.aside ? html`<div class="notice draft-aside" role="status">${t.draftAside[this.aside]}</div>` : nothing}
      ${this.full ? html`<div class="notice draft-full" role="alert">${t.draftFull}</div>` : nothing}
    </div>`;
  }
}

/** A saved-at time as the applicant reads it: 2021-11-01 10:00 in their own time zone. */
function formatTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
