import type { FormDefinition, JsonSchema } from '@guide-forms/core';
import { GuideFormsError } from '@guide-forms/core';
import { prefillFrom, summaryCategory } from '@guide-forms/core/tooling';
import { getFormSource } from './source.js';

/**
 * Pre-fills the summary form (附件7 指南凝练信息表) from a suggestion form's value, as the
 * summary's schema says: its fixed values (its own category) and every field of its copy
 * table (`x-copy-from` on the summary schema — the organisation and contact, the field and
 * keywords, `linked`: which form it summarises, plus `subtype`/`huiminType` for 科技创新基金,
 * which decide the 处室). Only what the applicant typed is copied; the rest stays blank.
 *
 * @example
 * summaryFrom(summaryForm.schema, keyRdValue).linked; // { category: 'key-rd', suggestionTitle: '…' }
 */
export function summaryFrom(summarySchema: JsonSchema, value: unknown): Record<string, unknown> {
  return prefillFrom(summarySchema, value);
}

/**
 * The summary of a suggestion form of a paired call (call.json `pair`): loads the summary
 * form of the same year (and call series `call`, default `dalian`) from the registered source
 * and pre-fills it from `value`. Rejects with a GuideFormsError when the call does not pair.
 *
 * @example
 * await summaryFor(keyRdForm, keyRdValue); // { classification: { category: 'summary', … }, linked: { category: 'key-rd', … }, … }
 */
export async function summaryFor(form: FormDefinition, value: unknown, call?: string): Promise<Record<string, unknown>> {
  const summary = summaryCategory(form.call);
  if (summary === undefined) {
    throw new GuideFormsError('no-pair', `${form.year} 年的征集没有凝练信息表（call.json 没有 "pair"）`, { pointer: '/pair' });
  }
  const engine = await getFormSource().load(summary, form.year, call);
  return summaryFrom(engine.getForm(summary, form.year).schema, value);
}
