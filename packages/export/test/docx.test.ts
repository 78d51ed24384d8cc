// Word repeats a table's header rows on every page only for a top-level table, and only rows
// contiguous with its first (ECMA-376 §17.4.49; a nested table never repeats them). These tests
// read the DOCX's XML to check that every list is laid out so that Word will do it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEngine } from '@guide-forms/core/node';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPaper, paperDocx } from '../src/index.js';

const ROOT = join(import.meta.dirname, '../../..');
const NOW = '2021-11-01T10:00:00+08:00';
const engine = loadEngine(ROOT);

async function documentXml(category: string, data: unknown): Promise<string> {
  const verdict = engine.evaluate(category, data, { now: NOW });
  const bytes = await paperDocx(buildPaper([{ form: engine.getForm(category, verdict.year), data, verdict }], { lang: 'zh-CN' }));
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

interface Tbl {
  depth: number;
  rows: { header: boolean; text: string }[];
}

/** Every `<w:tbl>` of the body with its nesting depth and its own rows (a row's text, whether it repeats). */
function tables(xml: string): Tbl[] {
  const out: Tbl[] = [];
  const open: Tbl[] = [];
  let row: { header: boolean; text: string } | null = null;
  for (const m of xml.matchAll(/<(\/?)w:(tbl|tr|tblHeader|t)(?=[\s>/])[^>]*?(\/?)>([^<]*)/g)) {
    const [, close, tag, selfClose, after] = m;
    if (tag === 'tbl' && !close) {
      const t: Tbl = { depth: open.length + 1, rows: [] };
      out.push(t);
      open.push(t);
    } else if (tag === 'tbl') open.pop();
    else if (tag === 'tr' && !close) {
      row = { header: false, text: '' };
      open.at(-1)?.rows.push(row);
    } else if (tag === 'tr') row = null;
    else if (tag === 'tblHeader' && row && !/w:val="(false|0|off)"/.test(m[0])) row.header = true;
    else if (tag === 't' && !close && !selfClose && row && open.length) row.text += after;
  }
  return out;
}

const example = (category: string) => JSON.parse(readFileSync(join(ROOT, `forms/${category}/examples/eligible.json`), 'utf8'));

describe('lists in the DOCX repeat their header rows across pages in Word', () => {
  it('key-rd: 阶段性考核指标 (考核节点) is a top-level table whose label and column-header rows are marked w:tblHeader', async () => {
    const data = example('key-rd');
    // Twenty 考核节点: longer than a page, the case where the header must repeat.
    data.indicators.milestones = Array.from({ length: 20 }, (_, i) => ({
      dueMonth: '2023-06',
      item: `节点 ${i + 1}`,
      target: i + 1,
      unit: '项',
    }));
    const all = tables(await documentXml('key-rd', data));
    expect(all.every((t) => t.depth === 1)).toBe(true); // nothing nested
    const milestones = all.find((t) => t.rows[0]?.text.includes('阶段性考核指标'));
    expect(milestones, 'a table starting with 阶段性考核指标').toBeDefined();
    const rows = milestones!.rows;
    expect(rows.slice(0, 2).map((r) => r.header)).toEqual([true, true]);
    expect(rows[1]!.text).toMatch(/^序号/);
    expect(rows.slice(2).some((r) => r.header)).toBe(false);
    expect(rows.slice(2)).toHaveLength(20);
    expect(rows[2]!.text).toContain('节点 1');
  });

  it('every form: each table’s repeating rows come first, and only list tables repeat any', async () => {
    for (const category of ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international', 'summary']) {
      const all = tables(await documentXml(category, example(category)));
      expect(all.length, category).toBeGreaterThan(1);
      for (const t of all) {
        expect(t.depth, category).toBe(1);
        const headers = t.rows.filter((r) => r.header).length;
        // Rows marked after a row that is not are ignored by Word: the marked ones must be a prefix.
        expect(
          t.rows.slice(0, headers).every((r) => r.header),
          `${category}: ${t.rows[0]?.text}`,
        ).toBe(true);
        if (headers) expect(headers, `${category}: ${t.rows[0]?.text}`).toBe(2);
      }
    }
  });

  it('an empty list still prints its header and one blank row to fill in by hand', async () => {
    const data = example('key-rd');
    data.indicators.milestones = [];
    const milestones = tables(await documentXml('key-rd', data)).find((t) => t.rows[0]?.text.includes('阶段性考核指标'));
    expect(milestones?.rows.map((r) => r.header)).toEqual([true, true, false]);
    expect(milestones?.rows[2]?.text).toBe('');
  });
});

describe('line spacing', () => {
  it('the default 1.25 lines is proportional (lineRule auto), so a title that wraps in English does not overlap itself', async () => {
    const data = example('regional');
    const verdict = engine.evaluate('regional', data, { now: NOW, lang: 'en' });
    const bytes = await paperDocx(buildPaper([{ form: engine.getForm('regional', verdict.year), data, verdict }], { lang: 'en' }));
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    // Without a lineRule, LibreOffice set every line of the 22 pt title 15 pt apart (exactly), its two lines on top of each other.
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing (?=[^>]*w:line="300")(?=[^>]*w:lineRule="auto")[^>]*\/>/);
  });
});
