import { evaluate } from '@guide-forms/core';
import { mostSpecific, withoutRepeats } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from './helpers.js';

type Data = Record<string, Record<string, unknown> | unknown[]>;
const keyRd = (): Data => clone(example<Data>('key-rd'));
const messagesAt = (v: ReturnType<typeof evaluate>, pointer: string): string[] => [
  ...v.errors.filter((e) => e.pointer === pointer).map((e) => e.message),
  ...v.findings.filter((f) => f.pointers.includes(pointer)).map((f) => f.message),
];

describe('one message per mistake (issue 11)', () => {
  it('a credit code of the wrong length gets the length message only — not the format, pattern or checksum', () => {
    const data = keyRd();
    (data.unit as Record<string, unknown>).creditCode = '91210200MA0QCWF8';
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(messagesAt(v, '/unit/creditCode')).toEqual(['统一社会信用代码：至少 18 个字']);
    expect(v.valid).toBe(false);
  });

  it('a date or month with a time appended is told the shape, not the length', () => {
    const transfer = clone(example<Data>('transfer'));
    (transfer.project as Record<string, unknown>).registrationDate = '2021-11-01T10:00';
    const v = evaluate('transfer', transfer, { now: OPEN_NOW });
    expect(messagesAt(v, '/project/registrationDate')).toEqual(['登记日期：应为日期，格式 YYYY-MM-DD']);
    const data = keyRd();
    const milestones = (data.indicators as Record<string, unknown>).milestones as Record<string, unknown>[];
    (milestones[0] as Record<string, unknown>).dueMonth = '2022-06-30';
    const m = evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' });
    expect(m.errors.filter((e) => e.pointer === '/indicators/milestones/0/dueMonth').map((e) => e.keyword)).toEqual(['format']);
  });

  it('a credit code of the right length but wrong shape gets the format message only', () => {
    const data = keyRd();
    (data.unit as Record<string, unknown>).creditCode = '9121020OMA0QCWF84H';
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(messagesAt(v, '/unit/creditCode')).toEqual([expect.stringMatching(/^统一社会信用代码：应为 18 位/)]);
  });

  it('a well-shaped code with a wrong check character still warns (nothing else says it)', () => {
    const data = keyRd();
    (data.unit as Record<string, unknown>).creditCode = '91110000600037341M';
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.findings.map((f) => f.rule)).toContain('CC.check');
  });

  it('R12 does not repeat the rows’ own errors, with rows present', () => {
    const data = keyRd();
    const indicators = data.indicators as Record<string, unknown>;
    indicators.milestones = [{ dueMonth: '2023-06', item: '样机', target: 'abc', unit: '台' }];
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.errors.map((e) => e.pointer)).toEqual(['/indicators/milestones/0/target']);
    expect(v.findings.map((f) => f.rule)).not.toContain('R12');
  });

  it('R12 still speaks when the list is empty and nothing else says so', () => {
    const data = keyRd();
    (data.indicators as Record<string, unknown>).milestones = [];
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.findings.map((f) => f.rule)).toContain('R12');
  });

  it('R14 does not echo a non-number; the type error says what to type, with the unit', () => {
    const data = keyRd();
    (data.project as Record<string, unknown>).totalRdInvestment = '２００万';
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(messagesAt(v, '/project/totalRdInvestment')).toEqual(['项目总研发投入：请只填写数字，如 200 或 12.5（单位：万元）']);
    expect(JSON.stringify(v)).not.toContain('当前为 ２００');
    const en = evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' });
    expect(en.errors[0]?.message).toMatch(/type a number only, e\.g\. 200 or 12\.5/);
  });

  it.each([
    [199.99, true],
    [200, false],
    [200.01, false],
  ])('R14 boundary with a number field and no schema error: %s → finding %s', (amount, blocked) => {
    const data = keyRd();
    (data.project as Record<string, unknown>).totalRdInvestment = amount;
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.findings.some((f) => f.rule === 'R14')).toBe(blocked);
  });

  it('mostSpecific keeps one error per field in first-failure order; withoutRepeats keeps findings with no field', () => {
    const e = (pointer: string, keyword: string) => ({ pointer, keyword, message: `${pointer} ${keyword}` });
    expect(mostSpecific([e('/a', 'pattern'), e('/b', 'format'), e('/a', 'minLength'), e('/a', 'format')])).toEqual([
      e('/a', 'minLength'),
      e('/b', 'format'),
    ]);
    const f = (pointers: string[]) => ({ rule: 'X', severity: 'block' as const, message: 'm', pointers, clause: '' });
    expect(withoutRepeats([f([]), f(['/a']), f(['/a', '/c']), f(['/ab'])], [e('/a/0/x', 'type')])).toEqual([
      f([]),
      f(['/a', '/c']),
      f(['/ab']),
    ]);
  });
});
