// Lint on the year's lists: regions and their cities, English names, duplicates, and the
// department ids routing names — each says exactly which item and what to write instead.
import { rmSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, run, tempRoot } from './admin-helpers.js';

const CALL = 'rules/2022/call.json';
type Call = {
  options: Record<string, unknown> & { partnerRegions: string[]; partnerCities: Record<string, string[]>; domains: string[] };
  optionsEn: Record<string, string>;
  optionsDetail: Record<string, Record<string, unknown>>;
  routing: { fallback: { department: string } };
};

const roots: string[] = [];
function root(also: readonly string[] = []): string {
  const r = tempRoot(also);
  roots.push(r);
  return r;
}
async function lint(dir: string): Promise<{ code: number; report: LintJson }> {
  const r = await run(dir, 'lint', '--year', '2022', '--json');
  return { code: r.code, report: JSON.parse(r.stdout) as LintJson };
}
const byCode = (report: LintJson, code: string) => report.problems.filter((p) => p.code === code);

describe('lint: options of call.json', () => {
  beforeAll(() => {
    delete process.env.GUIDE_FORMS_ROOT;
  });
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it('a new region without a city list is an error that says what to add', async () => {
    const dir = root();
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerRegions.push('京津冀');
      call.optionsEn.京津冀 = 'Beijing-Tianjin-Hebei';
    });
    const { code, report } = await lint(dir);
    expect(code).toBe(1);
    expect(byCode(report, 'region-without-cities')).toEqual([
      expect.objectContaining({
        level: 'error',
        file: CALL,
        pointer: '/options/partnerRegions/5',
        message: '合作方区域“京津冀”在 partnerCities 中没有城市列表',
        hint: expect.stringContaining('"京津冀": ["城市1", "城市2"]'),
      }),
    ]);
  });

  it('a region removed with its cities and details lints clean; cities or details left behind are named', async () => {
    const dir = root();
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerRegions = call.options.partnerRegions.filter((r) => r !== '苏南国家自主创新示范区');
      delete call.options.partnerCities.苏南国家自主创新示范区;
    });
    const left = await lint(dir);
    expect(left.code).toBe(0);
    expect(byCode(left.report, 'detail-unknown-option')).toEqual([
      expect.objectContaining({
        level: 'warning',
        pointer: '/optionsDetail/苏南国家自主创新示范区',
        message: 'optionsDetail 中的“苏南国家自主创新示范区”不是任何选项',
        hint: expect.stringContaining('删除选项时把 optionsDetail 中的同名项一并删除'),
      }),
    ]);
    editJson<Call>(dir, CALL, (call) => {
      delete call.optionsDetail.苏南国家自主创新示范区;
    });
    const clean = await lint(dir);
    expect(clean.code).toBe(0);
    expect(byCode(clean.report, 'detail-unknown-option')).toEqual([]);
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerCities.苏南国家自主创新示范区 = ['南京市'];
    });
    const { code, report } = await lint(dir);
    expect(code).toBe(0);
    expect(byCode(report, 'cities-without-region')).toEqual([
      expect.objectContaining({ level: 'warning', pointer: '/options/partnerCities/苏南国家自主创新示范区' }),
    ]);
  });

  it('an option without an English name is a warning naming the option', async () => {
    const dir = root();
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerRegions.push('京津冀');
      call.options.partnerCities.京津冀 = ['北京市', '天津市'];
      call.optionsEn.京津冀 = 'Beijing-Tianjin-Hebei';
      call.optionsEn.北京市 = 'Beijing';
    });
    const { code, report } = await lint(dir);
    expect(code).toBe(0);
    expect(byCode(report, 'option-without-english')).toEqual([
      expect.objectContaining({
        level: 'warning',
        pointer: '/options/partnerCities/京津冀/1',
        message: '选项“天津市”在 optionsEn 中没有英文名，英文界面将显示中文',
        hint: '在 optionsEn 中加上 "天津市": "English name"',
      }),
    ]);
  });

  it('a duplicate list item says which item it repeats', async () => {
    const dir = root();
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerCities.苏南国家自主创新示范区?.push('苏州市');
    });
    const { code, report } = await lint(dir);
    expect(code).toBe(1);
    expect(byCode(report, 'duplicate-item')).toEqual([
      expect.objectContaining({
        pointer: '/options/partnerCities/苏南国家自主创新示范区/5',
        message: '列表中第 2 项和第 6 项重复："苏州市"',
        hint: '删除第 6 项（/options/partnerCities/苏南国家自主创新示范区/5）',
      }),
    ]);
  });

  it('a department written by its name gets its id, the closest match and every valid id', async () => {
    const dir = root();
    editJson<Call>(dir, CALL, (call) => {
      call.routing.fallback.department = '社农处';
    });
    const { code, report } = await lint(dir);
    expect(code).toBe(1);
    const [problem] = byCode(report, 'unknown-department');
    expect(problem).toMatchObject({ pointer: '/routing/fallback/department', found: '社农处' });
    expect(problem?.hint).toContain('是否应为 "shenong"（社农处）');
    expect(problem?.hint).toContain('gaoxin（高新处）、shenong（社农处）');
    editJson<Call>(dir, CALL, (call) => {
      call.routing.fallback.department = 'shenogn';
    });
    const again = byCode((await lint(dir)).report, 'unknown-department')[0];
    expect(again?.hint).toMatch(/^是否应为 "shenong"（社农处）？可用的代号：/);
  });

  it('a region detail must give both languages; a wrong key is named with the allowed ones', async () => {
    const dir = root();
    editJson<Call>(dir, CALL, (call) => {
      call.optionsDetail.东北三省一区 = { hint: { 'zh-CN': '内蒙古自治区按全区计' } };
      call.optionsDetail.辽宁沿海经济带五市 = { note: { 'zh-CN': '不含大连', en: 'Not Dalian' } };
    });
    const { code, report } = await lint(dir);
    expect(code).toBe(1);
    const errors = report.problems.filter((p) => p.level === 'error').map((p) => p.pointer);
    expect(errors).toContain('/optionsDetail/东北三省一区/hint/en');
    expect(errors).toContain('/optionsDetail/辽宁沿海经济带五市/note');
  });

  it('a list a region needs is missing: the error is in call.json, where it is fixed — never in the form', async () => {
    const dir = root(['regional']);
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerRegions.push('京津冀');
      call.optionsEn.京津冀 = 'Beijing-Tianjin-Hebei';
    });
    const first = await lint(dir);
    expect(first.code).toBe(1);
    expect(first.report.problems.filter((p) => p.file.startsWith('forms/'))).toEqual([]);
    expect(byCode(first.report, 'region-without-cities')).toHaveLength(1);
    // Any keyed list of call.json the form's template reads per region is said the same way.
    type Each = { 'x-options-each'?: unknown; then: { properties: Record<string, unknown> } };
    editJson<{ properties: { project: { allOf: Each[] } } }>(dir, 'forms/regional/schema.json', (schema) => {
      const each = schema.properties.project.allOf.find((b) => b['x-options-each']) as Each;
      each.then.properties['partnerPark'] = { type: 'string', title: '园区', 'x-options': 'regionParks.{item}' };
    });
    editJson<Call>(dir, CALL, (call) => {
      call.options.partnerCities.京津冀 = ['北京市'];
      call.optionsEn.北京市 = 'Beijing';
      call.options['regionParks'] = { 上海市: ['张江'] };
      call.optionsEn.张江 = 'Zhangjiang';
    });
    const second = await lint(dir);
    expect(second.code).toBe(1);
    expect(second.report.problems.filter((p) => p.file.startsWith('forms/'))).toEqual([]);
    expect(byCode(second.report, 'unknown-options')).toEqual([
      expect.objectContaining({
        file: CALL,
        pointer: '/options/regionParks',
        message: 'options.regionParks 中没有“沈阳市”的列表（表单 regional 要用）',
        hint: expect.stringContaining('"沈阳市": [...]'),
      }),
    ]);
  });
});
