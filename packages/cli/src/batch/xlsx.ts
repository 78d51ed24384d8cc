import type { Lang } from '@guide-forms/core';
import type ExcelJS from 'exceljs';
import { cellText, scrubWorkbook } from './cell-text.js';
import type { BatchItem } from './item.js';
import { addRecommendationSheet, recommenderOf } from './recommendation.js';
import type { BatchResult } from './run.js';
import { COLUMNS, headerRow, type SummaryRow, summaryRow } from './table.js';
import { headerText, rowHeight } from './xlsx-layout.js';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = cellText(name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28)) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}(${i})`;
  taken.add(candidate);
  return candidate;
}

/** What a printed page of a sheet says at its top: the year's 汇总表 and the sheet (全部 or the 处室). */
function pageTitle(year: number, sheet: string, lang: Lang): string {
  return cellText(lang === 'en' ? `${year} guide suggestions — summary (${sheet})` : `${year}年度指南建议汇总表（${sheet}）`);
}

const FAILED_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF4CCCC' } };

function addSheet(book: ExcelJS.Workbook, name: string, title: string, rows: SummaryRow[], lang: Lang, byRecommender: boolean): void {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    // A4 landscape, every column on one page wide (as many pages tall as needed), the header row on every page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      // &B (bold), not a font size: a size code runs into the year's digits that follow it (&142022).
      oddHeader: `&C&B${headerText(title)}`,
      oddFooter: lang === 'en' ? '&CPage &P of &N' : '&C第 &P 页，共 &N 页',
    },
  });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const widths = COLUMNS.map((c) => c.width);
  const header = sheet.addRow(headerRow(lang, byRecommender));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = rowHeight(headerRow(lang, byRecommender), widths);
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = BORDER;
  });
  const passed = COLUMNS.findIndex((c) => c.key === 'ok') + 1;
  const no = lang === 'en' ? 'No' : '否';
  for (const row of rows) {
    const values = COLUMNS.map((c) => row[c.key]);
    const added = sheet.addRow(values);
    added.alignment = { vertical: 'top', wrapText: true };
    added.height = rowHeight(values, widths);
    added.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = BORDER;
      // 序号 is a number; every other cell a string (never a formula) in the Text format (@),
      // so a value beginning with = + - @ stays text even when someone edits the cell.
      if (col === 1) {
        cell.numFmt = '0';
        cell.alignment = { vertical: 'top', horizontal: 'center' };
      } else cell.numFmt = '@';
      if (col === passed) {
        cell.alignment = { vertical: 'top', horizontal: 'center' };
        // A row that did not pass stands out on screen and, as grey, on paper.
        if (row.ok === no) cell.fill = FAILED_FILL;
      }
    });
  }
  const last = Math.max(1, rows.length + 1);
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + COLUMNS.length)}${last}`;
  if (rows.length) sheet.autoFilter = { from: 'A1', to: { row: last, column: COLUMNS.length } };
}

/**
 * The 汇总表 as an XLSX workbook: one sheet with every suggestion, then one per 处室 (in the
 * call's order of first appearance); column widths, rows as tall as their wrapped text, a frozen
 * header row, 是否通过 = 否 shaded; printed A4 landscape, fit to the page's width, the header row
 * repeated on every page under the sheet's title, “第 N 页，共 M 页” below. A call routed by
 * recommending unit with a 推荐汇总表 (`batch.perRecommender`) gets, after the first sheet, that
 * signed table once per unit.
 */
export async function summaryXlsx(result: BatchResult, lang: Lang): Promise<Uint8Array> {
  // Loaded when a 汇总表 is asked for: exceljs costs ~0.4 s to import, which `check` and
  // `serve` (whose batch route can answer XLSX) should not pay at start.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'guide-forms';
  const taken = new Set<string>();
  const rows = result.items.map((i) => summaryRow(i, lang));
  const all = lang === 'en' ? 'All' : '汇总';
  const table = result.recommendation;
  addSheet(book, sheetName(all, taken), pageTitle(result.year, lang === 'en' ? 'all' : '全部', lang), rows, lang, table !== null);
  if (table) {
    const byUnit = new Map<string, BatchItem[]>();
    for (const item of result.items) {
      if (item.problem !== null) continue; // unreadable input: listed on the first sheet, recommended by no one
      const unit = recommenderOf(item, lang);
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), item]);
    }
    for (const [unit, list] of byUnit) addRecommendationSheet(book, sheetName(unit, taken), table, unit, list, lang);
    scrubWorkbook(book);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  const byDept = new Map<string, SummaryRow[]>();
  for (const row of rows) {
    const dept = String(row.department) || (lang === 'en' ? 'No department' : '未确定处室');
    byDept.set(dept, [...(byDept.get(dept) ?? []), row]);
  }
  for (const [dept, list] of byDept) addSheet(book, sheetName(dept, taken), pageTitle(result.year, dept, lang), list, lang, false);
  scrubWorkbook(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
