import type { Lang } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { draftStrings } from '../i18n/draft-strings.js';
import type { DraftKeeper } from './draft-keeper.js';

/**
 * The notices above the form about its draft: restored (with a way to discard it), set aside
 * (unreadable, restored in part, or discarded), or not saved because storage is full. A chunk of
 * its own: most visits have nothing to announce. `on.discard` sets the restored draft aside and
 * starts again, `on.keep` closes the notice; each moves focus on (the notice's button goes away).
 */
export function draftNotices(
  keeper: DraftKeeper,
  lang: Lang,
  on: { discard: () => void; keep: () => void },
): TemplateResult | typeof nothing {
  const t = draftStrings(lang);
  if (!keeper.restoredAt && !keeper.aside && !keeper.full) return nothing;
  const when = keeper.restoredAt ? formatTime(keeper.restoredAt, lang) : '';
  return html`<div class="draft-notices">
    ${
      keeper.restoredAt
        ? html`<div class="notice draft-restored" role="status">
            <span>${t.draftRestored(when)}</span>
            <button type="button" part="button" class="small" @click=${on.discard}>${t.draftDiscard}</button>
            <button type="button" part="button" class="small" @click=${on.keep}>${t.draftKeep}</button>
          </div>`
        : nothing
    }
    ${keeper.aside ? html`<div class="notice draft-aside" role="status" tabindex="-1">${t.draftAside[keeper.aside]}</div>` : nothing}
    ${keeper.full ? html`<div class="notice draft-full" role="alert">${t.draftFull}</div>` : nothing}
  </div>`;
}

/** A saved-at time as the applicant reads it: 2021-11-01 10:00 in their own time zone. */
function formatTime(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
