// What evaluate keeps between checks (I13f-1) — the last day asked for, the last `now` text
// parsed, each call's window bounds and messages — answers exactly as if made afresh, in any
// order of asking, and forgets a window that changed.
import { type CallFile, GuideFormsError } from '@guide-forms/core';
import { windowState } from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAt } from '../src/logic/today.js';
import { instantOf, windowAt } from '../src/window.js';
import { getForm } from './helpers.js';

/** The calendar day at an offset, computed afresh every time (what dayAt did before). */
function freshDay(time: number, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(time + minutes * 60_000).toISOString().slice(0, 10);
}

/** The day, or that it threw (past the range a Date holds, both throw a RangeError). */
function answer(day: () => string): string {
  try {
    return day();
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

const MIDNIGHT_BEIJING = Date.parse('2021-11-10T16:00:00Z');

describe('dayAt remembers the last day', () => {
  it('and answers as afresh for any sequence of instants and offsets, day edges included', () => {
    const instant = fc.oneof(
      fc.integer({ min: -1_000, max: 1_000 }).map((ms) => MIDNIGHT_BEIJING + ms),
      fc.integer({ min: -3, max: 3 }).map((days) => MIDNIGHT_BEIJING + days * 86_400_000 - 1),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
    );
    const offset = fc.constantFrom('+08:00', '-05:00', '+00:00', '+05:45', '-12:00', '+14:00', 'bogus');
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, offset), { minLength: 1, maxLength: 20 }), (asks) => {
        for (const [time, off] of asks) expect(answer(() => dayAt(time, off))).toBe(answer(() => freshDay(time, off)));
      }),
      { numRuns: 500 },
    );
  });

  it('2021-11-10T15:59:59.999Z is the 10th in Beijing, one millisecond later the 11th, and back', () => {
    expect(dayAt(MIDNIGHT_BEIJING - 1, '+08:00')).toBe('2021-11-10');
    expect(dayAt(MIDNIGHT_BEIJING, '+08:00')).toBe('2021-11-11');
    expect(dayAt(MIDNIGHT_BEIJING - 1, '+08:00')).toBe('2021-11-10');
    expect(dayAt(MIDNIGHT_BEIJING, '-05:00')).toBe('2021-11-10');
  });

  it('throws for an instant a Date cannot hold, every time', () => {
    expect(() => dayAt(Number.NaN, '+08:00')).toThrow(RangeError);
    expect(() => dayAt(9e15, '+08:00')).toThrow(RangeError);
  });
});

describe('instantOf remembers the last text', () => {
  it('parses each text as toInstant does, and refuses a bad one every time', () => {
    expect(instantOf('2021-11-01T10:00:00+08:00', '+08:00')).toBe(Date.parse('2021-11-01T02:00:00Z'));
    expect(instantOf('2021-11-01T10:00:00+08:00', '+08:00')).toBe(Date.parse('2021-11-01T02:00:00Z'));
    expect(instantOf('2021-11-01T10:00:00Z', '+08:00')).toBe(Date.parse('2021-11-01T10:00:00Z'));
    for (let i = 0; i < 2; i++) {
      expect(() => instantOf('not a date', '+08:00')).toThrow(GuideFormsError);
      expect(() => instantOf('', '+08:00')).toThrow(GuideFormsError);
    }
    expect(instantOf(new Date(5), '+08:00')).toBe(5);
    expect(instantOf(7, '+08:00')).toBe(7);
  });

  it('remembers a zone-less text with its zone: the same text in another call is another moment', () => {
    expect(instantOf('2021-11-01T10:00', '+08:00')).toBe(Date.parse('2021-11-01T02:00:00Z'));
    expect(instantOf('2021-11-01T10:00', '+00:00')).toBe(Date.parse('2021-11-01T10:00:00Z'));
    expect(instantOf('2021-11-01T10:00', '+08:00')).toBe(Date.parse('2021-11-01T02:00:00Z'));
  });
});

describe('windowAt remembers a call’s window', () => {
  const call = getForm('key-rd').call;
  const edges = ['2021-10-19T15:59:59.999Z', '2021-10-19T16:00:00Z', '2021-11-10T15:59:59.999Z', '2021-11-10T16:00:00Z'].map(Date.parse);

  it('and says what windowState says, at the edges and anywhere, in both languages', () => {
    const time = fc.oneof(fc.constantFrom(...edges), fc.integer({ min: edges[0]! - 5e9, max: edges[3]! + 5e9 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(time, fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>), { maxLength: 12 }), (asks) => {
        for (const [t, lang] of asks) expect(windowAt(call, t, lang)).toEqual(windowState(call, new Date(t), lang));
      }),
    );
  });

  it('forgets a window that changed: a new closing day, a time zone name, an open end', () => {
    const copy: CallFile = structuredClone(call);
    const t = Date.parse('2021-11-20T10:00:00+08:00');
    expect(windowAt(copy, t, 'zh-CN').state).toBe('closed');
    copy.window = { ...copy.window, closes: '2021-11-30' };
    expect(windowAt(copy, t, 'zh-CN')).toEqual(windowState(copy, new Date(t), 'zh-CN'));
    expect(windowAt(copy, t, 'zh-CN').state).toBe('open');
    copy.window.zoneName = { 'zh-CN': '大连时间', en: 'Dalian time' };
    expect(windowAt(copy, t, 'en').message).toContain('Dalian time');
    copy.window.closes = null;
    expect(windowAt(copy, t, 'zh-CN')).toEqual(windowState(copy, new Date(t), 'zh-CN'));
  });

  it('names call.json for a window it cannot read, every time', () => {
    const broken: CallFile = { ...structuredClone(call), window: { ...call.window, opens: '2021-13-01' } };
    for (let i = 0; i < 2; i++) {
      expect(() => windowAt(broken, 0, 'zh-CN', () => 'rules/2022/call.json')).toThrow(
        expect.objectContaining({ code: 'call-window', file: 'rules/2022/call.json', pointer: '/window/opens' }),
      );
    }
  });
});
