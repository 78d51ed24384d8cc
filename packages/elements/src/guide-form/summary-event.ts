import type { FormDefinition } from '@guide-forms/core';
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
