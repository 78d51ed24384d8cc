import type { JsonSchema, Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, exampleFiles, getForm, listCategories, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const eligible = example<Data>('summary');
const check = (data: unknown, lang: 'zh-CN' | 'en' = 'zh-CN'): Verdict => evaluate('summary', data, { now: OPEN_NOW, lang });
const finding = (v: Verdict, rule: string) => v.findings.find((f) => f.rule === rule);

/** A summary of `linked`, in the field `domain`, filed by `unit` (default: the eligible example's). */
const summaryOf = (linked: Record<string, unknown> | undefined, domain?: string, unit?: Record<string, unknown>): Data => {
  const data = clone(eligible);
  if (linked === undefined) delete data.linked;
  else data.linked = linked;
  if (domain !== undefined) data.classification!.domain = domain;
  if (unit !== undefined) data.unit = clone(unit);
  return data;
};

/** The first schema node named `name` under `node` (through properties and if/then branches). */
function findProperty(node: unknown, name: string): JsonSchema | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const s = node as JsonSchema;
  const props = s.properties as Record<string, JsonSchema> | undefined;
  if (props?.[name]) return props[name];
  for (const child of [...Object.values(props ?? {}), ...((s.allOf as unknown[]) ?? []), s.then]) {
    const hit = findProperty(child, name);
    if (hit) return hit;
  }
  return undefined;
}

const SUGGESTION_FORMS = ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international'];

describe('summary (附件7 指南凝练信息表)', () => {
  it('is listed with its Chinese title', () => {
    expect(listCategories(2022)).toContainEqual(expect.objectContaining({ category: 'summary', title: '指南凝练信息表' }));
  });

  it('the eligible example condenses a key-rd suggestion and is routed by its field', () => {
    expect(check(eligible)).toMatchObject({
      valid: true,
      eligible: true,
      ok: true,
      findings: [],
      route: { department: '高新处', phone: '0411-39989885', submission: 'direct' },
    });
  });

  it('links to exactly the six suggestion forms, with Chinese and English labels', () => {
    const linked = findProperty(findProperty(getForm('summary').schema, 'linked'), 'category') ?? {};
    expect(linked.enum).toEqual(SUGGESTION_FORMS);
    expect(linked['x-enum-zh']).toHaveLength(6);
    expect(linked['x-enum-en']).toHaveLength(6);
    expect((linked['x-enum-zh'] as string[])[4]).toBe('附件5 区域合作专项指南建议征集表');
  });

  describe('R3 需填写指南建议征集表及指南凝练信息表', () => {
    it.each([
      ['no linked block', undefined],
      ['linked without a category', {}],
    ])('%s → R3 blocks', (_name, linked) => {
      const v = check(summaryOf(linked as Record<string, unknown> | undefined));
      expect(v.ok).toBe(false);
      expect(finding(v, 'R3')).toMatchObject({
        severity: 'block',
        clause: '需填写指南建议征集表及指南凝练信息表',
        pointers: ['/linked/category'],
      });
    });

    it('an empty category is not filled: one message, R3 (issue 10 “blank is not filled”, issue 11 one message)', () => {
      const v = check(summaryOf({ category: '' }));
      expect(v.ok).toBe(false);
      expect(v.errors.filter((e) => e.pointer === '/linked/category')).toEqual([]);
      expect(finding(v, 'R3')).toMatchObject({ severity: 'block', pointers: ['/linked/category'] });
    });

    it('the summary itself or an unknown form is a schema error', () => {
      for (const category of ['summary', 'high-tech-zone']) {
        const v = check(summaryOf({ category }));
        expect(v.errors).toEqual([expect.objectContaining({ pointer: '/linked/category', keyword: 'enum' })]);
      }
    });

    it('an Innovation Fund summary names the sub-programme, and 科技惠民 its kind', () => {
      expect(check(summaryOf({ category: 'innovation-fund' })).errors).toEqual([
        { pointer: '/linked/subtype', keyword: 'required', message: '子类：必填' },
      ]);
      expect(check(summaryOf({ category: 'innovation-fund', subtype: '科技惠民' })).errors).toEqual([
        { pointer: '/linked/huiminType', keyword: 'required', message: '科技惠民类别：必填' },
      ]);
      expect(check(summaryOf({ category: 'innovation-fund', subtype: '应用基础性课题研究' })).ok).toBe(true);
    });

    it('offers the same sub-programmes and kinds as the Innovation Fund form', () => {
      const fund = getForm('innovation-fund').schema.properties as Record<string, JsonSchema>;
      const summary = getForm('summary').schema.properties as Record<string, JsonSchema>;
      for (const name of ['subtype', 'huiminType']) {
        const theirs = findProperty(fund.project, name);
        const ours = findProperty(summary.linked, name);
        expect(theirs?.enum, name).toBeDefined();
        expect(ours?.enum, name).toEqual(theirs?.enum);
        expect(ours?.title, name).toBe(theirs?.title);
      }
    });
  });

  describe('routing: a summary goes where the suggestion it condenses goes', () => {
    for (const category of SUGGESTION_FORMS) {
      for (const file of exampleFiles(category).filter((f) => f.startsWith('eligible'))) {
        it(`${category}/${file}`, () => {
          const suggestion = example<Data>(category, file);
          const project = suggestion.project ?? {};
          const linked: Record<string, unknown> = { category };
          if (category === 'innovation-fund') {
            linked.subtype = project.subtype;
            if (project.huiminType !== undefined) linked.huiminType = project.huiminType;
          }
          const own = evaluate(category, suggestion, { now: OPEN_NOW }).route;
          const summary = check(summaryOf(linked, suggestion.classification!.domain as string, suggestion.unit));
          expect(own).not.toBeNull();
          expect(summary.errors).toEqual([]);
          expect(summary.route).toEqual(own);
        });
      }
    }

    it.each([
      [{ category: 'regional' }, '洁净能源', '区域处', '0411-39989867'],
      [{ category: 'international' }, '生命健康', '外专处', '0411-39989823'],
      [{ category: 'transfer' }, '新材料', '成果处', '0411-39989850'],
      [{ category: 'innovation-fund', subtype: '重点学科重大课题' }, '海洋工程', '成果处', '0411-39989850'],
      [{ category: 'innovation-fund', subtype: '科技惠民', huiminType: '软科学研究' }, '现代服务业', '法规处', '0411-39989846'],
      [{ category: 'innovation-fund', subtype: '科技惠民', huiminType: '科普基地建设与科普活动开展' }, '其他', '法规处', '0411-39989846'],
      [{ category: 'innovation-fund', subtype: '科技惠民', huiminType: '医疗卫生' }, '医疗卫生', '社农处', '0411-39989856'],
      [{ category: 'innovation-fund', subtype: '应用基础性课题研究' }, '新一代信息技术', '高新处', '0411-39989885'],
      [{ category: 'challenge' }, '生命健康', '社农处', '0411-39989856'],
      [{ category: 'key-rd' }, '智能制造', '高新处', '0411-39989885'],
    ])('%o in %s → %s %s', (linked, domain, department, phone) => {
      const data = summaryOf(linked, domain);
      if (domain === '其他') data.classification!.otherDomain = '科学普及';
      const v = check(data);
      expect(v.errors).toEqual([]);
      expect(v.route).toMatchObject({ department, phone });
    });

    it('a university files through its research office, like its suggestion', () => {
      const unit = { ...eligible.unit, unitType: '高等院校', reviewDept: '科学技术处' };
      delete (unit as Record<string, unknown>).isStartup;
      expect(check(summaryOf({ category: 'regional' }, undefined, unit)).route).toEqual({
        department: '区域处',
        phone: '0411-39989867',
        submission: 'institution-review',
      });
    });
  });

  describe('R29 an International Cooperation direction runs at most 3 years (warn)', () => {
    it.each([
      [35, false],
      [36, false],
      [37, true],
    ])('%s 个月 → warning %s, still ok', (durationMonths, warns) => {
      const data = summaryOf({ category: 'international' }, '海洋工程');
      data.project!.durationMonths = durationMonths;
      const v = check(data);
      expect(v).toMatchObject({ valid: true, eligible: true, ok: true });
      expect(finding(v, 'R29')?.severity).toBe(warns ? 'warn' : undefined);
    });

    it('does not apply to other directions', () => {
      const data = clone(eligible);
      data.project!.durationMonths = 48;
      expect(finding(check(data), 'R29')).toBeUndefined();
    });
  });

  describe('structure and common rules', () => {
    it('指南方向名称 has only a generous technical bound (200; the notice sets no limit)', () => {
      const at = (n: number) => {
        const data = clone(eligible);
        data.project!.directionTitle = '船'.repeat(n);
        return check(data);
      };
      expect(at(31).ok).toBe(true);
      expect(at(200).ok).toBe(true);
      expect(at(201).errors).toEqual([
        { pointer: '/project/directionTitle', keyword: 'maxLength', message: '指南方向名称：不超过 200 个字' },
      ]);
    });

    it('建议支持额度 is optional money in 万元', () => {
      const data = clone(eligible);
      delete data.project!.suggestedFunding;
      expect(check(data).ok).toBe(true);
      data.project!.suggestedFunding = -1;
      expect(check(data).errors).toEqual([
        { pointer: '/project/suggestedFunding', keyword: 'minimum', message: '建议支持额度：应不低于 0 万元' },
      ]);
    });

    it('R11: the condensed binding indicators are all required', () => {
      const data = clone(eligible);
      delete (data.indicators!.binding as Record<string, unknown>).newResearchers;
      const v = check(data);
      expect(v.errors).toEqual([]);
      expect(finding(v, 'R11')?.severity).toBe('block');
      expect(v.ok).toBe(false);
    });

    it('milestone and academic rules (R12, R13) and the role rules do not apply to a summary', () => {
      const ids = getForm('summary').rules.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining(['R3', 'R6', 'R7', 'R8', 'R11', 'R29', 'R31']));
      for (const id of ['R9', 'R10', 'R12', 'R13']) expect(ids).not.toContain(id);
    });

    it('English messages', () => {
      const v = check(summaryOf(undefined), 'en');
      expect(finding(v, 'R3')?.message).toMatch(/^Choose which suggestion form/);
    });
  });
});
