import type { Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, getForm, listCategories, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const eligible = example<Data>('international');

/** The eligible example with some `project` fields replaced (`undefined` deletes). */
const withProject = (fields: Record<string, unknown>): Data => {
  const data = clone(eligible);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete data.project![key];
    else data.project![key] = value;
  }
  return data;
};
const check = (data: unknown, lang: 'zh-CN' | 'en' = 'zh-CN'): Verdict => evaluate('international', data, { now: OPEN_NOW, lang });
const finding = (v: Verdict, rule: string) => v.findings.find((f) => f.rule === rule);
const member = (name: string, role?: string) => (role === undefined ? { name } : { name, role });

describe('international (附件6 国际科技合作专项)', () => {
  it('is listed with its Chinese title', () => {
    expect(listCategories(2022)).toContainEqual(
      expect.objectContaining({ category: 'international', title: '国际科技合作专项指南建议征集表' }),
    );
  });

  it('the eligible example is ok and goes to 外专处, through the institute’s research office', () => {
    expect(check(eligible)).toMatchObject({
      valid: true,
      eligible: true,
      ok: true,
      findings: [],
      route: { department: '外专处', phone: '0411-39989823', submission: 'institution-review' },
    });
    const enterprise = clone(eligible);
    enterprise.unit = { ...enterprise.unit, unitType: '企业' };
    delete enterprise.unit!.reviewDept;
    enterprise.classification!.domain = '医疗卫生';
    expect(check(enterprise).route).toEqual({ department: '外专处', phone: '0411-39989823', submission: 'direct' });
  });

  describe('R24 外方技术优势 and 合作基础 (warn: “原则上应”; experts judge the degree)', () => {
    it.each([
      ['foreignAdvantage', 'R24'],
      ['coopBasis', 'R24.basis'],
    ])('%s missing, empty or blank → %s warns, the suggestion stays eligible', (field, rule) => {
      for (const value of [undefined, '', '\u3000 ']) {
        const v = check(withProject({ [field]: value }));
        expect(v.errors).toEqual([]);
        expect(v.ok).toBe(true);
        expect(finding(v, rule)?.severity).toBe('warn');
      }
    });

    it('cites the clause', () => {
      const f = finding(check(withProject({ foreignAdvantage: undefined })), 'R24');
      expect(f).toMatchObject({ clause: '国外合作方原则上应在该技术领域具备领先或技术优势', pointers: ['/project/foreignAdvantage'] });
      expect(f?.message).toMatch(/^建议填写外方技术优势/);
    });
  });

  describe('R25 双方均需配备较强的技术研发团队，分工明确', () => {
    it.each([
      ['one on each side, both with roles', [member('张伟', '负责人')], [member('Anna Müller', '膜材料')], true],
      ['no foreign team', [member('张伟', '负责人')], [], false],
      ['no Chinese team', [], [member('Anna Müller', '膜材料')], false],
      ['foreign team missing', [member('张伟', '负责人')], undefined, false],
      ['a foreign member without a role', [member('张伟', '负责人')], [member('Anna Müller', '膜材料'), member('Jonas Weber')], false],
      ['a Chinese member with an empty role', [member('张伟', '')], [member('Anna Müller', '膜材料')], false],
    ])('%s → ok %s', (_name, cnTeam, foreignTeam, ok) => {
      const v = check(withProject({ cnTeam, foreignTeam }));
      expect(v.errors).toEqual([]);
      expect(v.ok).toBe(ok);
      expect(finding(v, 'R25')?.severity).toBe(ok ? undefined : 'block');
    });

    it('a member without a name is a schema error inside the row', () => {
      const v = check(withProject({ foreignTeam: [{ role: '算法' }] }));
      expect(v.errors).toEqual([{ pointer: '/project/foreignTeam/0/name', keyword: 'required', message: '外方团队 第 1 条 · 姓名：必填' }]);
    });
  });

  describe('R26 合作双方应签署技术合作协议 (block: “应”)', () => {
    it('not signed → blocked, with the clause', () => {
      const v = check(withProject({ agreementSigned: false, agreementLevel: undefined }));
      expect(v).toMatchObject({ valid: true, eligible: false, ok: false });
      expect(v.findings).toEqual([expect.objectContaining({ rule: 'R26', severity: 'block', clause: '合作双方应签署技术合作协议' })]);
    });

    it('signed → the level of the agreement may be given but is not required (the notice does not ask for it)', () => {
      const v = check(withProject({ agreementLevel: undefined }));
      expect(v.errors).toEqual([]);
      expect(v.ok).toBe(true);
    });
  });

  describe('R27 原则上合作研发成果由中方所有 (warn)', () => {
    it.each([
      ['中方所有', false],
      ['双方共有', true],
      ['外方所有', true],
      ['其他', true],
    ])('%s → warning %s, still ok', (ipOwnership, warns) => {
      const v = check(withProject({ ipOwnership }));
      expect(v.ok).toBe(true);
      expect(finding(v, 'R27')?.severity).toBe(warns ? 'warn' : undefined);
    });

    it('names the chosen ownership, in Chinese and English', () => {
      const data = withProject({ ipOwnership: '外方所有', ipNote: '外方以既有专利许可方式参与' });
      expect(finding(check(data), 'R27')?.message).toBe(
        '成果归属为“外方所有”：通知要求原则上合作研发成果由中方所有，请在成果归属说明中写明原因',
      );
      expect(finding(check(data, 'en'), 'R27')?.message).toMatch(/^Results are to belong to: Foreign side\./);
    });
  });

  describe('R28 不得多头申报和重复申报；不得与引进国外人才项目重复 (block)', () => {
    it.each([
      ['noDuplicate', 'R28.duplicate'],
      ['noTalentOverlap', 'R28.talent'],
    ])('%s false or missing → %s blocks', (field, rule) => {
      for (const value of [false, undefined]) {
        const v = check(withProject({ [field]: value }));
        expect(v.errors).toEqual([]);
        expect(v.eligible).toBe(false);
        expect(finding(v, rule)).toMatchObject({ severity: 'block', pointers: [`/project/${field}`] });
      }
    });

    it('both declarations true → neither finding', () => {
      const v = check(eligible);
      expect(finding(v, 'R28.duplicate')).toBeUndefined();
      expect(finding(v, 'R28.talent')).toBeUndefined();
    });
  });

  describe('R29 项目研发周期原则上不超过3年 (不超过 includes 36 months; warn)', () => {
    it.each([
      [35, false],
      [36, false],
      [37, true],
    ])('%s 个月 → warning %s, still ok', (durationMonths, warns) => {
      const v = check(withProject({ durationMonths }));
      expect(v).toMatchObject({ valid: true, eligible: true, ok: true });
      expect(finding(v, 'R29')?.severity).toBe(warns ? 'warn' : undefined);
    });

    it('says how long and what the limit is', () => {
      expect(finding(check(withProject({ durationMonths: 37 })), 'R29')?.message).toBe(
        '研发周期为 37 个月：项目研发周期原则上不超过 3 年（36 个月）',
      );
      expect(finding(check(withProject({ durationMonths: 37 }), 'en'), 'R29')?.message).toBe(
        'The R&D period is 37 months: in principle it should not exceed 3 years (36 months)',
      );
    });

    it('a missing or fractional duration is a schema error, not a finding', () => {
      const missing = check(withProject({ durationMonths: undefined }));
      expect(missing.errors).toEqual([{ pointer: '/project/durationMonths', keyword: 'required', message: '研发周期：必填' }]);
      expect(finding(missing, 'R29')).toBeUndefined();
      expect(check(withProject({ durationMonths: 30.5 })).errors[0]).toMatchObject({
        keyword: 'type',
        message: '研发周期：请填写整数，如 3（单位：月）',
      });
    });
  });

  describe('warn vs block', () => {
    it('all four soft rules at once keep the suggestion eligible', () => {
      const v = check(withProject({ foreignAdvantage: undefined, coopBasis: undefined, ipOwnership: '双方共有', durationMonths: 48 }));
      expect(v.findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual(['R24.basis:warn', 'R24:warn', 'R27:warn', 'R29:warn']);
      expect(v).toMatchObject({ valid: true, eligible: true, ok: true });
    });

    it('one hard rule on top makes it ineligible', () => {
      const v = check(withProject({ ipOwnership: '双方共有', noDuplicate: false }));
      expect(v).toMatchObject({ valid: true, eligible: false, ok: false });
      expect(v.findings[0]?.rule).toBe('R28.duplicate');
    });

    it('the role rules of 附件1–3 do not apply', () => {
      const ids = getForm('international').rules.map((r) => r.id);
      expect(ids).not.toContain('R9');
      expect(ids).not.toContain('R10');
      expect(ids).toEqual(
        expect.arrayContaining(['R24', 'R24.basis', 'R25', 'R26', 'R27', 'R28.duplicate', 'R28.talent', 'R29', 'R11', 'R12']),
      );
    });
  });
});
