import type { Lang, RecommendationTable } from '@guide-forms/core';
import { getPointer } from '@guide-forms/core/tooling';
import type ExcelJS from 'exceljs';
import type { BatchItem } from './item.js';
import { inertText } from './table.js';
import { rowHeight } from './xlsx-layout.js';

/**
 * The 推荐汇总表 (Yichang 2022 附件2): a call routed by recommending unit (归口管理单位) has each unit
 * sign and stamp one table of the demands it recommends — “将领导签字并加盖公章的项目汇总表（附件2）……
 * 报送至市科技局”. What the table shows comes from `call.json#/batch/perRecommender`; this file lays
 * it out as a printable sheet: 附件号, title, 推荐单位（盖章）：unit, the table, the signature line.
 */

/** A value as a table cell: lists joined with 、, yes/no in words, nothing for blank. */
function cellText(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v, lang)).join(lang === 'en' ? ', ' : '、');
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'Yes' : 'No') : value ? '是' : '否';
  if (typeof value === 'object') return '';
  return String(value).trim();
}

/** The row's cells of the table's `columns`, read from a submission. */
export function recommendationCells(table: RecommendationTable, data: unknown, lang: Lang): string[] {
  return table.columns.map((c) => cellText(getPointer(data, c.pointer), lang));
}

/** The unit an item goes to: the recommending unit of its route, or a sheet for those without one. */
export function recommenderOf(item: BatchItem, lang: Lang): string {
  if (item.route?.submission === 'recommended') return item.route.department;
  return lang === 'en' ? 'No recommending unit chosen' : '未选择推荐单位';
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The signed table of one recommending unit, as a worksheet laid out for A4 landscape. */
export function addRecommendationSheet(
  book: ExcelJS.Workbook,
  name: string,
  table: RecommendationTable,
  unit: string,
  items: readonly BatchItem[],
  lang: Lang,
): void {
  const en = lang === 'en';
  const pick = (m: { 'zh-CN': string; en: string }): string => (en ? m.en : m['zh-CN']);
  const headers = [en ? 'No.' : '序号', ...table.columns.map((c) => pick(c.title)), en ? 'Check result' : '审核结果'];
  const widths = [6, ...table.columns.map((c) => c.width ?? 18), 14];
  const sheet = book.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  const span = (row: ExcelJS.Row): void => {
    sheet.mergeCells(row.number, 1, row.number, headers.length);
  };

  if (table.attachment) sheet.addRow([table.attachment]).font = { bold: true };
  const title = sheet.addRow([pick(table.title)]);
  span(title);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 30;
  const unitRow = sheet.addRow([`${pick(table.unitLabel)}${en ? ': ' : '：'}${inertText(unit)}`]);
  span(unitRow);
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  // Spreadsheet programs do not grow a row they did not lay out: wrapped titles would run over the rows below.
  header.height = rowHeight(headers, widths);
  header.eachCell((cell) => {
    cell.border = BORDER;
  });
  items.forEach((item, i) => {
    const verdict = item.ok ? (en ? 'Passed' : '通过') : en ? 'Not passed' : '未通过';
    const values = [i + 1, ...(item.cells ?? []).map(inertText), verdict];
    const row = sheet.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight(values, widths);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = BORDER;
      // Text stays text: a value that begins with = + - @ is never a formula (see inertText).
      if (col > 1) cell.numFmt = '@';
    });
  });
  sheet.addRow([]);
  const signature = sheet.addRow([pick(table.signature)]);
  span(signature);
  signature.height = 36;
  signature.alignment = { vertical: 'bottom' };
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + headers.length)}${signature.number}`;
  sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
}
