// How the 汇总表 looks when opened and printed: read back with exceljs (as Excel would read it) —
// widths, frozen header, formats, wrapping, row heights, and the print set-up. LibreOffice is not
// in CI; `scripts/preview-docx.sh`'s way (soffice → PDF → PNG) was used to look at it by eye.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../src/batch/table.js';
import { headerText, LINE_PT, linesIn, rowHeight, textUnits } from '../src/batch/xlsx-layout.js';
import { cli } from './run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const tmp = mkdtempSync(join(tmpdir(), 'gf-batch-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let book: ExcelJS.Workbook;
beforeAll(async () => {
  const out = join(tmp, '汇总表.xlsx');
  // Every 附件2 and 附件4 example and every pair: rows that pass and rows with long 主要问题.
  const r = await cli(['batch', 'forms/key-rd/examples', 'forms/transfer/examples', 'forms/summary/pairs', '--now', NOW, '--xlsx', out]);
  expect(r.code).toBe(1);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
}, 60_000);

describe('the 汇总表 on screen', () => {
  it('has the columns at their widths, the header frozen and filterable, every text cell wrapped', () => {
    for (const sheet of book.worksheets) {
      expect(COLUMNS.map((_, i) => sheet.getColumn(i + 1).width)).toEqual([6, 22, 20, 28, 22, 12, 10, 14, 10, 48]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        expect(row.getCell(10).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
        expect(row.getCell(4).alignment).toMatchObject({ wrapText: true });
      });
    }
  });

  it('keeps 序号 a number and every other cell text (format @): a credit code never turns into a number', () => {
    const all = book.getWorksheet('汇总')!;
    for (let n = 2; n <= all.rowCount; n++) {
      const row = all.getRow(n);
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(1).value).toBe(n - 1);
      expect(row.getCell(1).numFmt).toBe('0');
      for (let c = 2; c <= COLUMNS.length; c++) expect(row.getCell(c).numFmt, `${row.getCell(c).address}`).toBe('@');
      expect(row.getCell(3).type).toBe(ExcelJS.ValueType.String);
    }
  });

  it('makes each row as tall as its longest wrapped text: a line of 15 pt per line that cell needs', () => {
    const all = book.getWorksheet('汇总')!;
    const heights: number[] = [];
    for (let n = 2; n <= all.rowCount; n++) {
      const row = all.getRow(n);
      // Each cell's lines at its column's inner width (one unit less), a Chinese character ~1.9 units.
      const lines = COLUMNS.map((c, i) => Math.max(1, Math.ceil(textUnits(String(row.getCell(i + 1).value ?? '')) / (c.width - 1))));
      expect(row.height, `row ${n}`).toBe(Math.max(...lines) * LINE_PT + 3);
      heights.push(row.height);
    }
    // Long 主要问题 make tall rows; the header row is one or two lines.
    expect(Math.max(...heights)).toBeGreaterThan(4 * LINE_PT);
    expect(all.getRow(1).height).toBeLessThanOrEqual(2 * LINE_PT + 3);
  });

  it('shades 是否通过 where it says 否, and only there', () => {
    const all = book.getWorksheet('汇总')!;
    let failed = 0;
    for (let n = 2; n <= all.rowCount; n++) {
      const cell = all.getRow(n).getCell(9);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (cell.value === '否') {
        failed++;
        expect(fill?.fgColor?.argb).toBe('FFF4CCCC');
      } else expect(fill?.fgColor).toBeUndefined();
    }
    expect(failed).toBeGreaterThan(0);
  });
});

describe('the 汇总表 on paper', () => {
  it('prints A4 landscape, one page wide, the header row on every page, the sheet’s title above and page numbers below', () => {
    for (const sheet of book.worksheets) {
      const setup = sheet.pageSetup;
      expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(setup.printTitlesRow).toBe('1:1');
      expect(setup.printArea).toBe(`A1:J${sheet.rowCount}`);
      expect(setup.margins).toMatchObject({ left: 0.4, right: 0.4 });
      const title = sheet.name === '汇总' ? '2022年度指南建议汇总表（全部）' : `2022年度指南建议汇总表（${sheet.name}）`;
      expect(sheet.headerFooter.oddHeader).toBe(`&C&B${title}`);
      expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    }
    expect(book.worksheets.map((w) => w.name).slice(0, 2)).toEqual(['汇总', '高新处']);
  });
});

describe('row-height arithmetic', () => {
  it('counts a Chinese character as ~1.9 units, breaks lines at the column’s inner width, honours newlines', () => {
    expect(textUnits('abc')).toBe(3);
    expect(textUnits('附件2')).toBeCloseTo(4.8);
    expect(textUnits('（全角）')).toBeCloseTo(7.6);
    expect(linesIn('', 10)).toBe(1);
    expect(linesIn('123456789', 10)).toBe(1); // 9 units in 9 of room
    expect(linesIn('1234567890', 10)).toBe(2);
    expect(linesIn('a\nb\nc', 10)).toBe(3);
    expect(linesIn(12345, 3)).toBe(3);
    expect(rowHeight(['短', '一二三四五六七八九十'], [10, 10])).toBe(3 * LINE_PT + 3);
  });

  it('doubles & in a page header, where it would start a code', () => {
    expect(headerText('R&D 处')).toBe('R&&D 处');
  });
});
