// A notice that gives no closing date (Yichang 2022): the window opens on publication and stays
// open, and says so — never a made-up deadline, never "closed".
import type { CallFile } from '@guide-forms/core';
import { windowBounds, windowState } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';

const call = {
  window: { opens: '2022-07-18', closes: null, utcOffset: '+08:00', clause: '（通知未规定截止日期）' },
} as unknown as CallFile;

describe('a window without a closing date', () => {
  it.each([
    ['2022-07-17T23:59:59+08:00', 'before'],
    ['2022-07-17T16:00:00Z', 'open'], // = 2022-07-18 00:00 in Beijing
    ['2022-07-18T00:00:00+08:00', 'open'],
    ['2030-12-31T23:59:59+08:00', 'open'],
  ])('%s → %s', (now, state) => {
    expect(windowState(call, new Date(now), 'zh-CN').state).toBe(state);
  });

  it('has no end, and reports closes as null', () => {
    expect(windowBounds(call).until).toBe(Number.POSITIVE_INFINITY);
    const w = windowState(call, new Date('2022-08-01T10:00:00+08:00'), 'zh-CN');
    expect(w).toEqual({
      state: 'open',
      opens: '2022-07-18',
      closes: null,
      message: '征集进行中：自 2022-07-18 起受理，通知未规定截止日期',
    });
  });

  it('says so in both languages, before and while open', () => {
    const at = (now: string, lang: 'zh-CN' | 'en') => windowState(call, new Date(now), lang).message;
    expect(at('2022-07-01T10:00:00+08:00', 'zh-CN')).toBe('征集尚未开始：自 2022-07-18 起受理（北京时间），通知未规定截止日期');
    expect(at('2022-07-01T10:00:00+08:00', 'en')).toMatch(/accepted from 2022-07-18.*no closing date/);
    expect(at('2022-08-01T10:00:00+08:00', 'en')).toBe(
      'The call is open: submissions are accepted from 2022-07-18; the notice gives no closing date.',
    );
  });

  it('still refuses a malformed opening date, naming the pointer', () => {
    const bad = { window: { ...call.window, opens: '2022-7-18' } } as unknown as CallFile;
    expect(() => windowBounds(bad, 'rules/2022/call.json')).toThrow(/不是有效日期/);
  });
});
