import type { Lang } from '@guide-forms/core';
import { cellText } from './cell-text.js';
import type { BatchResult } from './run.js';
import { COLUMNS, headerRow, inertText, summaryRow } from './table.js';

function field(value: string | number): string {
  const text = cellText(String(inertText(value)));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The 汇总表 as CSV (RFC 4180, CRLF): UTF-8 with a byte-order mark so Excel opens it in
 * Chinese; values that would start a formula are prefixed with `'`; control characters and what
 * XML forbids become U+FFFD, as in the XLSX ({@link cellText}).
 */
export function summaryCsv(result: BatchResult, lang: Lang): string {
  const rows = result.items.map((i) => summaryRow(i, lang));
  const lines = [headerRow(lang, result.recommendation !== null), ...rows.map((r) => COLUMNS.map((c) => r[c.key]))];
  return `\uFEFF${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;
}
