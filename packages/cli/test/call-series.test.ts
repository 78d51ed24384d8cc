// A second call series, Yichang 2022 揭榜制 (calls/yichang/), through every command with --call,
// over HTTP with ?call=, and its 推荐汇总表 per recommending unit — Dalian unchanged beside it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO } from './run-cli.js';
import { listen, post, type Running } from './serve-helpers.js';

const EXAMPLES = 'calls/yichang/forms/jiebang/examples';
const NOW = '2022-08-01T10:00:00+08:00';
const tmp = mkdtempSync(join(tmpdir(), 'gf-series-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  delete process.env.GUIDE_FORMS_ROOT;
});

const example = (name: string) => JSON.parse(readFileSync(join(REPO, EXAMPLES, name), 'utf8'));

describe('guide-forms --call yichang', () => {
  it('test passes every embedded test and example of the series', async () => {
    const r = await cli(['test', '--call', 'yichang']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/通过 OK：\d+ 通过 passed，0 失败 failed/);
    expect(r.stdout).toContain('forms/jiebang/examples/fail-R2.revenue.json');
  });

  it('lint passes the series', async () => {
    const r = await cli(['lint', '--call=yichang']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^通过 OK：0 个错误/m);
  });

  it('check judges a demand by Yichang’s rules, the band and ratio in the message', async () => {
    const r = await cli(['check', 'jiebang', `${EXAMPLES}/fail-R2.json`, '--now', NOW, '--call', 'yichang']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('推荐单位：夷陵区科技（和经信）局（由其统一推荐）');
    expect(r.stdout).toContain('比例为 3.99%，未达到高新技术企业研发投入强度要求：销售收入在5000万元至2亿元的企业比例不低于 4%');
    const ok = await cli(['check', 'jiebang', `${EXAMPLES}/eligible.json`, '--call', 'yichang', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).window).toMatchObject({ state: 'open', opens: '2022-07-18', closes: null });
  });

  it('keeps Dalian the default: its categories are not Yichang’s', async () => {
    const r = await cli(['check', 'jiebang', `${EXAMPLES}/eligible.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('jiebang');
    expect((await cli(['check', 'key-rd', 'forms/key-rd/examples/eligible.json', '--now', '2021-11-01T10:00:00+08:00'])).code).toBe(0);
  });

  it('an unknown or empty series is a usage error naming the series there are', async () => {
    const r = await cli(['test', '--call', 'wuhan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有名为 "wuhan" 的征集系列（已有：dalian、yichang）');
    const empty = await cli(['test', '--call']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--call 需要一个征集系列名');
    expect((await cli(['test', '--call', '../rules'])).code).toBe(2);
  });

  it('rollover makes 2023 of the series, in the series’ folder, keeping the window open-ended', async () => {
    const root = join(tmp, 'rollover');
    mkdirSync(join(root, 'forms'), { recursive: true });
    mkdirSync(join(root, 'rules'), { recursive: true });
    cpSync(join(REPO, 'calls/yichang'), join(root, 'calls/yichang'), { recursive: true });
    const r = await cli(['rollover', '2022', '2023', '--call', 'yichang'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const call = JSON.parse(readFileSync(join(root, 'calls/yichang/rules/2023/call.json'), 'utf8'));
    expect(call).toMatchObject({ year: 2023, draft: true, window: { opens: '2023-07-18', closes: null } });
    const diff = await cli(['diff', '2022', '2023', '--call', 'yichang'], root);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('2023-07-18');
  });
});

describe('guide-forms batch --call yichang: the 推荐汇总表 per recommending unit', () => {
  it('writes one signed table per unit: 附件2, the title, the unit, the rows, the signature line', async () => {
    const dir = join(tmp, 'batch');
    mkdirSync(dir, { recursive: true });
    const files = ['eligible.json', 'eligible-gaoxin-low-band.json', 'eligible-shizhi-high-band.json', 'fail-R2.json'];
    for (const f of files) writeFileSync(join(dir, f), JSON.stringify(example(f)));
    const out = join(tmp, '推荐汇总表.xlsx');
    const r = await cli(['batch', dir, '--xlsx', out, '--now', NOW, '--call', 'yichang']);
    expect(r.code).toBe(1); // fail-R2 is not ok
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const names = book.worksheets.map((s) => s.name);
    // One sheet per unit, in the order the batch first meets them (files are read in name order).
    expect(names).toEqual(['汇总', '宜昌高新区科创局', '宜昌市经济和信息化局', '夷陵区科技（和经信）局']);
    expect(book.getWorksheet('汇总')?.getRow(1).getCell(7).value).toBe('推荐单位');

    const yiling = book.getWorksheet('夷陵区科技（和经信）局') as ExcelJS.Worksheet;
    const rows = yiling.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows[1]).toEqual(['附件2']);
    expect(rows[2]?.[0]).toBe('2022年宜昌市揭榜制科技项目需求推荐汇总表');
    expect(rows[3]?.[0]).toBe('推荐单位（盖章）：夷陵区科技（和经信）局');
    expect(rows[4]?.slice(0, 4)).toEqual(['序号', '企业名称', '统一社会信用代码', '需求名称']);
    expect(rows[4]?.at(-1)).toBe('审核结果');
    expect(rows[5]?.[0]).toBe(1);
    expect(rows[5]?.[3]).toBe('大功率永磁同步电机高温退磁抑制技术');
    expect(rows[5]?.at(-1)).toBe('通过');
    expect(rows[6]?.[0]).toBe(2);
    expect(rows[6]?.at(-1)).toBe('未通过');
    expect(String(rows[8]?.[0])).toMatch(/^推荐单位负责人（签字）：.*推荐单位（公章）.*年　　月　　日$/);
    expect(yiling.pageSetup.orientation).toBe('landscape');
    // 市直和中省在宜单位: the table is the unit the applicant named.
    const shizhi = book.getWorksheet('宜昌市经济和信息化局') as ExcelJS.Worksheet;
    expect(shizhi.getRow(3).getCell(1).value).toBe('推荐单位（盖章）：宜昌市经济和信息化局');
  });
});

describe('guide-forms serve: ?call=yichang', () => {
  let server: Running;
  beforeAll(async () => {
    server = await listen();
  });
  afterAll(() => server.close());

  it('checks a Yichang demand, lists its forms, and 404s an unknown series', async () => {
    const ok = await post(`${server.base}/v1/check/jiebang?call=yichang&now=${encodeURIComponent(NOW)}`, example('eligible.json'));
    expect(ok.status).toBe(200);
    const verdict = await ok.json();
    expect(verdict).toMatchObject({ ok: true, route: { department: '夷陵区科技（和经信）局', submission: 'recommended' } });
    const forms = await (await fetch(`${server.base}/v1/forms?call=yichang`)).json();
    expect(forms.years[0].categories.map((c: { category: string }) => c.category)).toEqual(['jiebang']);
    const dalian = await post(`${server.base}/v1/check/jiebang`, example('eligible.json'));
    expect(dalian.status).toBe(404);
    const unknown = await post(`${server.base}/v1/check/jiebang?call=wuhan`, example('eligible.json'));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('unknown-call');
  });
});
