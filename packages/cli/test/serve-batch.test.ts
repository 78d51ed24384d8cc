import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, listen, post, Q_NOW, type Running } from './serve-helpers.js';

let server: Running;
beforeAll(async () => {
  server = await listen();
}, 60_000);
afterAll(() => server?.close());

const KEY_RD = 'forms/key-rd/examples/eligible.json';
const SUMMARY = 'forms/summary/examples/eligible.json';

describe('POST /v1/batch', () => {
  it('answers every suggestion’s verdicts and the findings across them', async () => {
    const form = example(KEY_RD);
    const res = await post(`${server.base}/v1/batch?${Q_NOW}`, [
      form,
      example(SUMMARY),
      form,
      example('forms/transfer/examples/fail-R19.json'),
      'not a form',
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      ok: boolean;
      items: {
        n: number;
        sources: string[];
        ok: boolean;
        form: { ok: boolean } | null;
        route: { department: string } | null;
        problem: string | null;
      }[];
      findings: { rule: string; items: number[] }[];
    };
    expect(body.ok).toBe(false);
    expect(body.items.map((i) => [i.n, i.sources, i.ok])).toEqual([
      [1, ['#/0', '#/1'], true],
      [2, ['#/2'], false],
      [3, ['#/3'], false],
      [4, ['#/4'], false],
    ]);
    expect(body.items[0]!.route!.department).toBe('高新处');
    expect(body.items[3]!.problem).toContain('#/4');
    expect(body.findings.map((f) => [f.rule, f.items])).toEqual([
      ['R3.summary', [2]],
      ['R3.summary', [3]],
      ['B1.duplicate', [1, 2]],
    ]);
  });

  it('?format=xlsx answers the 汇总表 as a workbook; ?format=csv as CSV with a BOM', async () => {
    const res = await post(`${server.base}/v1/batch?${Q_NOW}&format=xlsx`, [example(KEY_RD), example(SUMMARY)]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''%E6%B1%87%E6%80%BB%E8%A1%A8.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '高新处']);
    expect(book.getWorksheet('汇总')!.getCell('I2').value).toBe('是');
    const csv = await post(`${server.base}/v1/batch?${Q_NOW}&format=csv&lang=en`, [example(KEY_RD), example(SUMMARY)]);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('No.,Organisation,Credit code,Suggestion');
  });

  it('refuses what is not an array, an unknown format, or malformed JSON, with a JSON error', async () => {
    const notArray = await post(`${server.base}/v1/batch`, { category: 'key-rd' });
    expect(notArray.status).toBe(400);
    expect(((await notArray.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect((await post(`${server.base}/v1/batch?format=pdf`, [])).status).toBe(400);
    expect((await post(`${server.base}/v1/batch`, '[{"a":', { 'content-type': 'application/json' })).status).toBe(400);
    const empty = await post(`${server.base}/v1/batch?${Q_NOW}`, []);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({ ok: false, items: [], findings: [] });
  });

  it('names a problem inside an element by one pointer: #/1/classification/category, not #/1#/…', async () => {
    const res = await post(`${server.base}/v1/batch?${Q_NOW}`, [
      JSON.parse('{"__proto__":{"x":1}}'),
      { classification: { category: 'constructor' } },
      { category: 'nope', data: {}, summary: {} },
    ]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { problem: string | null }[] };
    expect(body.items.map((i) => i.problem)).toEqual([
      expect.stringMatching(/^#\/0\/classification\/category: 没有征集类别/),
      expect.stringMatching(/^#\/1\/classification\/category: 未知的征集类别 "constructor"/),
      expect.stringMatching(/^#\/2\/category: 未知的征集类别 "nope"/),
    ]);
  });
});
