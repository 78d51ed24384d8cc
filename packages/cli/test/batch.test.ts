import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { progressBar } from '../src/batch/progress.js';
import { inertText } from '../src/batch/table.js';
import { titleKey } from '../src/batch/titles.js';
import { cli, REPO } from './run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const KEY_RD = 'forms/key-rd/examples/eligible.json';
const SUMMARY = 'forms/summary/examples/eligible.json';
const tmp = mkdtempSync(join(tmpdir(), 'gf-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const example = (rel: string) => JSON.parse(readFileSync(join(REPO, rel), 'utf8'));
function folder(name: string, files: Record<string, unknown>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(join(dir, file), typeof data === 'string' ? data : JSON.stringify(data));
  return dir;
}
/** A copy of the key-rd pair from another unit / with another title. */
function pair(unitName: string, creditCode: string, title: string): [unknown, unknown] {
  const form = example(KEY_RD);
  const summary = example(SUMMARY);
  form.unit.unitName = summary.unit.unitName = unitName;
  form.unit.creditCode = summary.unit.creditCode = creditCode;
  form.content.title = summary.linked.suggestionTitle = title;
  return [form, summary];
}

describe('guide-forms batch', () => {
  it('checks every example, pairs the 凝练表 with its 征集表, and exits 1 while one is not ok', async () => {
    const r = await cli(['batch', 'forms', '--now', NOW, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    const files = readdirSync(join(REPO, 'forms'), { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && f.name.endsWith('.json') && /[/]examples([/]|$)/.test(f.parentPath),
    );
    const sources = result.items.flatMap((i: { sources: string[] }) => i.sources);
    expect(sources.filter((s: string) => s.includes('/examples/')).sort()).toEqual(
      files.map((f) => join(f.parentPath, f.name).slice(REPO.length + 1)).sort(),
    );
    const keyRd = result.items.find((i: { sources: string[] }) => i.sources[0] === KEY_RD);
    // Two 凝练表 examples condense key-rd's eligible.json (summary/eligible.json and, from issue 9,
    // summary/eligible-key-rd.json): the batch pairs it with one of them.
    expect(keyRd.sources).toEqual([KEY_RD, expect.stringMatching(/^forms\/summary\/examples\/eligible(-key-rd)?\.json$/)]);
    expect(keyRd).toMatchObject({ category: 'key-rd', route: { department: '高新处', submission: 'direct' } });
    // Other examples repeat its unit and title: only the batch's duplicate check may block it.
    expect(keyRd.findings.filter((f: { severity: string }) => f.severity === 'block').map((f: { rule: string }) => f.rule)).toEqual(
      keyRd.ok ? [] : ['B1.duplicate'],
    );
    expect(keyRd.form.ok && keyRd.summary.ok).toBe(true);
    const r14 = result.items.find((i: { sources: string[] }) => i.sources[0] === 'forms/key-rd/examples/fail-R14.json');
    expect(r14.ok).toBe(false);
    expect(r14.form.findings.map((f: { rule: string }) => f.rule)).toContain('R14');
    // The 凝练表 examples all link the same suggestion, so the later key-rd examples repeat it.
    expect(r14.findings.map((f: { rule: string }) => f.rule)).toContain('B1.duplicate');
    // transfer's eligible.json has its 凝练表 (summary/eligible-transfer.json); the other transfer examples do not.
    const lone = result.items.find((i: { sources: string[] }) => i.sources[0] === 'forms/transfer/examples/fail-R16.json');
    expect(lone.findings.map((f: { rule: string }) => f.rule)).toContain('R3.summary');
    expect(lone.ok).toBe(false);
    // forms/_shared/schema.json is not a submission: it is listed, with why it could not be checked.
    const shared = result.items.find((i: { sources: string[] }) => i.sources[0] === 'forms/_shared/schema.json');
    expect(shared).toMatchObject({ ok: false, category: null });
    expect(shared.problem).toMatch(/^forms\/_shared\/schema\.json#\/classification\/category: 没有征集类别/);
  });

  it('exits 0 when every suggestion is a complete, ok pair; a pair file {category, data, summary} counts as one', async () => {
    const [form, summary] = pair('大连甲公司', '91210200MA0QCWF84H', '甲公司的建议');
    const dir = folder('ok', {
      'a-form.json': example(KEY_RD),
      'a-summary.json': example(SUMMARY),
      'b.json': { category: 'key-rd', data: form, summary },
    });
    const r = await cli(['batch', dir, '--now', NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 个文件，2 条建议——通过 2 条，未通过 0 条');
    const closed = await cli(['batch', dir, '--now', '2021-11-11T00:00:00+08:00']);
    expect(closed.code).toBe(1);
    expect(closed.stdout).toContain('征集已于 2021-11-10 截止');
  });

  it('blocks the same suggestion twice and warns about titles that differ only in spacing or punctuation', async () => {
    const [f1, s1] = pair('大连甲公司', '91210200MA0QCWF84H', '船舶焊接机器人（示范）');
    const [f3, s3] = pair('大连乙公司', '91210200MA0QCWF84H'.replace('MA0Q', 'MA1Q'), '船舶 焊接机器人(示范)。');
    const dir = folder('dup', { '1.json': f1, '1s.json': s1, '2.json': f1, '2s.json': s1, '3.json': f3, '3s.json': s3 });
    const r = await cli(['batch', dir, '--now', NOW, '--json']);
    const result = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(result.items).toHaveLength(3);
    expect(result.findings.map((f: { rule: string; items: number[] }) => [f.rule, f.items])).toEqual([
      ['B1.duplicate', [1, 2]],
      ['B2.similar', [1, 3]],
    ]);
    expect(result.items.map((i: { ok: boolean }) => i.ok)).toEqual([true, false, true]);
    expect(result.findings[0].message).toBe('与第 1 条是同一单位的同一条建议（“船舶焊接机器人（示范）”），重复报送');
    expect(result.items[2].findings[0].message).toContain('与第 1 条（大连甲公司）的建议名称相同或仅空格、标点不同');
  });

  it('per-unit limit from call.json: none for Dalian 2022; with a limit of 2, the third suggestion of a unit is blocked', async () => {
    const root = join(tmp, 'root');
    cpSync(join(REPO, 'forms'), join(root, 'forms'), { recursive: true });
    cpSync(join(REPO, 'rules'), join(root, 'rules'), { recursive: true });
    const callPath = join(root, 'rules/2022/call.json');
    const call = JSON.parse(readFileSync(callPath, 'utf8'));
    expect(call.batch.perUnitLimit).toBeNull();
    const files: Record<string, unknown> = {};
    for (const n of [1, 2, 3]) {
      const [f, s] = pair('大连甲公司', '91210200MA0QCWF84H', `第${n}条建议`);
      files[`${n}.json`] = f;
      files[`${n}s.json`] = s;
    }
    const dir = folder('limit', files);
    expect((await cli(['batch', dir, '--now', NOW], root)).code).toBe(0);
    call.batch.perUnitLimit = 3;
    writeFileSync(callPath, JSON.stringify(call));
    expect((await cli(['batch', dir, '--now', NOW], root)).code).toBe(0);
    call.batch.perUnitLimit = 2;
    writeFileSync(callPath, JSON.stringify(call));
    const r = await cli(['batch', dir, '--now', NOW, '--json'], root);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.items.map((i: { ok: boolean }) => i.ok)).toEqual([true, true, false]);
    expect(result.findings[0]).toMatchObject({ rule: 'B3.perUnit', severity: 'block', items: [1, 2, 3] });
    expect(result.findings[0].message).toBe('每个单位最多报送 2 条建议，大连甲公司 共报送 3 条（本条为第 3 条）');
  });

  it('lists an unreadable or malformed file as a row that did not pass, in one line; no files at all is a usage error', async () => {
    const dir = folder('broken', { 'bad.json': '{"unit": {', 'weird.json': { classification: { category: 'nope' } }, 'list.json': [1, 2] });
    const r = await cli(['batch', dir, '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.json:1:\d+: JSON 格式错误/);
    expect(r.stdout).toContain('weird.json#/classification/category: 未知的征集类别 "nope"');
    expect(r.stdout).toContain('list.json: 不是一个 JSON 对象');
    const empty = folder('empty', {});
    const none = await cli(['batch', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有找到 .json 文件');
    const missing = await cli(['batch', join(tmp, 'no-such-dir')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-dir: 文件或目录不存在/);
  });
});

describe('the 汇总表', () => {
  const hostile = () => {
    const [form, summary] = pair('=HYPERLINK("http://evil.example","点我")', '91210200MA0QCWF84H', '+SUM(A1:A9)');
    const [f2, s2] = pair('@cmd|" /C calc"!A0', '91210200MA0QCWF84H'.replace('MA0Q', 'MA1Q'), '-2+3 "引号", 逗号');
    return folder('hostile', {
      '1.json': form,
      '1s.json': summary,
      '2.json': f2,
      '2s.json': s2,
      '3.json': example('forms/transfer/examples/fail-R19.json'),
    });
  };

  it('XLSX: one sheet for everything and one per 处室, header frozen, widths, print area; formulas never', async () => {
    const out = join(tmp, '汇总表.xlsx');
    const r = await cli(['batch', hostile(), '--now', NOW, '--xlsx', out]);
    expect(r.code).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '高新处', '成果处']);
    const all = book.getWorksheet('汇总')!;
    expect((all.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号',
      '单位',
      '统一社会信用代码',
      '建议名称',
      '类别',
      '领域',
      '归口处室',
      '提交方式',
      '是否通过',
      '主要问题',
    ]);
    expect(all.rowCount).toBe(4);
    expect((all.getRow(2).values as unknown[]).slice(1, 10)).toEqual([
      1,
      '=HYPERLINK("http://evil.example","点我")',
      '91210200MA0QCWF84H',
      '+SUM(A1:A9)',
      '附件2 重点科技研发计划指南建议征集表',
      '智能制造',
      '高新处',
      '直接提交',
      '是',
    ]);
    expect(all.getCell('B3').value).toBe('@cmd|" /C calc"!A0');
    expect(all.getCell('D3').value).toBe('-2+3 "引号", 逗号');
    expect(all.getCell('I4').value).toBe('否');
    expect(String(all.getCell('J4').value)).toContain('R19 技术交易额应在 500 万元以上（含 500 万元），当前为 499.99 万元');
    for (const address of ['B2', 'D2', 'B3', 'D3']) {
      expect(all.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(all.getCell(address).numFmt).toBe('@');
    }
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.pageSetup.printArea).toBe('A1:J4');
    expect(all.pageSetup.orientation).toBe('landscape');
    expect(all.getColumn(10).width).toBe(48);
    expect(book.getWorksheet('成果处')!.rowCount).toBe(2);
    // Read as the file is: no cell of any sheet holds a formula.
    const zip = await JSZip.loadAsync(readFileSync(out));
    for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      expect(await zip.file(name)!.async('string')).not.toMatch(/<f[ >]/);
    }
  });

  it('CSV: UTF-8 with a BOM, CRLF, quoted fields, and a leading apostrophe before = + - @', async () => {
    const out = join(tmp, '汇总表.csv');
    expect((await cli(['batch', hostile(), '--now', NOW, '--csv', out])).code).toBe(1);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,单位,统一社会信用代码,建议名称,类别,领域,归口处室,提交方式,是否通过,主要问题');
    expect(lines[1]).toMatch(/^1,"'=HYPERLINK\(""http:\/\/evil\.example"",""点我""\)",91210200MA0QCWF84H,'\+SUM\(A1:A9\),附件2/);
    expect(lines[2]).toMatch(/^2,"'@cmd\|"" \/C calc""!A0",91210200MA1QCWF84H,"'-2\+3 ""引号"", 逗号",/);
    expect(lines[3]).toMatch(/^3,大连化工新材料产业技术有限公司,.*,成果处,直接提交,否,R19 /);
    expect(lines[4]).toBe('');
  });

  it('makes every formula-like value inert, and only those', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(inertText(s)).toBe(`'${s}`);
    for (const s of ['1=1', '大连', '', ' =1']) expect(inertText(s)).toBe(s);
    expect(inertText(-1)).toBe(-1);
  });

  it('compares titles without spacing, punctuation or width', () => {
    expect(titleKey('大连—苏州 PEM 电解水制氢（示范）')).toBe(titleKey('大连-苏州PEM电解水制氢(示范)。'));
    expect(titleKey('ＰＥＭ　电解')).toBe(titleKey('pem电解'));
    expect(titleKey('电解水制氢')).not.toBe(titleKey('电解水制氧'));
  });
});

describe('the progress bar', () => {
  it('shows on a terminal for batches larger than a screen, and never with --json or in a pipe', () => {
    let written = '';
    const tty = {
      isTTY: true,
      rows: 5,
      columns: 80,
      write: (s: string) => (written += s),
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      on: () => tty,
      removeListener: () => tty,
    };
    const bar = progressBar(10, tty as unknown as NodeJS.WriteStream, false);
    bar.tick(10, 10);
    bar.stop();
    expect(written).toContain('10/10');
    written = '';
    progressBar(10, tty as unknown as NodeJS.WriteStream, true).tick(10, 10);
    progressBar(4, tty as unknown as NodeJS.WriteStream, false).tick(4, 4);
    progressBar(10, { ...tty, isTTY: false } as unknown as NodeJS.WriteStream, false).tick(10, 10);
    expect(written).toBe('');
  });
});
