import type { Lang } from '@guide-forms/core';
import { submissionText } from '@guide-forms/export';
import type { BatchItem } from './item.js';

/**
 * The 汇总表's columns, in order, with the width (in characters; a Chinese character is two) each gets
 * in the XLSX. Together ~180: A4 landscape prints them at about 80 %, text wrapping inside its column.
 */
export const COLUMNS = [
  { key: 'n', zh: '序号', en: 'No.', width: 6 },
  { key: 'unit', zh: '单位', en: 'Organisation', width: 22 },
  { key: 'creditCode', zh: '统一社会信用代码', en: 'Credit code', width: 20 },
  { key: 'title', zh: '建议名称', en: 'Suggestion', width: 28 },
  { key: 'attachment', zh: '类别', en: 'Category', width: 22 },
  { key: 'domain', zh: '领域', en: 'Field', width: 12 },
  { key: 'department', zh: '归口处室', en: 'Department', width: 10 },
  { key: 'submission', zh: '提交方式', en: 'Submitted', width: 14 },
  { key: 'ok', zh: '是否通过', en: 'Passed', width: 10 },
  { key: 'problems', zh: '主要问题', en: 'Main problems', width: 48 },
] as const;

export type SummaryRow = Record<(typeof COLUMNS)[number]['key'], string | number>;

/** Blocking problems first (form errors, then findings), then warnings; `；`-separated. */
function problemsOf(item: BatchItem, lang: Lang): string {
  if (item.problem) return item.problem;
  const errors = [...(item.form?.errors ?? []), ...(item.summary?.errors ?? [])].map((e) => e.message);
  const findings = [...(item.form?.findings ?? []), ...(item.summary?.findings ?? []), ...item.findings];
  const block = findings.filter((f) => f.severity === 'block').map((f) => `${f.rule} ${f.message}`);
  const warn = findings
    .filter((f) => f.severity === 'warn')
    .map((f) => `${lang === 'en' ? '(warning) ' : '（提示）'}${f.rule} ${f.message}`);
  const closed = [item.form, item.summary].find((v) => v && !v.open);
  const window = closed ? [closed.window.message] : [];
  // A finding shared by both halves (the same unit's check character) is listed once.
  return [...new Set([...errors, ...block, ...window, ...warn])].join(lang === 'en' ? '; ' : '；');
}

/**
 * The 汇总表's row of an item: 序号, 单位, 统一社会信用代码, 建议名称, 类别 (附件N), 领域, 归口处室,
 * 提交方式 (直接提交 / 经科研部门审核), 是否通过, 主要问题.
 */
export function summaryRow(item: BatchItem, lang: Lang): SummaryRow {
  const yes = lang === 'en' ? 'Yes' : '是';
  const no = lang === 'en' ? 'No' : '否';
  return {
    n: item.n,
    unit: item.unit,
    creditCode: item.creditCode,
    title: item.title,
    attachment: item.attachment,
    domain: item.domain,
    department: item.route?.department ?? '',
    submission: submissionText(item.route?.submission, lang),
    ok: item.ok ? yes : no,
    problems: problemsOf(item, lang),
  };
}

/** The header row in the language asked; the route's column is 推荐单位 for a call routed by recommending unit. */
export function headerRow(lang: Lang, byRecommender = false): string[] {
  return COLUMNS.map((c) =>
    byRecommender && c.key === 'department' ? (lang === 'en' ? 'Recommending unit' : '推荐单位') : lang === 'en' ? c.en : c.zh,
  );
}

/**
 * A cell's text made safe for spreadsheets: a value that begins with `=`, `+`, `-`, `@` (or a
 * tab / carriage return, which some programs skip before reading a formula) gets a leading `'`,
 * so Excel, WPS and LibreOffice show it as text instead of running it (CSV/formula injection).
 *
 * @example
 * inertText('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 */
export function inertText(value: string | number): string | number {
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
