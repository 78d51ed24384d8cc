// The {"today": …} operator: rules judge dates against the day of checking, in the call's time zone.
import { applyLogic, compileLogic, localDate, withToday } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';

const site = { file: 'rules/2022/x.rules.json', pointer: '/rules/0/logic', rule: 'X', params: {} };

describe('localDate', () => {
  it.each([
    ['2021-11-10T15:59:59Z', '2021-11-10'],
    ['2021-11-10T16:00:00Z', '2021-11-11'],
    ['2021-12-31T16:00:00Z', '2022-01-01'],
  ])('%s is %s in Beijing', (instant, day) => {
    expect(localDate(new Date(instant), '+08:00')).toBe(day);
  });

  it('reads negative offsets', () => {
    expect(localDate(new Date('2021-11-11T03:00:00Z'), '-05:00')).toBe('2021-11-10');
  });
});

describe('{"today": …}', () => {
  const run = (logic: unknown, day: string) =>
    withToday(day, () => applyLogic(compileLogic(logic as never, site).logic, { d: '2021-11-01', y: 2021 } as never));

  it('answers the date, the month or the year of the day it runs for', () => {
    expect(run({ today: [] }, '2021-11-01')).toBe('2021-11-01');
    expect(run({ today: 'month' }, '2021-11-01')).toBe('2021-11');
    expect(run({ today: 'year' }, '2021-11-01')).toBe(2021);
  });

  it('compares with a YYYY-MM-DD field: the day itself is not in the future', () => {
    const notFuture = { '<=': [{ var: '/d' }, { today: [] }] };
    expect(run(notFuture, '2021-10-31')).toBe(false);
    expect(run(notFuture, '2021-11-01')).toBe(true);
    expect(run(notFuture, '2021-11-02')).toBe(true);
  });

  it('refuses a part it does not know, naming the rule and the pointer', () => {
    expect(() => compileLogic({ today: 'week' } as never, site)).toThrow(/规则 X：today 的参数只能是/);
    expect(() => compileLogic({ today: ['year', 'x'] } as never, site)).toThrow(/需要 0–1 个参数/);
  });

  it('restores the previous day after a run, even when the run throws', () => {
    withToday('2020-01-01', () => {
      expect(() =>
        withToday('2021-01-01', () => {
          throw new Error('x');
        }),
      ).toThrow('x');
      expect(run({ today: 'year' }, '2020-01-01')).toBe(2020);
    });
  });
});
