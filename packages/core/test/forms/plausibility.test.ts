// Issue 10, item 6: dates and money that cannot be — judged against the evaluation's `now` in Beijing time.
import { evaluate, type Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const rules = (v: Verdict, severity = 'block'): string[] => v.findings.filter((f) => f.severity === severity).map((f) => f.rule);

function project(category: string, fields: Record<string, unknown>): Data {
  const data = clone(example<Data>(category));
  Object.assign(data.project as object, fields);
  return data;
}

describe('a contract registered after today (附件4, R18.date)', () => {
  it.each([
    ['2021-10-31', OPEN_NOW, true],
    ['2021-11-01', OPEN_NOW, true],
    ['2021-11-02', OPEN_NOW, false],
    // 2021-11-01T16:00Z is already 11-02 in Beijing: the day of a Beijing applicant counts.
    ['2021-11-02', '2021-11-01T16:00:00Z', true],
    ['2021-11-02', '2021-11-01T15:59:59Z', false],
    ['1999-12-31', OPEN_NOW, false],
    ['2000-01-01', OPEN_NOW, true],
  ])('登记日期 %s checked at %s → ok %s', (registrationDate, now, ok) => {
    const v = evaluate('transfer', project('transfer', { registrationDate }), { now });
    expect(v.valid).toBe(true);
    expect(rules(v).includes('R18.date')).toBe(!ok);
  });

  it('says which date and cites 应认定登记', () => {
    const f = evaluate('transfer', project('transfer', { registrationDate: '2030-01-01' }), { now: OPEN_NOW }).findings.find(
      (x) => x.rule === 'R18.date',
    );
    expect(f).toMatchObject({ severity: 'block', clause: '成果签订的技术转让合同应认定登记', pointers: ['/project/registrationDate'] });
    expect(f?.message).toContain('2030-01-01');
  });
});

describe('a 需求时限 already past (附件1, R32.past)', () => {
  it.each([
    [2020, 2020, false],
    [2020, 2021, true],
    [2021, 2021, true],
    [2022, 2024, true],
  ])('%i–%i checked in November 2021 → ok %s', (startYear, endYear, ok) => {
    const v = evaluate('challenge', project('challenge', { startYear, endYear }), { now: OPEN_NOW });
    expect(rules(v).includes('R32.past')).toBe(!ok);
  });

  it('an end before the start is R32, and a year before 2000 a schema error', () => {
    expect(rules(evaluate('challenge', project('challenge', { startYear: 2024, endYear: 2023 }), { now: OPEN_NOW }))).toContain('R32');
    const v = evaluate('challenge', project('challenge', { startYear: 1999 }), { now: OPEN_NOW });
    expect(v.errors).toEqual([{ pointer: '/project/startYear', keyword: 'minimum', message: expect.stringContaining('2000') }]);
  });
});

describe('a milestone already past (R12.due, every form with milestones)', () => {
  for (const category of ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international']) {
    it.each([
      ['2021-10', false],
      ['2021-11', true],
      ['2021-12', true],
      ['1999-12', false],
    ])(`${category}: 节点 %s in November 2021 → ok %s`, (dueMonth, ok) => {
      const data = clone(example<Data>(category));
      const milestones = (data.indicators as { milestones: Record<string, unknown>[] }).milestones;
      milestones[milestones.length - 1] = { ...milestones[milestones.length - 1], dueMonth };
      expect(rules(evaluate(category, data, { now: OPEN_NOW })).includes('R12.due')).toBe(!ok);
    });
  }
});

describe('money that cannot be: 自筹 or 配套资金 above the total', () => {
  it.each([
    ['key-rd', 'matchingFunds', 'totalRdInvestment', 'R33.matching'],
    ['transfer', 'matchingFunds', 'totalRdInvestment', 'R33.matching'],
    ['challenge', 'selfFunding', 'plannedInvestment', 'R33'],
  ])('%s: %s above %s blocks (%s), equal passes', (category, part, total, rule) => {
    const base = clone(example<Data>(category));
    const sum = (base.project as Record<string, number>)[total] as number;
    for (const [value, blocked] of [
      [sum - 0.01, false],
      [sum, false],
      [sum + 0.01, true],
    ] as const) {
      const v = evaluate(category, project(category, { [part]: value }), { now: OPEN_NOW });
      expect(rules(v).includes(rule), `${part} ${value} of ${sum}`).toBe(blocked);
    }
  });
});
