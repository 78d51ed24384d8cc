import type { Lang } from '@guide-forms/core';
import type ExcelJS from 'exceljs';
import type { BatchItem } from './item.js';
import { addRecommendationSheet, recommenderOf } from './recommendation.js';
import type { BatchResult } from './run.js';
import { COLUMNS, headerRow, type SummaryRow, summaryRow } from './table.js';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate); i++) candidate = `${base}(${i})`;
  taken.add(candidate);
  return candidate;
}

function addSheet(book: ExcelJS.Workbook, name: string, rows: SummaryRow[], lang: Lang, byRecommender: boolean): void {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const header = sheet.addRow(headerRow(lang, byRecommender));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = BORDER;
  });
  for (const row of rows) {
    const added = sheet.addRow(COLUMNS.map((c) => row[c.key]));
    added.alignment = { vertical: 'top', wrapText: true };
    added.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.border = BORDER;
      // Text cells are strings (never formulas) in the Text format (@), so a value beginning
      // with = + - @ stays text even when someone edits the cell.
      if (col > 1) cell.numFmt = '@';
    });
  }
  const last = Math.max(1, rows.length + 1);
  sheet.pageSetup.printArea = `A1:${String.fromCharCode(64 + COLUMNS.length)}${last}`;
  if (rows.length) sheet.autoFilter = { from: 'A1', to: { row: last, column: COLUMNS.length } };
}

/**
 * The 汇总表 as an XLSX workbook: one sheet with every suggestion, then one per 处室 (in the
 * call's order of first appearance); column widths, a frozen header row, A4 landscape print
 * area with the header repeated on every page. A call routed by recommending unit with a
 * 推荐汇总表 (`batch.perRecommender`) gets, after the first sheet, that signed table once per unit.
 */
export async function summaryXlsx(result: BatchResult, lang: Lang): Promise<Uint8Array> {
  // Loaded when a 汇总表 is asked for: exceljs costs ~0.4 s to import, which `check` and
  // `serve` (whose batch route can answer XLSX) should not pay at start.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'guide-forms';
  const taken = new Set<string>();
  const rows = result.items.map((i) => summaryRow(i, lang));
  const table = result.recommendation;
  addSheet(book, sheetName(lang === 'en' ? 'All' : '汇总', taken), rows, lang, table !== null);
  if (table) {
    const byUnit = new Map<string, BatchItem[]>();
    for (const item of result.items) {
      if (item.problem !== null) continue; // unreadable input: listed on the first sheet, recommended by no one
      const unit = recommenderOf(item, lang);
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), item]);
    }
    for (const [unit, list] of byUnit) addRecommendationSheet(book, sheetName(unit, taken), table, unit, list, lang);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  const byDept = new Map<string, SummaryRow[]>();
  for (const row of rows) {
    const dept = String(row.department) || (lang === 'en' ? 'No department' : '未确定处室');
    byDept.set(dept, [...(byDept.get(dept) ?? []), row]);
  }
  for (const [dept, list] of byDept) addSheet(book, sheetName(dept, taken), list, lang, false);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
