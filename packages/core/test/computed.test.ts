// Computed values and the arithmetic a tiered ratio needs: “研发投入占销售收入的比例 … 销售收入小于5000万元的
// 企业比例不低于5%” is a figure the rule derives, compares against a band's threshold and shows.
import { type Catalog, Engine, GuideFormsError, type Rule } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { applyLogic, compileLogic, compileRuleFile } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT, YEAR } from './helpers.js';

const site = { file: 'rules/2022/x.rules.json', pointer: '/rules/0/logic', rule: 'X1', params: {} };
const run = (logic: unknown, data: unknown = {}) => applyLogic(compileLogic(logic as never, site).logic, data as never);

describe('percent and trunc', () => {
  it('computes a percentage on the written digits, exact at a threshold', () => {
    expect(run({ percent: [4.35, 87] })).toBe(5); // the double's 4.35 * 100 / 87 is 4.999…
    expect(run({ percent: [250, 5000] })).toBe(5);
    expect(run({ percent: [199.99, 4000] })).toBe(4.99975);
    expect(run({ percent: [{ var: '/a' }, { var: '/b' }] }, { a: 1, b: 3 })).toBeCloseTo(33.333333, 5);
  });

  it('answers null, never Infinity, for a zero or missing whole', () => {
    expect(run({ percent: [250, 0] })).toBeNull();
    expect(run({ percent: [0, 0] })).toBeNull();
    expect(run({ percent: [{ var: '/a' }, { var: '/b' }] }, { a: 5 })).toBeNull();
    expect(run({ percent: ['5', 100] })).toBeNull();
    // …so “不低于 5%” fails on it instead of passing as Infinity would.
    expect(run({ '>=': [{ percent: [250, 0] }, 5] })).toBe(false);
  });

  it('cuts toward zero, so a shown figure never reaches a threshold it misses', () => {
    expect(run({ trunc: [4.9999, 2] })).toBe(4.99);
    expect(run({ trunc: [0.29, 2] })).toBe(0.29);
    expect(run({ trunc: [-1.987, 1] })).toBe(-1.9);
    expect(run({ trunc: [7.5] })).toBe(7);
    expect(run({ trunc: [1e-9, 2] })).toBe(0);
    expect(run({ trunc: ['x', 2] })).toBeNull();
    expect(run({ trunc: [1.5, -1] })).toBeNull();
  });
});

describe('computed values in logic', () => {
  const withComputed = { ...site, computed: { ratio: { percent: [{ var: '/a' }, { var: '/b' }] }, band: { 'zh-CN': '一', en: 'one' } } };

  it('inlines a computed value with its reads', () => {
    const c = compileLogic({ '>=': [{ computed: 'ratio' }, 5] }, withComputed);
    expect(c.logic).toEqual({ '>=': [{ percent: [{ var: ['a'] }, { var: ['b'] }] }, 5] });
    expect(c.reads.map((r) => r.pointer)).toEqual(['/a', '/b']);
    expect(c.computed).toEqual(['ratio']);
  });

  it('refuses an undefined, self-reading or text-only computed value, naming where', () => {
    const refuse = (logic: unknown, s = withComputed) => {
      try {
        compileLogic(logic as never, s as never);
      } catch (error) {
        expect(error).toBeInstanceOf(GuideFormsError);
        return error as GuideFormsError;
      }
      throw new Error('accepted');
    };
    expect(refuse({ computed: 'ratoi' }).message).toBe('规则 X1：未定义的计算值 "ratoi"');
    expect(refuse({ computed: 'band' }).message).toMatch(/只能用于提示/);
    const loop = refuse({ computed: 'a' }, { ...site, computed: { a: { '+': [{ computed: 'b' }, 1] }, b: { computed: 'a' } } } as never);
    expect(loop.message).toMatch(/引用了自身（a → b → a）/);
    expect(loop.pointer).toBe('/computed/b/computed');
  });

  it('refuses a computed value named like a param, in the rule file', () => {
    const rule = {
      id: 'X1',
      severity: 'block',
      title: { 'zh-CN': 't', en: 't' },
      clause: 'c',
      fields: [],
      params: { min: 5 },
      computed: { min: 1 },
      logic: true,
      message: { 'zh-CN': 'm', en: 'm' },
      tests: [],
    };
    expect(() => compileRuleFile({ year: 2022, rules: [rule as never] }, 'rules/2022/x.rules.json')).toThrow(/计算值 "min" 与参数同名/);
  });
});

describe('a tiered ratio rule in the engine', () => {
  // 配套资金 ÷ 总研发投入 on key-rd stands in for 研发投入 ÷ 销售收入: three bands by the whole.
  const tiered: Rule = {
    id: 'X.tier',
    severity: 'block',
    title: { 'zh-CN': '比例达到分档要求', en: 'Ratio meets its band' },
    clause: '销售收入小于5000万元的企业比例不低于5%',
    fields: ['/project/totalRdInvestment', '/project/matchingFunds'],
    needs: ['/project/totalRdInvestment', '/project/matchingFunds'],
    params: { low: 500, high: 2000, lowMin: 80, midMin: 70, highMin: 60 },
    computed: {
      ratio: { percent: [{ var: '/project/matchingFunds' }, { var: '/project/totalRdInvestment' }] },
      shown: { trunc: [{ computed: 'ratio' }, 2] },
      required: {
        if: [
          { '<': [{ var: '/project/totalRdInvestment' }, { param: 'low' }] },
          { param: 'lowMin' },
          { '<': [{ var: '/project/totalRdInvestment' }, { param: 'high' }] },
          { param: 'midMin' },
          { param: 'highMin' },
        ],
      },
      band: {
        'zh-CN': { if: [{ '<': [{ var: '/project/totalRdInvestment' }, { param: 'low' }] }, '小档', '大档'] },
        en: { if: [{ '<': [{ var: '/project/totalRdInvestment' }, { param: 'low' }] }, 'small', 'large'] },
      },
    },
    when: { '>': [{ var: '/project/totalRdInvestment' }, 0] },
    logic: { '>=': [{ computed: 'ratio' }, { computed: 'required' }] },
    message: { 'zh-CN': '{band}：应不低于 {required}%，实际为 {shown}%', en: '{band}: at least {required}%, actually {shown}%' },
    tests: [],
  };
  function engine(): Engine {
    const catalog: Catalog = loadCatalog(ROOT);
    catalog.years[YEAR]!.rules['key-rd']!.rules.push(tiered);
    return new Engine(catalog, ajvValidators());
  }
  const withAmounts = (total: number, matching: number) => {
    const data = clone(example<{ project: Record<string, unknown> }>('key-rd'));
    Object.assign(data.project, { totalRdInvestment: total, matchingFunds: matching });
    return data;
  };
  const finding = (e: Engine, total: number, matching: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    e.evaluate('key-rd', withAmounts(total, matching), { year: YEAR, now: OPEN_NOW, lang }).findings.find((f) => f.rule === 'X.tier');

  it('picks the band, and says the band, the required and the actual percentage', () => {
    const e = engine();
    expect(finding(e, 400, 319.99)?.message).toBe('小档：应不低于 80%，实际为 79.99%');
    expect(finding(e, 400, 320)).toBeUndefined();
    expect(finding(e, 400, 320.01)).toBeUndefined();
    expect(finding(e, 1000, 699.99)?.message).toBe('大档：应不低于 70%，实际为 69.99%');
    expect(finding(e, 1000, 699.99, 'en')?.message).toBe('large: at least 70%, actually 69.99%');
    expect(finding(e, 2000, 1199.99)?.message).toBe('大档：应不低于 60%，实际为 59.99%');
    expect(finding(e, 2000, 1200)).toBeUndefined();
    // A ratio a hair under the threshold is shown under it, never rounded up to it.
    expect(finding(e, 3000, 1799.97)?.message).toBe('大档：应不低于 60%，实际为 59.99%');
  });
});
