import type { Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, getForm, listCategories, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const eligible = example<Data>('challenge');

/** The eligible example with some fields of one section replaced (`undefined` deletes). */
function edit(section: string, fields: Record<string, unknown>, base: Data = eligible): Data {
  const data = clone(base);
  data[section] ??= {};
  const target = data[section];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
  return data;
}

const check = (data: unknown, lang?: 'en'): Verdict => evaluate('challenge', data, { now: OPEN_NOW, ...(lang ? { lang } : {}) });
const finding = (v: Verdict, rule: string) => v.findings.find((f) => f.rule === rule);

describe('challenge (附件1 “揭榜挂帅”科技攻关技术需求征集表)', () => {
  it('is listed with its Chinese title', () => {
    expect(listCategories(2022)).toContainEqual(
      expect.objectContaining({ category: 'challenge', title: '“揭榜挂帅”科技攻关技术需求征集表' }),
    );
  });

  it('the eligible example (an enterprise filing its demand) is ok, routed by domain, submitted directly', () => {
    const v = check(eligible);
    expect(v).toMatchObject({
      valid: true,
      eligible: true,
      open: true,
      ok: true,
      route: { department: '高新处', phone: '0411-39989885', submission: 'direct' },
    });
    expect(v.findings).toEqual([]);
    expect(check(edit('classification', { domain: '医疗卫生' })).route).toMatchObject({ department: '社农处', phone: '0411-39989856' });
  });

  describe('R32 需求时限：结束年份不早于开始年份', () => {
    it.each([
      [2022, 2022, true],
      [2023, 2022, false],
      [2022, 2023, true],
    ])('%i → %i: ok %s', (startYear, endYear, ok) => {
      const v = check(edit('project', { startYear, endYear }));
      expect(v.ok).toBe(ok);
      expect(v.valid).toBe(true);
      expect(finding(v, 'R32')?.severity).toBe(ok ? undefined : 'block');
    });

    it('says which years clash and cites 在一定时限内', () => {
      const f = finding(check(edit('project', { startYear: 2024, endYear: 2023 })), 'R32');
      expect(f?.message).toBe('需求时限的结束年份（2023 年）不能早于开始年份（2024 年）：揭榜挂帅项目须“在一定时限内”完成');
      expect(f?.clause).toContain('在一定时限内开展产业关键共性技术研发和重大战略产品研制');
      expect(f?.pointers).toEqual(['/project/startYear', '/project/endYear']);
    });

    it('a missing end year is a schema error, not a second finding', () => {
      const v = check(edit('project', { endYear: undefined }));
      expect(v.errors).toEqual([{ pointer: '/project/endYear', keyword: 'required', message: '需求时限（结束年份）：必填' }]);
      expect(finding(v, 'R32')).toBeUndefined();
    });
  });

  describe('R33 其中需求方自筹不超过拟投入资金总额', () => {
    it.each([
      [1200, true],
      [1200.01, false],
      [1199.99, true],
      [0, true],
    ])('自筹 %s 万元 of 1200 → ok %s', (selfFunding, ok) => {
      const v = check(edit('project', { plannedInvestment: 1200, selfFunding }));
      expect(v.ok).toBe(ok);
      expect(finding(v, 'R33')?.severity).toBe(ok ? undefined : 'block');
    });

    it('self-funding is optional: no finding when it is left out', () => {
      const v = check(edit('project', { selfFunding: undefined }));
      expect(v.ok).toBe(true);
      expect(finding(v, 'R33')).toBeUndefined();
    });

    it('names both amounts in 万元, and in English on request', () => {
      const data = edit('project', { plannedInvestment: 1200, selfFunding: 1200.01 });
      expect(finding(check(data), 'R33')?.message).toBe('其中需求方自筹（1200.01 万元）不能超过拟投入资金总额（1200 万元）');
      expect(finding(check(data, 'en'), 'R33')?.message).toBe(
        'Funding raised by the demander (1200.01 ×10k CNY) cannot exceed the total planned investment (1200 ×10k CNY)',
      );
    });

    it('a negative amount is a schema error naming the field and unit', () => {
      expect(check(edit('project', { selfFunding: -1 })).errors).toContainEqual({
        pointer: '/project/selfFunding',
        keyword: 'minimum',
        message: '其中需求方自筹：应不低于 0 万元',
      });
    });
  });

  describe('R11.chokepoint 加大“卡脖子”关键技术突破力度 (warn)', () => {
    it('0 choke-point technologies warns but stays ok; 1 does not warn', () => {
      const zero = check(edit('indicators', { binding: { ...(eligible.indicators!.binding as object), chokepointCount: 0 } }));
      expect(zero.ok).toBe(true);
      expect(finding(zero, 'R11.chokepoint')).toMatchObject({ severity: 'warn', clause: '加大“卡脖子”关键技术突破力度' });
      const one = check(edit('indicators', { binding: { ...(eligible.indicators!.binding as object), chokepointCount: 1 } }));
      expect(finding(one, 'R11.chokepoint')).toBeUndefined();
    });
  });

  describe('R30.platform 依托新型研发机构或重大平台 (priority flag)', () => {
    it('flags a platform-based demand as info without touching eligibility', () => {
      const v = check(edit('project', { platformBased: true, platformName: '大连市高端装备数控技术创新中心' }));
      expect(v.ok).toBe(true);
      expect(finding(v, 'R30.platform')).toMatchObject({
        severity: 'info',
        clause: '对依托新型研发机构、重大科技创新平台申报的项目要重点支持',
      });
      expect(finding(v, 'R30.platform')?.message).toContain('大连市高端装备数控技术创新中心');
    });

    it('the platform name is a conditional field: required only when platformBased is true', () => {
      const v = check(edit('project', { platformBased: true }));
      expect(v.valid).toBe(false);
      expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/project/platformName', keyword: 'required' }));
      expect(check(edit('project', { platformBased: false })).valid).toBe(true);
    });
  });

  describe('roles: 附件1 is demand-led, but both sides may file (R9, R10, R9.demandLed)', () => {
    const provider = {
      specificTechnology: '开放式五轴联动数控系统核心算法',
      strategicSignificance: '高端数控系统自主可控',
      techStatus: '国外产品占主导',
      rdSuggestion: '以企业加工线为验证平台联合攻关',
    };

    it('R9: no role blocks, citing 双向填报', () => {
      const data = edit('classification', { role: undefined });
      delete data.demander;
      const v = check(data);
      expect(v.eligible).toBe(false);
      expect(finding(v, 'R9')?.clause).toContain('由技术提供方和技术需求方双向填报');
    });

    it('R10: a technology demander must be an enterprise', () => {
      const v = check(edit('unit', { unitType: '高等院校', reviewDept: '科学技术研究院', isStartup: undefined }));
      expect(finding(v, 'R10')).toMatchObject({
        severity: 'block',
        message: '以技术需求方身份填报的，单位性质须为企业（当前为“高等院校”）',
      });
      expect(v.route?.submission).toBe('institution-review');
    });

    it('a demander must fill the demander section (role sections are conditional)', () => {
      const data = clone(eligible);
      delete data.demander;
      expect(check(data).errors).toEqual([{ pointer: '/demander', keyword: 'required', message: '技术需求方建议：必填' }]);
    });

    it('a university filing as provider is ok, with an info note that the challenge starts from enterprise demand', () => {
      const data = edit('unit', { unitType: '高等院校', reviewDept: '科学技术研究院', isStartup: undefined });
      data.classification!.role = '技术提供方';
      delete data.demander;
      data.provider = provider;
      const v = check(data);
      expect(v.ok).toBe(true);
      expect(finding(v, 'R9.demandLed')).toMatchObject({ severity: 'info' });
      expect(finding(v, 'R9.demandLed')?.clause).toContain('围绕企业需求');
    });
  });

  it('several broken rules: each finding is in Chinese by default and cites a clause of the notice', () => {
    const data = edit('project', { startYear: 2024, endYear: 2023, selfFunding: 5000 });
    data.declarations!.ackConsultOnly = false;
    const v = check(data);
    expect(v.findings.map((f) => f.rule).sort()).toEqual(['R32', 'R33', 'R7']);
    for (const f of v.findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.clause.length).toBeGreaterThan(4);
    }
  });

  it('the rules in force are the common ones that apply plus the form’s own', () => {
    const ids = getForm('challenge', 2022).rules.map((r) => r.id);
    for (const id of ['R6', 'R31', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R30.startup', 'CC.check']) expect(ids).toContain(id);
    for (const id of ['R32', 'R33', 'R11.chokepoint', 'R9.demandLed', 'R30.platform']) expect(ids).toContain(id);
    expect(ids).not.toContain('R14');
  });
});
