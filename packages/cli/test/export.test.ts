import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { docxParagraphs } from './docx-text.js';
import { cli, REPO } from './run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const ELIGIBLE = 'forms/key-rd/examples/eligible.json';
const SUMMARY = 'forms/summary/examples/eligible.json';
const tmp = mkdtempSync(join(tmpdir(), 'gf-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const example = (rel: string) => JSON.parse(readFileSync(join(REPO, rel), 'utf8'));
function write(name: string, data: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

/** The document's text in reading order: each paragraph's runs joined, paragraphs separated by a newline. */
async function docxText(path: string): Promise<{ xml: string; text: string }> {
  const { xml, paragraphs } = await docxParagraphs(path);
  return { xml, text: paragraphs.join('\n') };
}

/** Asserts the strings occur in `text` in this order. */
function expectInOrder(text: string, parts: string[]): void {
  let at = 0;
  for (const part of parts) {
    const i = text.indexOf(part, at);
    expect(i, `“${part}” after offset ${at}`).toBeGreaterThanOrEqual(0);
    at = i + part.length;
  }
}

/** Every leaf of the data, as it prints (months in Chinese, numbers as digits). */
function leaves(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  if (typeof value === 'string') return [/^\d{4}-\d{2}$/.test(value) ? `${value.slice(0, 4)}年${Number(value.slice(5))}月` : value];
  if (typeof value === 'number') return [String(value)];
  return [];
}

describe('guide-forms export --format docx', () => {
  it('writes every label and value of the example, in the form’s order, as the bureau prints it', async () => {
    const out = join(tmp, 'key-rd.docx');
    const r = await cli(['export', 'key-rd', ELIGIBLE, '--format', 'docx', '-o', out, '--now', NOW]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('附件2 重点科技研发计划指南建议征集表');
    const { xml, text } = await docxText(out);
    expectInOrder(text, [
      '附件2',
      '重点科技研发计划指南建议征集表',
      '单位信息',
      '填报单位',
      '大连海创智能装备有限公司',
      '统一社会信用代码',
      '91210200MA0QCWF84H',
      '单位性质',
      '企业',
      '是否初创期企业',
      '☐是　☑否',
      '通讯地址',
      '大连市高新技术产业园区黄浦路 537 号',
      '邮政编码',
      '116023',
      '联系人',
      '王丽娜',
      '手机',
      '13998765432',
      '固定电话',
      '0411-84751234',
      '邮箱',
      'wangln@haichuang-tech.cn',
      '单位简介／研究基础',
      '公司成立于 2015 年',
      '征集类别与领域',
      '征集类别',
      '重点科技研发计划',
      '所属领域',
      '智能制造',
      '关键词',
      '智能焊接、船舶制造、机器视觉',
      '填报角色',
      '技术需求方',
      // The role's section follows the field it depends on, as in the form.
      '技术需求方建议',
      '重大技术需求',
      '复杂曲面分段的焊缝自动识别',
      '市场前景',
      '国内大型船厂年需求',
      '企业经营概况',
      '2020 年营业收入 1.26 亿元',
      '建议内容',
      '名称',
      '大型船舶分段智能焊接机器人系统研发与应用',
      '背景',
      '意义',
      '可行性',
      '研究基础',
      '主要内容',
      '目标',
      '项目信息',
      '产业类型',
      '先导型产业',
      '项目总研发投入',
      '680 万元',
      '配套资金',
      '480 万元',
      '前期研究基础',
      '实施条件',
      '产学研合作单位',
      '序号',
      '单位名称',
      '单位性质',
      '1',
      '大连理工大学',
      '高等院校',
      '实施周期',
      '36 月',
      '指标',
      '技术指标',
      '经济指标',
      '科技创新指标',
      '约束性指标',
      '研发费用投入',
      '680 万元',
      '成果转化落地',
      '2 项',
      '在大连转化落地',
      '☑是　☐否',
      '攻关卡脖子技术',
      '1 项',
      '增加科研人员就业',
      '12 人',
      '新增科研助理就业',
      '4 人',
      '阶段性考核指标',
      '序号',
      '节点时间',
      '考核内容',
      '目标值',
      '单位',
      '1',
      '2022年12月',
      '完成曲面焊缝视觉识别样机',
      '1',
      '套',
      '2',
      '2023年12月',
      '工程样机焊接试验长度',
      '3000',
      '米',
      '3',
      '2024年12月',
      '船厂示范应用',
      '2',
      '家',
      '学术性指标',
      '代表作',
      '产业化规模',
      '年产 50 台套',
      '行业资质认可',
      '新产品证书',
      '1 项',
      '新技术认定',
      '1 项',
      '声明',
      '☑ 已知悉：指南征集仅是咨询形式，不作为立项承诺',
      '☐ 涉及国家安全、国防机密',
      '审核意见',
      '审核结论',
      '通过',
      '报送时间',
      '征集进行中',
      '归口处室',
      '高新处',
      '0411-39989885',
      '提交方式',
      '直接提交',
      '审核人（签字）',
    ]);
    for (const leaf of leaves(example(ELIGIBLE))) {
      if (leaf === 'key-rd') continue; // the category prints by name (重点科技研发计划)
      expect(text).toContain(leaf);
    }
    expect(text).not.toContain('December');
    // GB/T 9704-2012 layout: A4, top 37 mm / left 28 mm, rows that never split, sub-table headers that repeat, page numbers.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098"[^>]*w:left="1587"/);
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:tblHeader/>');
    const zip = await JSZip.loadAsync(readFileSync(out));
    const footer = Object.keys(zip.files).find((f) => /^word\/footer\d*\.xml$/.test(f));
    expect(await zip.file(footer!)!.async('string')).toMatch(/PAGE/);
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"/);
  });

  it('puts the 凝练表 (--summary) on a new page after the 征集表, and the findings with their clauses in the reviewer’s box', async () => {
    const data = example(ELIGIBLE);
    data.project.totalRdInvestment = 199.99;
    data.project.matchingFunds = 100; // within the total (R33.matching), so R14 is the one problem
    const out = join(tmp, 'pair.docx');
    const r = await cli(['export', 'key-rd', write('low.json', data), '--summary', SUMMARY, '-o', out, '--now', NOW]);
    expect(r.code).toBe(0);
    const { xml, text } = await docxText(out);
    expectInOrder(text, [
      '附件2',
      '项目总研发投入',
      '199.99 万元',
      '审核结论',
      '未通过（不符合条件 1 项）',
      '问题及通知依据',
      '✗ R14 项目总研发投入应在 200 万元以上（含 200 万元），当前为 199.99 万元',
      '通知原文：“项目总研发投入在200万元以上”',
      '附件7',
      '指南凝练信息表',
      '关联建议名称',
      '大型船舶分段智能焊接机器人系统研发与应用',
      '审核结论',
      '通过',
    ]);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  it('keeps hostile strings as text: markup escaped, characters XML cannot hold replaced, nothing dropped', async () => {
    const data = example(ELIGIBLE);
    data.unit.unitName = '<w:t>x</w:t><script>alert(1)</script> & "quoted" \'single\'';
    data.content.title = `]]><!-- \u0001bell\u0000 =HYPERLINK("http://evil") 𠀀`;
    data.content.background = 'line one\nline two\r\nline three';
    data.unit.address = 'lone \uD800 surrogate';
    const out = join(tmp, 'hostile.docx');
    expect((await cli(['export', 'key-rd', write('hostile.json', data), '-o', out, '--now', NOW])).code).toBe(0);
    const { xml, text } = await docxText(out);
    expect(text).toContain('<w:t>x</w:t><script>alert(1)</script> & "quoted" \'single\'');
    expect(text).toContain(']]><!-- \uFFFDbell\uFFFD =HYPERLINK("http://evil") 𠀀');
    expect(text).toContain('lone \uFFFD surrogate');
    expect(xml).not.toContain('<script>');
    expect(xml.includes('\u0000') || xml.includes('\u0001')).toBe(false);
    expectInOrder(text, ['line one', 'line two', 'line three']);
    expect(xml).toMatch(/line one<\/w:t><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t[^>]*>line two/);
  });

  it('--lang en labels the paper in English', async () => {
    const out = join(tmp, 'en.docx');
    expect((await cli(['export', 'key-rd', ELIGIBLE, '-o', out, '--now', NOW, '--lang', 'en'])).code).toBe(0);
    const { text } = await docxText(out);
    expectInOrder(text, [
      'Attachment 2',
      'Applicant organisation',
      'Organisation',
      'Total R&D investment',
      '680 ×10k CNY',
      'Dec 2022',
      'Check result',
      'Passed',
    ]);
  });
});

describe('guide-forms export --format html', () => {
  it('is one self-contained printable file: its own print stylesheet, no scripts, no external resources', async () => {
    const out = join(tmp, 'key-rd.html');
    expect((await cli(['export', 'key-rd', ELIGIBLE, '--summary', SUMMARY, '-o', out, '--now', NOW])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|@import|url\(/i);
    expect(html).toContain('@page');
    expect(html).toMatch(/@bottom-center \{ content: "— " counter\(page\) " —"/);
    expect(html).toContain('<thead><tr><th scope="col">序号</th><th scope="col">节点时间</th>');
    expect(html).toContain('<td>2022年12月</td>');
    expect(html).toContain('<tr><th scope="row">项目总研发投入</th><td>680 万元</td></tr>');
    expect(html).toContain('<p>☑ 已知悉：指南征集仅是咨询形式，不作为立项承诺</p>');
    expect(html.indexOf('附件2')).toBeLessThan(html.indexOf('附件7'));
    expect(html).toContain('.part + .part { break-before: page;');
  });

  it('escapes hostile strings and prints to stdout without -o', async () => {
    const data = example(ELIGIBLE);
    data.unit.unitName = '</td><img src=x onerror=alert(1)>';
    const r = await cli(['export', 'key-rd', write('h.json', data), '--now', NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(r.stdout).not.toContain('<img');
  });
});

describe('guide-forms export: bad input', () => {
  it('names the problem in one line and exits 2', async () => {
    const unknown = await cli(['export', 'nope', ELIGIBLE, '-o', join(tmp, 'x.docx')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^guide-forms export: .*nope/);
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{"unit": {');
    const malformed = await cli(['export', 'key-rd', bad, '-o', join(tmp, 'x.docx')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/bad\.json:1:\d+.*JSON 格式错误/);
    expect(malformed.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    const pdf = await cli(['export', 'key-rd', ELIGIBLE, '--format', 'pdf', '-o', join(tmp, 'x.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--format 只能是 docx 或 html');
    const noOut = await cli(['export', 'key-rd', ELIGIBLE, '--format', 'docx']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('-o');
    const missingDir = await cli(['export', 'key-rd', ELIGIBLE, '-o', join(tmp, 'no/such/dir/x.docx')]);
    expect(missingDir.code).toBe(2);
    expect(missingDir.stderr).toContain('无法写入');
  });
});
