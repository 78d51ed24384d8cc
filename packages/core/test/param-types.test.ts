import { type Catalog, Engine, type Rule } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { paramTypeProblems } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, ROOT, YEAR } from './helpers.js';

const FILE = 'rules/2023/key-rd.rules.json';
const r14 = (min: unknown) => ({ id: 'R14', params: { min }, logic: { '>=': [{ var: '/project/totalRdInvestment' }, { param: 'min' }] } });

describe('params have the type their use gives them', () => {
  it.each([
    ['300万', '300'],
    ['２００', '200'],
    ['300 万元', '300'],
    ['two hundred', 'a number, e.g. 300'],
  ])('a compared param written as %j is refused', (min, expected) => {
    expect(paramTypeProblems(r14(min), FILE, '/rules/0')).toEqual([
      expect.objectContaining({ code: 'param-type', file: FILE, pointer: '/rules/0/params/min', expected, found: JSON.stringify(min) }),
    ]);
  });

  it('a list where an amount is compared is refused; numbers pass', () => {
    expect(paramTypeProblems(r14([300]), FILE, '/rules/0')[0]?.message).toBe(
      '规则 R14：参数 "min" 用于比较或计算，应为数字，实际为列表 [300]',
    );
    expect(paramTypeProblems(r14(300), FILE, '/rules/0')).toEqual([]);
    expect(paramTypeProblems(r14(199.99), FILE, '/rules/0')).toEqual([]);
  });

  it('a param used as a list (in) may be a list', () => {
    const rule = { id: 'X', params: { allowed: ['a', 'b'] }, logic: { in: [{ var: '/x' }, { param: 'allowed' }] } };
    expect(paramTypeProblems(rule, FILE, '/rules/0')).toEqual([]);
  });

  it('the engine refuses the rule file instead of blocking every submission', () => {
    const catalog: Catalog = loadCatalog(ROOT);
    const year = clone(catalog.years[YEAR]!);
    const rule = year.rules['key-rd']!.rules.find((r) => r.id === 'R14') as Rule;
    (rule.params as Record<string, unknown>).min = '300万';
    catalog.years[YEAR] = year;
    expect(() => new Engine(catalog, ajvValidators()).getForm('key-rd', YEAR)).toThrow(
      '规则 R14：参数 "min" 用于比较或计算，应为数字，实际为文字 "300万"',
    );
  });
});

describe('a compared date', () => {
  const rule = (earliest: unknown) => ({
    id: 'R18.date',
    params: { earliest },
    logic: { '>=': [{ var: '/project/registrationDate' }, { param: 'earliest' }] },
  });
  it('may be written YYYY-MM-DD, but not as other text', () => {
    expect(paramTypeProblems(rule('2000-01-01'), FILE, '/rules/3')).toEqual([]);
    expect(paramTypeProblems(rule('2000年1月1日'), FILE, '/rules/3')).toHaveLength(1);
  });
});
