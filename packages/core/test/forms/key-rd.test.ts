import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, getForm, listCategories, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const eligible = example<Data>('key-rd');
const withField = (section: string, field: string, value: unknown): Data => {
  const data = clone(eligible);
  if (value === undefined) delete data[section]![field];
  else data[section]![field] = value;
  return data;
};

describe('key-rd (附件2 重点科技研发计划)', () => {
  it('is listed with its Chinese title', () => {
    expect(listCategories(2022)).toContainEqual(expect.objectContaining({ category: 'key-rd', title: '重点科技研发计划指南建议征集表' }));
  });

  it('the eligible example is ok and routed by domain', () => {
    const v = evaluate('key-rd', eligible, { now: OPEN_NOW });
    expect(v).toMatchObject({
      valid: true,
      eligible: true,
      open: true,
      ok: true,
      route: { department: '高新处', phone: '0411-39989885', submission: 'direct' },
    });
    const health = clone(eligible);
    health.classification!.domain = '医疗卫生';
    expect(evaluate('key-rd', health, { now: OPEN_NOW }).route).toMatchObject({ department: '社农处', phone: '0411-39989856' });
  });

  describe('R14 项目总研发投入在200万元以上 (以上 includes 200)', () => {
    it.each([
      [199.99, false],
      [200, true],
      [200.01, true],
      [0, false],
    ])('%s 万元 → ok %s', (amount, ok) => {
      // 配套资金 is part of the total (R33.matching), so it is kept within the amount tried here.
      const data = withField('project', 'totalRdInvestment', amount);
      (data.project as Record<string, unknown>).matchingFunds = Math.min(50, amount);
      const v = evaluate('key-rd', data, { now: OPEN_NOW });
      expect(v.ok).toBe(ok);
      expect(v.findings.some((f) => f.rule === 'R14')).toBe(!ok);
    });

    it('cites 200万元 and the clause, in Chinese and in English', () => {
      const data = withField('project', 'totalRdInvestment', 199.99);
      const zh = evaluate('key-rd', data, { now: OPEN_NOW }).findings.find((f) => f.rule === 'R14');
      expect(zh).toEqual({
        rule: 'R14',
        severity: 'block',
        message: '项目总研发投入应在 200 万元以上（含 200 万元），当前为 199.99 万元',
        pointers: ['/project/totalRdInvestment'],
        clause: '项目总研发投入在200万元以上',
      });
      const en = evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' }).findings.find((f) => f.rule === 'R14');
      expect(en?.message).toBe('Total R&D investment must be at least 200 ×10k CNY (currently 199.99)');
    });

    it('a missing amount is a schema error, not a second finding', () => {
      const v = evaluate('key-rd', withField('project', 'totalRdInvestment', undefined), { now: OPEN_NOW });
      expect(v.errors).toEqual([{ pointer: '/project/totalRdInvestment', keyword: 'required', message: '项目总研发投入：必填' }]);
      expect(v.findings.some((f) => f.rule === 'R14')).toBe(false);
    });

    it('a negative amount names the field and its unit', () => {
      const v = evaluate('key-rd', withField('project', 'totalRdInvestment', -1), { now: OPEN_NOW });
      expect(v.errors).toContainEqual({
        pointer: '/project/totalRdInvestment',
        keyword: 'minimum',
        message: '项目总研发投入：应不低于 0 万元',
      });
      const en = evaluate('key-rd', withField('project', 'totalRdInvestment', -1), { now: OPEN_NOW, lang: 'en' });
      expect(en.errors[0]?.message).toBe('Total R&D investment: must be at least 0 ×10k CNY');
    });
  });

  describe('R15 前期研究基础、实施条件、配套资金', () => {
    it.each([
      ['matchingFunds', 0, true],
      ['matchingFunds', 0.01, false],
      ['priorBasis', '', true],
      ['conditions', '', true],
    ])('%s = %j → finding %s', (field, value, finding) => {
      const v = evaluate('key-rd', withField('project', field, value), { now: OPEN_NOW });
      expect(v.findings.some((f) => f.rule.startsWith('R15'))).toBe(finding);
      expect(v.eligible).toBe(!finding);
    });
  });

  describe('two-sided filling (R9, R10)', () => {
    it('a 技术需求方 must be an 企业', () => {
      const data = clone(eligible);
      data.unit = { ...data.unit, unitType: '高等院校', reviewDept: '科学技术研究院' };
      delete data.unit.isStartup;
      const v = evaluate('key-rd', data, { now: OPEN_NOW });
      expect(v.findings).toContainEqual(
        expect.objectContaining({
          rule: 'R10',
          severity: 'block',
          message: '以技术需求方身份填报的，单位性质须为企业（当前为“高等院校”）',
        }),
      );
      expect(v.route?.submission).toBe('institution-review');
    });

    it('the role selects the required section', () => {
      const provider = clone(eligible);
      provider.classification!.role = '技术提供方';
      const v = evaluate('key-rd', provider, { now: OPEN_NOW });
      expect(v.errors).toContainEqual(
        expect.objectContaining({ pointer: '/provider', keyword: 'required', message: '技术提供方建议：必填' }),
      );
      provider.provider = {
        specificTechnology: '曲面焊缝识别',
        strategicSignificance: '自主可控',
        techStatus: '国内空白',
        rdSuggestion: '产学研联合攻关',
      };
      expect(evaluate('key-rd', provider, { now: OPEN_NOW }).valid).toBe(true);
    });

    it('without a role, R9 blocks', () => {
      expect(evaluate('key-rd', withField('classification', 'role', undefined), { now: OPEN_NOW }).findings.map((f) => f.rule)).toContain(
        'R9',
      );
    });
  });

  it('an institution needs its research office (所属科研部门)', () => {
    const data = clone(eligible);
    data.classification!.role = '技术提供方';
    data.provider = { specificTechnology: 'a', strategicSignificance: 'b', techStatus: 'c', rdSuggestion: 'd' };
    data.unit = { ...data.unit, unitType: '科研院所' };
    expect(evaluate('key-rd', data, { now: OPEN_NOW }).errors).toContainEqual(
      expect.objectContaining({ pointer: '/unit/reviewDept', keyword: 'required' }),
    );
  });

  it('getForm returns the schema with year options filled and the rules in force', () => {
    const form = getForm('key-rd', 2022);
    const domain = (form.schema.properties as Record<string, { properties: Record<string, { enum: string[] }> }>).classification!.properties
      .domain!;
    expect(domain.enum).toContain('智能制造');
    expect(form.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15.funds']),
    );
    expect(form.rules.map((r) => r.id)).not.toContain('R16');
  });

  it('never throws on hostile data', () => {
    for (const data of [null, 42, 'x', [], { unit: 'x' }, { project: { totalRdInvestment: '200' } }, { ['__proto__']: { ok: true } }]) {
      const v = evaluate('key-rd', data, { now: OPEN_NOW });
      expect(v.ok).toBe(false);
      expect(v.valid).toBe(false);
    }
  });
});

describe('schema messages use display labels', () => {
  it('an enum error lists the Chinese labels, or the English ones', () => {
    const data = clone(eligible);
    data.project!.industryType = '夕阳产业';
    const zh = evaluate('key-rd', data, { now: OPEN_NOW }).errors[0];
    expect(zh).toEqual({
      pointer: '/project/industryType',
      keyword: 'enum',
      message: '产业类型：请从选项中选择（未来型产业、先导型产业、其他重点产业）',
    });
    const en = evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' }).errors[0];
    expect(en?.message).toBe('Industry type: choose one of the options (Future industry, Pilot industry, Other key industry)');
  });

  it('year options carry English names from call.json optionsEn', () => {
    const form = getForm('key-rd', 2022);
    const domain = (form.schema.properties as Record<string, { properties: Record<string, Record<string, string[]>> }>).classification!
      .properties.domain!;
    expect(domain['x-enum-en']![domain.enum!.indexOf('智能制造')]).toBe('Smart manufacturing');
  });
});

describe('hints follow the year', () => {
  it('a threshold in a field hint comes from the rule param in force', () => {
    const form = getForm('key-rd', 2022);
    const project = (form.schema.properties as Record<string, { properties: Record<string, Record<string, string>> }>).project!;
    expect(project.properties.totalRdInvestment!.description).toBe('项目总研发投入在 200 万元以上（含 200 万元）');
    expect(project.properties.totalRdInvestment!['x-description-en']).toBe('At least 200 ×10k CNY');
  });

  it('no hint of any form keeps an unfilled {rule.param} placeholder', () => {
    for (const { category } of listCategories(2022)) {
      const text = JSON.stringify(getForm(category, 2022).schema);
      expect(text.match(/"(description|x-description-en)":"[^"]*\{R[^"]*"/g), category).toBeNull();
    }
  });
});
