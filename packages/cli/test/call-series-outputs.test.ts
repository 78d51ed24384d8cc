// What a Yichang bureau gets out of the commands that write files with --call yichang: the Word
// attachment of a demand (Chinese titles and values, the recommending unit in the reviewer's box),
// the data types of its form, the 推荐汇总表 per recommending unit over HTTP — and, for every
// command, a one-line error when the series does not exist. (The series' bundle is built and
// rendered in Chromium by packages/elements/test/e2e/call-series-build.test.ts.)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/index.js';
import { docxParagraphs } from './docx-text.js';
import { cli, REPO } from './run-cli.js';
import { listen, post, type Running } from './serve-helpers.js';

const EXAMPLES = 'calls/yichang/forms/jiebang/examples';
const NOW = '2022-08-01T10:00:00+08:00';
const tmp = mkdtempSync(join(tmpdir(), 'gf-series-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  delete process.env.GUIDE_FORMS_ROOT;
});

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(REPO, EXAMPLES, name), 'utf8'));

/** The document's paragraphs in reading order, each paragraph's runs joined (XML entities decoded). */
const paragraphsOf = async (path: string): Promise<string[]> => (await docxParagraphs(path)).paragraphs;

/** Asserts each string is a paragraph of `paragraphs` (or starts one), in this order. */
function expectInOrder(paragraphs: string[], parts: string[]): void {
  let at = 0;
  for (const part of parts) {
    const i = paragraphs.findIndex((p, n) => n >= at && p.startsWith(part));
    expect(i, `“${part}” after paragraph ${at}`).toBeGreaterThanOrEqual(0);
    at = i + 1;
  }
}

describe('guide-forms export --call yichang', () => {
  it('writes the 需求表 as Word: 附件1, its Chinese titles, every value, the recommending unit in the reviewer’s box', async () => {
    const out = join(tmp, '需求表.docx');
    const r = await cli([
      'export',
      'jiebang',
      `${EXAMPLES}/eligible.json`,
      '--format',
      'docx',
      '-o',
      out,
      '--now',
      NOW,
      '--call',
      'yichang',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('附件1 2022年宜昌市揭榜制科技项目需求表');
    const paragraphs = await paragraphsOf(out);
    const data = example('eligible.json') as { demand: Record<string, string>; unit: Record<string, string> };
    expectInOrder(paragraphs, [
      '附件1',
      '2022年宜昌市揭榜制科技项目需求表',
      '申报企业',
      '企业名称',
      '宜昌智能磁电科技有限公司',
      '统一社会信用代码',
      '91420500MA4F0L2X36',
      '联系人',
      '周晓峰',
      '手机',
      '13972012345',
      // The section holds both figures the ratio is computed from.
      '上年度研发投入强度',
      '上年度销售收入',
      '8600 万元',
      '上年度研发投入',
      '412.8 万元',
      '技术需求',
      '需求名称',
      data.demand['title'] as string,
      '所属产业',
      '装备制造',
      '关键技术难题（“卡脖子”问题）',
      data.demand['problem'] as string,
      '应用场景',
      data.demand['scenario'] as string,
      '主要技术指标',
      data.demand['indicators'] as string,
      '企业现有基础及自身难以解决的原因',
      '实施周期',
      '30 月',
      '企业投入资金',
      '600 万元',
      '揭榜方条件',
      '推荐单位',
      '推荐单位（归口管理单位）',
      '夷陵区科技（和经信）局',
      '声明',
      '☑ 本需求为技术攻关类项目需求',
      '☑ 本企业自身没有能力解决该技术需求',
      // The reviewer's box speaks of the recommending unit, not of a 处室.
      '审核意见（由系统按 2022 年度规则生成，供推荐单位参考）',
      '审核结论',
      '通过',
      '报送时间',
      '征集进行中：自 2022-07-18 起受理，通知未规定截止日期',
      '推荐单位',
      '夷陵区科技（和经信）局',
      '提交方式',
      '报送推荐单位，由其统一推荐',
    ]);
    expect(paragraphs.join('\n')).not.toContain('归口处室');
  });

  it('prints a demand short of R&D intensity with the band, the required and the actual ratio, quoting the notice', async () => {
    const out = join(tmp, 'fail-R2.docx');
    const r = await cli(['export', 'jiebang', `${EXAMPLES}/fail-R2.json`, '-o', out, '--now', NOW, '--call=yichang']);
    expect(r.code).toBe(0);
    const text = (await paragraphsOf(out)).join('\n');
    expect(text).toContain('未通过');
    expect(text).toContain('比例为 3.99%，未达到高新技术企业研发投入强度要求：销售收入在5000万元至2亿元的企业比例不低于 4%');
    expect(text).toContain('销售收入在5000万元至2亿元的企业比例不低于4%');
  });

  it('in English (--lang en) with the English titles and the unit’s English name', async () => {
    const out = join(tmp, 'demand-en.docx');
    const r = await cli(['export', 'jiebang', `${EXAMPLES}/eligible.json`, '-o', out, '--now', NOW, '--call', 'yichang', '--lang', 'en']);
    expect(r.code).toBe(0);
    expectInOrder(await paragraphsOf(out), [
      'Attachment 1',
      'Yichang 2022 open-competition (揭榜制) project demand form',
      'Applicant enterprise',
      'Enterprise',
      '宜昌智能磁电科技有限公司',
      'Recommending unit',
      'Yiling District Science and Technology (and Economy and Information Technology) Bureau',
    ]);
  });

  it('a Dalian category asked of Yichang is a one-line error naming Yichang’s category', async () => {
    const r = await cli(['export', 'key-rd', 'forms/key-rd/examples/eligible.json', '-o', join(tmp, 'x.docx'), '--call', 'yichang']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('key-rd');
    expect(r.stderr).toContain('jiebang');
  });
});

describe('guide-forms types --call yichang', () => {
  /** A root holding only Yichang's series (and Dalian's empty folders), so nothing is written into the repository. */
  function seriesRoot(): string {
    const root = mkdtempSync(join(tmp, 'types-'));
    mkdirSync(join(root, 'forms'));
    mkdirSync(join(root, 'rules'));
    cpSync(join(REPO, 'calls/yichang'), join(root, 'calls/yichang'), { recursive: true });
    rmSync(join(root, 'calls/yichang/types'), { recursive: true, force: true });
    return root;
  }

  it('writes calls/yichang/types/form-data.ts with JiebangData; --check passes after, fails when stale or missing', async () => {
    const root = seriesRoot();
    const file = join(root, 'calls/yichang/types/form-data.ts');
    const missing = await cli(['types', '--check', '--call', 'yichang'], root);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('calls/yichang/types/form-data.ts 不存在');
    expect(missing.stderr).toContain('npx guide-forms types --call yichang');

    const written = await cli(['types', '--call', 'yichang'], root);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('calls/yichang/types/form-data.ts');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('Run `npx guide-forms types --call yichang` after changing a form');
    expect(text).toContain('export interface JiebangData {');
    expect(text).toContain("'jiebang': JiebangData;");
    expect(text).toMatch(/revenue: number;/);
    expect(text).toMatch(/durationMonths: number;/);
    // The conditional 推荐单位名称 (only for 市直和中省在宜单位) is optional; the title is its JSDoc.
    expect(text).toMatch(/推荐单位名称\n.*\n\s*\*\/\n\s*unitName\?: string;/);
    expect(text).not.toContain('KeyRdData'); // Dalian's forms are not Yichang's
    // Dalian's committed types are not touched by a series' run.
    expect((await cli(['types', '--check'])).code).toBe(0);

    expect((await cli(['types', '--check', '--call', 'yichang'], root)).code).toBe(0);
    writeFileSync(file, text.replace('revenue: number;', 'revenue: string;'));
    const stale = await cli(['types', '--check', '--call', 'yichang'], root);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('calls/yichang/types/form-data.ts 已过期');
    expect(stale.stderr).toContain('npx guide-forms types --call yichang');
  });

  it('--check fails when a form changed after the types were written', async () => {
    const root = seriesRoot();
    expect((await cli(['types', '--call', 'yichang'], root)).code).toBe(0);
    const schemaFile = join(root, 'calls/yichang/forms/jiebang/schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    schema.properties.demand.properties.keywords = { type: 'string', title: '关键词', maxLength: 100 };
    writeFileSync(schemaFile, JSON.stringify(schema, null, 2));
    const stale = await cli(['types', '--check', '--call', 'yichang'], root);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('已过期');
    expect((await cli(['types', '--call', 'yichang'], root)).code).toBe(0);
    expect(readFileSync(join(root, 'calls/yichang/types/form-data.ts'), 'utf8')).toMatch(/keywords\?: string;/);
  });
});

describe('the 推荐汇总表 of a batch of Yichang demands, over HTTP (?call=yichang&format=xlsx)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await listen();
  }, 60_000);
  afterAll(() => server?.close());

  it('has one signed table per recommending unit, each with that unit’s demands only, in the order received', async () => {
    const second = example('eligible.json');
    (second['demand'] as Record<string, unknown>)['title'] = '三峡库区船舶电池热失控预警技术';
    const body = [example('eligible.json'), example('eligible-gaoxin-low-band.json'), second, example('eligible-shizhi-high-band.json')];
    const res = await post(`${server.base}/v1/batch?call=yichang&format=xlsx&now=${encodeURIComponent(NOW)}`, body);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '夷陵区科技（和经信）局', '宜昌高新区科创局', '宜昌市经济和信息化局']);
    const titles = (name: string): unknown[] => {
      const sheet = book.getWorksheet(name) as ExcelJS.Worksheet;
      const rows = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
      return rows.filter((row) => typeof row[0] === 'number').map((row) => row[3]);
    };
    expect(titles('夷陵区科技（和经信）局')).toEqual(['大功率永磁同步电机高温退磁抑制技术', '三峡库区船舶电池热失控预警技术']);
    expect(titles('宜昌高新区科创局')).toHaveLength(1);
    for (const name of ['夷陵区科技（和经信）局', '宜昌高新区科创局', '宜昌市经济和信息化局']) {
      const sheet = book.getWorksheet(name) as ExcelJS.Worksheet;
      expect(sheet.getRow(1).getCell(1).value).toBe('附件2');
      expect(sheet.getRow(2).getCell(1).value).toBe('2022年宜昌市揭榜制科技项目需求推荐汇总表');
      expect(sheet.getRow(3).getCell(1).value).toBe(`推荐单位（盖章）：${name}`);
      const last = sheet.getRow(sheet.rowCount).getCell(1).value;
      expect(String(last)).toMatch(/^推荐单位负责人（签字）：/);
      // Printed, “上年度销售收入（万元）” wraps in its column: the header row is laid out two lines tall
      // (LibreOffice and Excel do not grow a row they did not lay out; the second line ran over the first item).
      const header = sheet.getRow(4);
      expect(header.getCell(1).value).toBe('序号');
      expect(header.height).toBeGreaterThanOrEqual(2 * 15);
      for (let r = 5; r < sheet.rowCount - 1; r++) expect(sheet.getRow(r).height, `${name} row ${r}`).toBeGreaterThanOrEqual(15);
    }
  });
});

describe('an unknown --call', () => {
  it('is, for every command, a one-line usage error naming the series asked for and the series there are', async () => {
    for (const command of Object.keys(COMMANDS)) {
      const r = await cli([command, '--call', 'wuhan']);
      expect(r.code, command).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines, `${command}: ${r.stderr}`).toHaveLength(1);
      expect(lines[0]).toContain('没有名为 "wuhan" 的征集系列（已有：dalian、yichang）');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
