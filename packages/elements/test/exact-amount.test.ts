// Issue 14 (decisions §14): a typed amount is read exactly as typed, or kept as text — never
// rounded across a threshold. 199.999999999999999 would be stored as 200 and pass R14.
import { afterEach, describe, expect, it } from 'vitest';
import { parseText } from '../src/index.js';
import { ELIGIBLE, mount, type } from './setup.js';

afterEach(() => document.body.replaceChildren());

describe('typed amounts', () => {
  it('parseText keeps a number that a double cannot hold as typed', () => {
    expect(parseText('number', '199.999999999999999')).toBe('199.999999999999999');
    expect(parseText('number', '1e999')).toBe('1e999');
    expect(parseText('number', '200.0000')).toBe(200);
    expect(parseText('number', '199.9999')).toBe(199.9999);
  });

  it.each([
    ['199.99', 'R14 blocks', { errors: [], r14: true }],
    ['200', 'ok', { errors: [], r14: false }],
    ['200.01', 'ok', { errors: [], r14: false }],
    // Kept as text: the schema says 应填写数字, so the verdict is not ok whatever R14 makes of it.
    ['199.999999999999999', 'not ok: not a number as typed', { errors: ['type'], r14: false }],
    ['199.99995', 'not ok: five decimals (R14 does not repeat it)', { errors: ['multipleOf'], r14: false }],
  ])('%s → %s', async (typed, _, expected) => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'], now: '2021-11-01T10:00:00+08:00' });
    await type(el, '/project/totalRdInvestment', typed);
    const verdict = el.verdict!;
    expect(verdict.errors.filter((e) => e.pointer === '/project/totalRdInvestment').map((e) => e.keyword)).toEqual(expected.errors);
    expect(verdict.findings.some((f) => f.rule === 'R14')).toBe(expected.r14);
    expect(verdict.ok).toBe(expected.errors.length === 0 && !expected.r14);
    if (expected.errors[0] === 'multipleOf') {
      expect(verdict.errors.find((e) => e.keyword === 'multipleOf')?.message).toBe('项目总研发投入：最多保留 4 位小数');
    }
  });
});
