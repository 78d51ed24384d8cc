import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AsideReason, clearDraft, loadDraft, saveDraft, setDraftAside } from './draft.js';

/** The form a keeper saves for: its draft key, category and year, once known. */
export interface DraftSlot {
  key: string;
  category: string;
  year: number;
}

/**
 * Keeps one form's draft and what to tell the applicant about it: a restored draft (with a way
 * to discard it), a draft set aside because it could not be read, a full storage quota — the
 * notices themselves are `draft-notices.ts`, a chunk fetched only when there is one. Saves on
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

  /** Only part of the restored draft fits the form: the whole original goes aside, what fits is saved. */
  partial(fitted: unknown): void {
    if (this.slot) setDraftAside(this.slot.key, this.slot.category, this.slot.year);
    this.aside = 'partial';
    this.save(fitted);
  }

  /** 放弃草稿: the draft is moved aside (a copy kept, never deleted) and the notice says so. */
  discard(): void {
    if (this.slot) setDraftAside(this.slot.key, this.slot.category, this.slot.year);
    this.restoredAt = null;
    this.full = false;
    this.aside = 'discarded';
    this.#host.requestUpdate();
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

  /** Something to tell the applicant about the draft (see `draft-notices.ts`). */
  get hasNotice(): boolean {
    return Boolean(this.restoredAt || this.aside || this.full);
  }
}
