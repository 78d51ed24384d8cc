import { xmlSafe } from '@guide-forms/export';
import type ExcelJS from 'exceljs';

/**
 * What no 汇总表 cell may hold, replaced by U+FFFD (�) in the XLSX and the CSV alike: every
 * character XML 1.0 forbids (the export package's `xmlSafe`, as in the DOCX), plus DEL and the C1
 * controls, which XML allows but a terminal showing the CSV would obey (`\x9b` starts an escape
 * sequence). Replaced, not dropped: the reader sees that a character was there. One applicant's
 * unitName ending in U+FFFF made `xl/sharedStrings.xml` not well-formed — Excel reported the whole
 * workbook damaged.
 */
const CONTROLS = /[\u007F-\u009F]/g;

/**
 * A text as a spreadsheet cell may hold it (see {@link CONTROLS}).
 *
 * @example
 * cellText('大连\uFFFF公司\u0000'); // '大连�公司�'
 */
export function cellText(text: string): string {
  return xmlSafe(text).replace(CONTROLS, '\uFFFD');
}

/**
 * Every string cell of every sheet through {@link cellText}, just before the workbook is
 * written: the one place that sees each text the sheets were given, whoever added it.
 */
export function scrubWorkbook(book: ExcelJS.Workbook): void {
  book.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (typeof cell.value === 'string') {
          const safe = cellText(cell.value);
          if (safe !== cell.value) cell.value = safe;
        }
      });
    });
  });
}
