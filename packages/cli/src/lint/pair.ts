import type { CallFile } from '@guide-forms/core/node';
import { type FieldInfo, PAIR_RULES } from '@guide-forms/core/tooling';
import type { Problems } from '../admin/problems.js';
import { closest } from '../admin/problems.js';
import type { FormFields } from './forms.js';

/** `pair.rules.json`: rules about a suggestion form and its summary together. */
export function isPairFile(name: string): boolean {
  return name === PAIR_RULES;
}

function info(pattern: string, title: string, titleEn: string): FieldInfo {
  return { pattern, title, titleEn, unit: undefined, unitEn: undefined, schema: { type: 'string' } };
}

function prefixed(out: Map<string, FieldInfo>, prefix: string, fields: Map<string, FieldInfo>): void {
  for (const [pattern, field] of fields) out.set(`${prefix}${pattern}`, { ...field, pattern: `${prefix}${pattern}` });
}

/**
 * The fields a pair rule can read for a suggestion form of `category`: `/category`, the
 * form's fields under `/data` and the summary's under `/summary` — the document
 * `{ category, data, summary }` that `evaluateSubmission` runs the pair rules on.
 */
export function pairFields(forms: FormFields, category: string, summary: string): Map<string, FieldInfo> | undefined {
  const form = forms.get(category);
  const sum = forms.get(summary);
  if (!form || !sum) return undefined;
  const out = new Map<string, FieldInfo>([['', info('', '配对', 'pair')]]);
  out.set('/category', info('/category', '征集表的类别', 'Category of the suggestion form'));
  prefixed(out, '/data', form);
  prefixed(out, '/summary', sum);
  return out;
}

/**
 * The summary category of a paired year, from call.json's `pair.summary`; reported (on
 * call.json, with a hint) when the year has pair rules but the call does not pair, or when
 * `pair.summary` is not a category the call opens.
 */
export function checkPairSummary(call: CallFile, callRel: string, year: number, problems: Problems): string | undefined {
  const categories = Array.isArray(call.categories) ? call.categories : [];
  const pair = call.pair as { summary?: unknown } | undefined;
  if (typeof pair !== 'object' || pair === null) {
    problems.error(
      'pair-summary',
      callRel,
      '/pair',
      `有 ${PAIR_RULES}.rules.json，但 ${year} 年的 call.json 没有写明配对（凝练信息表的类别）`,
      {
        expected: '{ "summary": "<category>" }',
        found: '（没有）',
        hint: '在 call.json 中写 "pair": { "summary": "summary" }',
      },
    );
    return undefined;
  }
  const summary = pair.summary;
  if (typeof summary === 'string' && categories.includes(summary)) return summary;
  const near = typeof summary === 'string' ? closest(summary, categories) : undefined;
  problems.error('pair-summary', callRel, '/pair/summary', `call.json 的 pair.summary 应为凝练信息表的类别（${year} 年开放的类别之一）`, {
    expected: `one of: ${categories.join(', ')}`,
    found: JSON.stringify(summary) ?? '（没有）',
    hint: near ? `是否应为 "${near}"？` : '写 "pair": { "summary": "summary" }',
  });
  return undefined;
}
