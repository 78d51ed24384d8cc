import type { CategoryInfo, FormDefinition, Lang } from '@guide-forms/core';
import { pairsWithSummary, summaryCategory } from '@guide-forms/core/tooling';
import type { UiStrings } from '../i18n/strings.js';
import { summaryFor } from '../summary-prefill.js';

/** `detail` of `guide-form-summary`: the summary form (附件7) pre-filled from this one. */
export interface GuideFormSummaryDetail {
  value: Record<string, unknown>;
}

/** The element as the hand-over reaches it: its value, its call series, and where the event goes. */
export interface SummaryHost extends EventTarget {
  readonly value: Record<string, unknown>;
  readonly call?: string | undefined;
}

/**
 * The label of the way on to the summary form of a paired call, named by that form's title and
 * attachment as the year's categories give them (`填写指南凝练信息表（附件7）`), or null when
 * `form` does not pair with a summary. Nothing of it is written in the element: another call's
 * summary form names itself.
 *
 * @example
 * summaryButtonLabel(engine, keyRdForm, 'zh-CN', uiStrings('zh-CN')); // '填写指南凝练信息表（附件7）'
 */
export function summaryButtonLabel(
  engine: { listCategories(year?: number): CategoryInfo[] } | null,
  form: FormDefinition,
  lang: Lang,
  t: UiStrings,
): string | null {
  const summary = summaryCategory(form.call);
  if (summary === undefined || !pairsWithSummary(form.call, form.category)) return null;
  const info = engine?.listCategories(form.year).find((c) => c.category === summary);
  const title = info ? (lang === 'en' ? info.titleEn : info.title) : summary;
  const attachment = info?.attachment ? t.attachment(info.attachment) : '';
  return t.summaryButton(attachment ? (lang === 'en' ? `${title} (${attachment})` : `${title}（${attachment}）`) : title);
}

/**
 * “填写指南凝练信息表”: loads the year's summary form (call.json `pair`) and hands the page its
 * value pre-filled from `host`'s, as `guide-form-summary`. A summary form that cannot load is
 * reported on the console; the page keeps the form it shows.
 */
export async function openSummary(host: SummaryHost, form: FormDefinition): Promise<void> {
  let value: Record<string, unknown>;
  try {
    value = await summaryFor(form, host.value, host.call);
  } catch (error) {
    console.warn(`GF_SUMMARY_LOAD: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  host.dispatchEvent(new CustomEvent<GuideFormSummaryDetail>('guide-form-summary', { detail: { value }, bubbles: true, composed: true }));
}
