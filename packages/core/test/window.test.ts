import { describe, expect, it } from 'vitest';
import { evaluate, example } from './helpers.js';

const data = example('key-rd');

describe('the call window (R1): 2021-10-20 to 2021-11-10, Beijing time, both days included', () => {
  it.each([
    ['2021-10-19T23:59:59+08:00', 'before', false],
    ['2021-10-19T16:00:00Z', 'open', true], // = 2021-10-20 00:00 in Beijing
    ['2021-10-20T00:00:00+08:00', 'open', true],
    ['2021-11-01T10:00:00+08:00', 'open', true],
    ['2021-11-10T23:59:59+08:00', 'open', true],
    ['2021-11-10T23:59:59.999+08:00', 'open', true],
    ['2021-11-10T15:59:59Z', 'open', true],
    ['2021-11-11T00:00:00+08:00', 'closed', false],
    ['2021-11-10T16:00:00Z', 'closed', false],
    ['2021-11-11T08:00:00+08:00', 'closed', false],
  ])('%s → %s', (now, state, open) => {
    const v = evaluate('key-rd', data, { now });
    expect(v.window.state).toBe(state);
    expect(v.open).toBe(open);
    expect(v.ok).toBe(open);
    expect(v.eligible).toBe(true); // the window never makes the proposal itself ineligible
  });

  it('says when the window has closed, in both languages', () => {
    expect(evaluate('key-rd', data, { now: '2021-11-11T08:00:00+08:00' }).window.message).toMatch(/已于 2021-11-10 截止/);
    expect(evaluate('key-rd', data, { now: '2021-11-11T08:00:00+08:00', lang: 'en' }).window.message).toMatch(/closed on 2021-11-10/);
    expect(evaluate('key-rd', data, { now: '2021-10-19T08:00:00+08:00' }).window.message).toMatch(/尚未开始/);
  });

  // A time written without its zone is 北京时间, the call's, wherever the check runs (decisions, third reading).
  it.each([
    ['2021-10-19T23:59', 'before'],
    ['2021-10-19 23:59:59', 'before'],
    ['2021-10-20', 'open'],
    ['2021-10-20T00:00', 'open'],
    ['2021-11-10T23:59', 'open'],
    ['2021-11-10T23:59:59.999', 'open'],
    ['2021-11-10', 'open'],
    ['2021-11-11', 'closed'],
    ['2021-11-11T00:00:00', 'closed'],
  ])('%s without a zone is read in Beijing time → %s', (now, state) => {
    expect(evaluate('key-rd', data, { now }).window.state).toBe(state);
  });

  it("reads a zone-less time the same whatever the machine's time zone", () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati']) {
        process.env.TZ = zone;
        expect(evaluate('key-rd', data, { now: '2021-11-10T23:59' }).window.state, zone).toBe('open');
        expect(evaluate('key-rd', data, { now: '2021-10-19T20:00' }).window.state, zone).toBe('before');
      }
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('accepts a Date and refuses an unreadable time', () => {
    expect(evaluate('key-rd', data, { now: new Date('2021-11-01T02:00:00Z') }).open).toBe(true);
    expect(() => evaluate('key-rd', data, { now: 'next tuesday' })).toThrow(/无法识别的时间/);
    // Free forms Date.parse would guess at, in the machine's zone, are refused rather than guessed.
    for (const now of ['Nov 10 2021', '2021/11/10', '10/11/2021', '2021-11-10T25:00', '2021-13-01']) {
      expect(() => evaluate('key-rd', data, { now }), now).toThrow(/无法识别的时间/);
    }
  });
});
