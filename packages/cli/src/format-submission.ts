import type { Lang, SubmissionVerdict } from '@guide-forms/core/node';
import { formatVerdict } from './format-verdict.js';

const MARK = { block: '✗', warn: '!', info: 'i' } as const;

/**
 * The human report of a pair: the pair's status and findings, then each half as `check`
 * prints a single form. The summary half is shown with the pair's route (the form's): the
 * pair goes to one office, whatever the summary alone would say.
 */
export function formatSubmission(v: SubmissionVerdict, files: { form: string; summary: string }, lang: Lang): string {
  const en = lang === 'en';
  const lines: string[] = [];
  const status = v.ok
    ? en
      ? 'OK — both forms ok and they agree'
      : '通过：征集表和凝练信息表均通过，且彼此一致'
    : en
      ? 'NOT OK'
      : '未通过';
  lines.push(`${en ? 'Suggestion' : '建议'} ${v.form.category} + ${v.summary.category} · ${v.form.year}: ${status}`);
  if (v.findings.length) {
    lines.push(en ? `The pair (${v.findings.length}):` : `配对检查（${v.findings.length} 项）：`);
    for (const f of v.findings) {
      lines.push(`  ${MARK[f.severity]} ${f.rule} ${f.message}  [${f.pointers.slice(0, 2).join(' ')}${f.pointers.length > 2 ? ' …' : ''}]`);
      lines.push(`      ${en ? 'Notice' : '通知原文'}：“${f.clause}”`);
    }
  }
  lines.push('', formatVerdict(v.form, files.form, lang).trimEnd());
  lines.push('', formatVerdict({ ...v.summary, route: v.route }, files.summary, lang).trimEnd());
  return `${lines.join('\n')}\n`;
}
