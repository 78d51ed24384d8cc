import type { FormDefinition } from '@guide-forms/core';
import { summaryFor } from '../summary-prefill.js';

/** `detail` of `guide-form-summary`: the summary form (附件7) pre-filled from this one. */
export interface GuideFormSummaryDetail {
  value: Record<string, unknown>;
}

/**
 * “填写指南凝练信息表”: loads the year's summary form (call.json `pair`) and hands the page its
 * value pre-filled from `host`'s, as `guide-form-summary`. A summary form that cannot load is
 * reported on the console; the page keeps the form it shows.
 */
export async function openSummary(host: EventTarget & { readonly value: Record<string, unknown> }, form: FormDefinition): Promise<void> {
  let value: Record<string, unknown>;
  try {
    value = await summaryFor(form, host.value);
  } catch (error) {
    console.warn(`GF_SUMMARY_LOAD: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  host.dispatchEvent(new CustomEvent<GuideFormSummaryDetail>('guide-form-summary', { detail: { value }, bubbles: true, composed: true }));
}
