import type { Lang } from '@guide-forms/core';
import { inline } from '../terminal.js';
import type { BatchResult } from './run.js';
import { summaryRow } from './table.js';

/**
 * The terminal report of a batch: one line per suggestion with its problems, then the checks
 * across them. Every text from the submissions (a file name, a unit, a title, a message quoting
 * them) goes through `inline`, as `check`'s does: a line break in it shows as `\n` and cannot
 * break the item's line or fake another.
 */
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
    const row = inline(summaryRow(item, lang));
    const where = [row.attachment, row.department, row.submission].filter(Boolean).join(' · ');
    lines.push(
      `${item.ok ? '✓' : '✗'} ${item.n}. ${row.unit || '—'}「${row.title || '—'}」 ${where}  [${inline(item.sources).join(', ')}]`,
    );
    if (row.problems) for (const p of String(row.problems).split(en ? '; ' : '；')) lines.push(`      ${p}`);
  }
  if (result.findings.length) {
    lines.push('', en ? `Across the batch (${result.findings.length}):` : `跨建议检查（${result.findings.length} 项）：`);
    const mark = { block: '✗', warn: '!', info: 'i' } as const;
    for (const f of result.findings) {
      lines.push(
        `  ${mark[f.severity]} ${f.rule} ${en ? 'items' : '第'} ${f.items.join(en ? ', ' : '、')}${en ? '' : ' 条'}：${inline(f.message)}`,
      );
      if (f.clause) lines.push(`      ${en ? 'Notice' : '通知原文'}：“${inline(f.clause)}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}
