import { getPointer, setPointer } from '@guide-forms/core';

/** Fields of 附件1–6 the summary form (附件7) takes over as they are: [from, to]. */
const COPY: readonly (readonly [string, string])[] = [
  ['/unit', '/unit'],
  ['/classification/domain', '/classification/domain'],
  ['/classification/otherDomain', '/classification/otherDomain'],
  ['/classification/keywords', '/classification/keywords'],
  ['/project/subtype', '/linked/subtype'],
  ['/project/huiminType', '/linked/huiminType'],
  ['/content/title', '/linked/suggestionTitle'],
  ['/project/durationMonths', '/project/durationMonths'],
  ['/indicators/binding', '/indicators/binding'],
  ['/declarations/ackConsultOnly', '/declarations/ackConsultOnly'],
  ['/declarations/involvesSecret', '/declarations/involvesSecret'],
  ['/declarations/secretHandled', '/declarations/secretHandled'],
];

/**
 * Pre-fills the summary form (附件7 指南凝练信息表) from a suggestion form of 附件1–6:
 * the organisation and contact, the field and keywords, and `linked` — which form it
 * summarises (`linked.category`, plus `subtype`/`huiminType` for 科技创新基金, which
 * decide the 处室). Only what the applicant typed is copied; the rest stays blank.
 *
 * @example
 * summaryFrom('key-rd', keyRdValue).linked; // { category: 'key-rd', suggestionTitle: '…' }
 */
export function summaryFrom(category: string, value: unknown): Record<string, unknown> {
  let out: Record<string, unknown> = { classification: { category: 'summary' }, linked: { category } };
  for (const [from, to] of COPY) {
    const v = getPointer(value, from);
    if (v !== undefined && v !== null && v !== '') out = setPointer(out, to, structuredClone(v));
  }
  return out;
}
