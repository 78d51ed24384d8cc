import type { Lang } from '@guide-forms/core';
import type { BatchResult } from './run.js';
import { summaryRow } from './table.js';

/** The terminal report of a batch: one line per suggestion with its problems, then the checks across them. */
export function formatBatch(result: BatchResult, files: number, lang: Lang): string {
  const en = lang === 'en';
  const passed = result.items.filter((i) => i.ok).length;
  const failed = result.items.length - passed;
  const lines = [
    en
      ? `guide-forms batch · ${result.year}: ${result.items.length} suggestion(s) from ${files} file(s) — ${passed} passed, ${failed} not passed`
      : `guide-forms batch · ${result.year} 年度：${files} 个文件，${result.items.length} 条建议——通过 ${passed} 条，未通过 ${failed} 条`,
  ];
  for (const item of result.items) {
    const row = summaryRow(item, lang);
    const where = [row.attachment, row.department, row.submission].filter(Boolean).join(' · ');
    lines.push(`${item.ok ? '✓' : '✗'} ${item.n}. ${row.unit || '—'}「${row.title || '—'}」 ${where}  [${item.sources.join(', ')}]`);
    if (row.problems) for (const p of String(row.problems).split(en ? '; ' : '；')) lines.push(`      ${p}`);
  }
  if (result.findings.length) {
    lines.push('', en ? `Across the batch (${result.findings.length}):` : `跨建议检查（${result.findings.length} 项）：`);
    const mark = { block: '✗', warn: '!', info: 'i' } as const;
    for (const f of result.findings) {
      lines.push(
        `  ${mark[f.severity]} ${f.rule} ${en ? 'items' : '第'} ${f.items.join(en ? ', ' : '、')}${en ? '' : ' 条'}：${f.message}`,
      );
      if (f.clause) lines.push(`      ${en ? 'Notice' : '通知原文'}：“${f.clause}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}
