// One applicant's text must not damage the 汇总表: what XML 1.0 forbids (U+FFFE, U+FFFF, lone
// surrogates, C0 controls) and the controls a terminal would obey become U+FFFD in the XLSX and
// the CSV alike.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellText } from '../src/batch/cell-text.js';
import { cli, REPO } from './run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const tmp = mkdtempSync(join(tmpdir(), 'gf-batch-unsafe-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** XML 1.0's Char production, negated: a character no XML document may hold. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const UNIT = '大连\u0000\u001b[31m某\u009b公司\uFFFE\uD800x\uDC00\uFFFF';
const SHOWN = '大连\uFFFD\uFFFD[31m某\uFFFD公司\uFFFD\uFFFDx\uFFFD\uFFFD';
const TITLE = '含 😀 的名称\u0007';

let xlsx: string;
let csv: string;
beforeAll(async () => {
  const data = JSON.parse(readFileSync(join(REPO, 'forms/key-rd/examples/eligible.json'), 'utf8'));
  data.unit.unitName = UNIT;
  data.content.title = TITLE;
  writeFileSync(join(tmp, 'a.json'), JSON.stringify(data));
  xlsx = join(tmp, '汇总表.xlsx');
  csv = join(tmp, '汇总表.csv');
  const r = await cli(['batch', join(tmp, 'a.json'), '--now', NOW, '--xlsx', xlsx, '--csv', csv]);
  expect(r.stderr).toBe('');
}, 60_000);

describe('the 汇总表 with forbidden characters in an applicant’s text', () => {
  it('writes XLSX parts that hold only XML characters', async () => {
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml'));
    expect(parts).toContain('xl/sharedStrings.xml');
    for (const name of parts) {
      const text = await zip.file(name)!.async('string');
      expect(NOT_XML_CHAR.exec(text)?.[0], name).toBeUndefined();
    }
  });

  it('reads back with exceljs: row 2 is the applicant, the characters replaced by U+FFFD, emoji kept', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const row = book.getWorksheet('汇总')!.getRow(2);
    expect(row.getCell(2).value).toBe(SHOWN);
    expect(row.getCell(4).value).toBe('含 😀 的名称\uFFFD');
  });

  it('writes the CSV with the same replacements: no NUL, ESC or C1 control left', () => {
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`,${SHOWN},`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
  });

  it('cellText keeps tab, newline and a whole surrogate pair', () => {
    expect(cellText('a\tb\r\nc😀')).toBe('a\tb\r\nc😀');
    expect(cellText('\uD83D')).toBe('\uFFFD');
  });
});
