import type { Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, getForm, listCategories, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
/** 双重 (重点学科重大课题): a university filing as technology provider. */
const double = example<Data>('innovation-fund');
/** 应用基础性课题研究: a research institute filing as technology provider. */
const applied = example<Data>('innovation-fund', 'eligible-applied.json');
/** 科技惠民 (科普): a public institution; no role. */
const huimin = example<Data>('innovation-fund', 'eligible-huimin.json');
/** 双重: an enterprise filing its need as technology demander (no discipline: that is the provider's). */
const demander = example<Data>('innovation-fund', 'eligible-double-demander.json');

/** A copy of `base` with fields of sections replaced (`undefined` deletes). */
function edit(base: Data, changes: Record<string, Record<string, unknown>>): Data {
  const data = clone(base);
  for (const [section, fields] of Object.entries(changes)) {
    data[section] ??= {};
    const target = data[section];
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete target[key];
      else target[key] = value;
    }
  }
  return data;
}

const check = (data: unknown, lang?: 'en'): Verdict => evaluate('innovation-fund', data, { now: OPEN_NOW, ...(lang ? { lang } : {}) });
const finding = (v: Verdict, rule: string) => v.findings.find((f) => f.rule === rule);
const rulesOf = (v: Verdict): string[] => v.findings.map((f) => f.rule);

describe('innovation-fund (附件3 科技创新基金指南建议征集表)', () => {
  it('is listed with its Chinese title', () => {
    expect(listCategories(2022)).toContainEqual(
      expect.objectContaining({ category: 'innovation-fund', title: '科技创新基金指南建议征集表' }),
    );
  });

  it('offers exactly the three sub-programmes, the six public-benefit kinds of the notice and 其他 (“主要征集……等”)', () => {
    const project = (getForm('innovation-fund').schema.properties as Record<string, { properties: Record<string, { enum: string[] }> }>)
      .project!;
    expect(project.properties.subtype!.enum).toEqual(['重点学科重大课题', '应用基础性课题研究', '科技惠民']);
    const huiminSchema = JSON.stringify(project);
    expect(huiminSchema).toContain(
      JSON.stringify([
        '科普基地建设与科普活动开展',
        '软科学研究',
        '医疗卫生',
        '公共安全与防灾减灾',
        '科技扶贫与科技特派',
        '现代农业',
        '其他',
      ]),
    );
  });

  describe('each sub-programme has an ok example, routed as the notice says', () => {
    it.each([
      [
        '双重 → 成果处, through the university research office',
        double,
        { department: '成果处', phone: '0411-39989850', submission: 'institution-review' },
      ],
      [
        '应用基础 (生命健康) → 社农处 by domain',
        applied,
        { department: '社农处', phone: '0411-39989856', submission: 'institution-review' },
      ],
      ['科技惠民·科普 → 法规处, direct', huimin, { department: '法规处', phone: '0411-39989846', submission: 'direct' }],
    ])('%s', (_name, data, route) => {
      const v = check(data);
      expect(v).toMatchObject({ valid: true, eligible: true, open: true, ok: true, route });
      expect(v.findings).toEqual([]);
    });
  });

  describe('routing of every sub-programme', () => {
    it.each([
      ['重点学科重大课题', undefined, '新材料', '成果处', '0411-39989850'],
      ['科技惠民', '科普基地建设与科普活动开展', '海洋经济', '法规处', '0411-39989846'],
      ['科技惠民', '软科学研究', '现代服务业', '法规处', '0411-39989846'],
      ['科技惠民', '医疗卫生', '医疗卫生', '社农处', '0411-39989856'],
      ['科技惠民', '公共安全与防灾减灾', '公共安全与防灾减灾', '社农处', '0411-39989856'],
      ['科技惠民', '现代农业', '现代农业', '社农处', '0411-39989856'],
      ['科技惠民', '科技扶贫与科技特派', '现代农业', '社农处', '0411-39989856'],
      ['应用基础性课题研究', undefined, '新一代信息技术', '高新处', '0411-39989885'],
    ])('%s %s in %s → %s %s', (subtype, huiminType, domain, department, phone) => {
      const base = subtype === '科技惠民' ? huimin : subtype === '重点学科重大课题' ? double : applied;
      const data = edit(base, { project: { subtype, huiminType }, classification: { domain, otherDomain: undefined } });
      const v = check(data);
      expect(v.route).toMatchObject({ department, phone });
      expect(v.eligible).toBe(true);
    });
  });

  describe('conditional sections', () => {
    it('a 双重 submission without 学科级别 fails R20 (block) while the data stays valid', () => {
      const v = check(edit(double, { project: { disciplineLevel: undefined } }));
      expect(v.valid).toBe(true);
      expect(v.eligible).toBe(false);
      expect(finding(v, 'R20')).toEqual({
        rule: 'R20',
        severity: 'block',
        message: '“双重”项目须依托国家一流学科或省一流学科组织实施：技术提供方请填写依托学科并选择学科级别',
        pointers: ['/project/subtype', '/project/disciplineName', '/project/disciplineLevel', '/classification/role'],
        clause: '主要征集高校院所依托国家一流学科或省一流学科组织实施的重大前瞻性、战略性课题研究',
      });
      expect(rulesOf(check(edit(double, { project: { disciplineName: '' } })))).toContain('R20');
    });

    it('学科级别 only takes 国家一流学科 or 省一流学科', () => {
      const v = check(edit(double, { project: { disciplineLevel: '校级重点学科' } }));
      expect(v.errors).toEqual([
        { pointer: '/project/disciplineLevel', keyword: 'enum', message: '学科级别：请从选项中选择（国家一流学科、省一流学科）' },
      ]);
    });

    it('双重 may name its 支撑方向 but need not (the notice asks for support to both, not a choice)', () => {
      expect(check(edit(double, { project: { supportDirection: undefined } })).ok).toBe(true);
      expect(check(edit(double, { project: { supportDirection: '其他方向' } })).errors).toEqual([
        expect.objectContaining({ pointer: '/project/supportDirection', keyword: 'enum' }),
      ]);
      expect(check(applied).ok).toBe(true);
    });

    it('a 科技惠民 submission needs no role and no role section, but does need 科技惠民类别', () => {
      expect(huimin.classification!.role).toBeUndefined();
      expect(check(huimin).ok).toBe(true);
      const v = check(edit(huimin, { project: { huiminType: undefined } }));
      expect(v.errors).toEqual([{ pointer: '/project/huiminType', keyword: 'required', message: '科技惠民类别：必填' }]);
    });

    it('role sections apply only to 双重 and 应用基础', () => {
      const noProvider = clone(applied);
      delete noProvider.provider;
      expect(check(noProvider).errors).toEqual([{ pointer: '/provider', keyword: 'required', message: '技术提供方建议：必填' }]);
      // A role left over from another sub-programme does not pull a role section into 科技惠民.
      expect(check(edit(huimin, { classification: { role: '技术提供方' } })).valid).toBe(true);
    });

    it('the 双重 fields do not carry over to 应用基础 rules and vice versa', () => {
      expect(rulesOf(check(applied))).not.toContain('R20');
      expect(rulesOf(check(double))).not.toContain('R21');
    });
  });

  describe('R9 双向填报 for 双重 and 应用基础', () => {
    it.each([
      ['双重', double],
      ['应用基础', applied],
    ])('%s without a role blocks', (_name, base) => {
      const data = edit(base, { classification: { role: undefined } });
      delete data.provider;
      const v = check(data);
      expect(v.eligible).toBe(false);
      expect(finding(v, 'R9')?.clause).toBe(
        '其中科技重大专项、重点研发计划、双重项目和应用基础研究项目指南建议由技术提供方和技术需求方双向填报',
      );
    });

    it('R10 (common): a university cannot file as technology demander', () => {
      const data = edit(double, { classification: { role: '技术需求方' } });
      delete data.provider;
      data.demander = { majorTechNeed: '船体结构监测', marketProspect: '约 20 亿元' };
      const v = check(data);
      expect(finding(v, 'R10')).toMatchObject({
        severity: 'block',
        message: '以技术需求方身份填报的，单位性质须为企业（当前为“高等院校”）',
      });
    });
  });

  describe('“主要征集高校院所” warns, never blocks (R20.unit, R21.unit)', () => {
    it.each([
      ['R20.unit', double, '企业', true],
      ['R20.unit', double, '新型研发机构', true],
      ['R20.unit', double, '科研院所', false],
      ['R21.unit', applied, '企业', true],
      ['R21.unit', applied, '高等院校', false],
    ])('%s with %s → warn %s', (rule, base, unitType, warns) => {
      const reviewDept = unitType === '高等院校' || unitType === '科研院所' ? '科研处' : undefined;
      const v = check(edit(base, { unit: { unitType, reviewDept } }));
      expect(v.ok).toBe(true);
      expect(finding(v, rule)?.severity).toBe(warns ? 'warn' : undefined);
      if (warns) expect(finding(v, rule)?.message).toContain(`当前单位性质为“${unitType}”`);
    });
  });

  it('R20.domain: 双重 outside the five key fields warns; 清洁能源 counts as 洁净能源', () => {
    const off = check(edit(double, { classification: { domain: '新材料' } }));
    expect(off.ok).toBe(true);
    expect(finding(off, 'R20.domain')?.severity).toBe('warn');
    expect(finding(check(edit(double, { classification: { domain: '清洁能源' } })), 'R20.domain')).toBeUndefined();
  });

  describe('应用基础：研究成果应在我市转移转化', () => {
    it('R21: no local transfer plan blocks (missing or empty)', () => {
      for (const localTransferPlan of [undefined, '']) {
        const v = check(edit(applied, { project: { localTransferPlan } }));
        expect(v.valid).toBe(true);
        expect(finding(v, 'R21')).toMatchObject({ severity: 'block', clause: '四是创新基金应用基础研究项目，研究成果应在我市转移转化' });
      }
    });

    it('R21.dalian: a result not put into use in Dalian warns', () => {
      const binding = { ...(applied.indicators!.binding as object), transferInDalian: false };
      const v = check(edit(applied, { indicators: { binding } }));
      expect(v.ok).toBe(true);
      expect(finding(v, 'R21.dalian')).toMatchObject({ severity: 'warn', clause: '对于应用基础研究项目要重点关注在本市域转化落地' });
    });
  });

  describe('科技惠民 routing: 社农处 “主要负责…现代农业…医疗卫生、公共安全与防灾减灾等领域”, whatever 领域 is ticked', () => {
    it.each(['医疗卫生', '公共安全与防灾减灾', '现代农业'])('%s goes to 社农处 even when 领域 is 智能制造 or 其他', (huiminType) => {
      for (const classification of [
        { domain: '智能制造', otherDomain: undefined },
        { domain: '其他', otherDomain: '智慧养老' },
        { domain: '海洋经济', otherDomain: undefined },
      ]) {
        const v = check(edit(huimin, { project: { huiminType }, classification }));
        expect(v.ok).toBe(true);
        expect(v.route).toMatchObject({ department: '社农处', phone: '0411-39989856' });
        expect(v.findings.map((f) => f.rule)).not.toContain('route.fallback');
      }
    });

    it('科普 and 软科学 stay with 法规处; 科技扶贫与科技特派 goes by 领域', () => {
      expect(check(edit(huimin, { project: { huiminType: '软科学研究' } })).route?.department).toBe('法规处');
      const poverty = edit(huimin, { project: { huiminType: '科技扶贫与科技特派' }, classification: { domain: '智能制造' } });
      expect(check(poverty).route?.department).toBe('高新处');
    });

    it('R4.huimin (the old warning) is retired: no finding, the route does the work', () => {
      const v = check(
        edit(huimin, { project: { huiminType: '现代农业' }, classification: { domain: '智能制造', otherDomain: undefined } }),
      );
      expect(v.findings.map((f) => f.rule)).not.toContain('R4.huimin');
    });
  });

  it('R34: 项目单位应结合本单位优势学科、重点平台建设等方面 — blank blocks in every sub-programme (应), any strength counts (等)', () => {
    for (const base of [double, applied, huimin, demander]) {
      for (const basisPlatform of [undefined, '\u3000']) {
        const v = check(edit(base, { project: { basisPlatform } }));
        expect(v.valid).toBe(true);
        expect(v.eligible).toBe(false);
        expect(finding(v, 'R34')).toMatchObject({
          severity: 'block',
          clause: '项目单位应结合本单位优势学科、重点平台建设等方面提出指南建议方向',
        });
      }
      expect(finding(check(edit(base, { project: { basisPlatform: '企业技术中心' } })), 'R34')).toBeUndefined();
    }
  });

  describe('the 双重 discipline is the provider’s: an enterprise 技术需求方 is not held to it (R20, R20.unit, R21.unit)', () => {
    it('the enterprise demander example of 双重 is ok with no discipline', () => {
      const v = check(demander);
      expect(v.findings).toEqual([]);
      expect(v).toMatchObject({ valid: true, eligible: true, ok: true, route: { department: '成果处' } });
    });

    it('the same enterprise as 技术提供方 must name the discipline (R20 blocks) and is warned it is not 高校院所', () => {
      const data = edit(demander, { classification: { role: '技术提供方' } });
      delete data.demander;
      data.provider = clone(double.provider as Record<string, unknown>);
      const v = check(data);
      expect(v.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(expect.arrayContaining(['R20:block', 'R20.unit:warn']));
    });

    it('an enterprise demander of 应用基础 is not warned about 高校院所 (R21.unit)', () => {
      const data = edit(demander, {
        project: { subtype: '应用基础性课题研究', supportDirection: undefined, localTransferPlan: '在大连船厂示范应用' },
      });
      expect(finding(check(data), 'R21.unit')).toBeUndefined();
    });
  });

  it('messages are Chinese by default and English on request', () => {
    const data = edit(applied, { project: { localTransferPlan: undefined } });
    const zh = finding(check(data), 'R21');
    const en = finding(check(data, 'en'), 'R21');
    expect(zh?.message).toBe('应用基础性课题研究的“研究成果应在我市转移转化”：请填写本市转化落地计划');
    expect(en?.message).toBe(
      'Applied basic research results are to be transferred in Dalian: describe the plan for putting them into use here',
    );
    expect(en?.clause).toBe(zh?.clause);
  });

  it('the rules in force: the common ones that apply, R9 for two sub-programmes, and the form’s own', () => {
    const rules = getForm('innovation-fund', 2022).rules;
    const ids = rules.map((r) => r.id);
    for (const id of ['R6', 'R31', 'R7', 'R8', 'R10', 'R11', 'R12', 'R13', 'CC.check']) expect(ids).toContain(id);
    for (const id of ['R9', 'R20', 'R20.unit', 'R20.domain', 'R21', 'R21.unit', 'R21.dalian', 'R34']) expect(ids).toContain(id);
    expect(ids.filter((id) => id === 'R9')).toHaveLength(1);
  });
});
