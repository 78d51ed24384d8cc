// Issue 10, item 4: no limits the notice does not state — only generous technical bounds, and no invented required fields.
import { evaluate, type Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const check = (category: string, data: unknown): Verdict => evaluate(category, data, { now: OPEN_NOW });

function set(category: string, section: string, key: string, value: unknown, file = 'eligible.json'): Data {
  const data = clone(example<Data>(category, file));
  data[section] ??= {};
  if (value === undefined) delete (data[section] as Record<string, unknown>)[key];
  else (data[section] as Record<string, unknown>)[key] = value;
  return data;
}

describe('durations: no 60- or 120-month cap the notice does not state', () => {
  it.each([
    ['key-rd', 72],
    ['transfer', 84],
    ['international', 130],
    ['summary', 130],
  ])('%s accepts %i months', (category, months) => {
    expect(check(category, set(category, 'project', 'durationMonths', months)).valid).toBe(true);
  });

  it.each(['key-rd', 'transfer', 'international', 'summary'])('%s keeps a technical bound of 600 months (50 years)', (category) => {
    expect(check(category, set(category, 'project', 'durationMonths', 600)).valid).toBe(true);
    expect(check(category, set(category, 'project', 'durationMonths', 601)).errors).toEqual([
      expect.objectContaining({ pointer: '/project/durationMonths', keyword: 'maximum' }),
    ]);
  });

  it('附件6 still warns above 3 years (“原则上不超过3年”: the notice’s own limit stays)', () => {
    const v = check('international', set('international', 'project', 'durationMonths', 37));
    expect(v.findings.map((f) => `${f.rule}:${f.severity}`)).toContain('R29:warn');
    expect(check('international', set('international', 'project', 'durationMonths', 36)).findings.map((f) => f.rule)).not.toContain('R29');
  });
});

describe('texts: 20000 characters for what an applicant writes, 200 for a name', () => {
  it.each([
    ['key-rd', 'content', 'background'],
    ['challenge', 'project', 'problem'],
    ['summary', 'project', 'researchContent'],
    ['international', 'project', 'foreignAdvantage'],
  ])('%s %s/%s: 1001 and 20000 characters are fine, 20001 is not', (category, section, key) => {
    expect(check(category, set(category, section, key, '研'.repeat(1001))).valid).toBe(true);
    expect(check(category, set(category, section, key, '研'.repeat(20000))).valid).toBe(true);
    expect(check(category, set(category, section, key, '研'.repeat(20001))).errors).toEqual([
      expect.objectContaining({ pointer: `/${section}/${key}`, keyword: 'maxLength' }),
    ]);
  });

  it('a title of 51 characters is fine (the 50-character cap was invented)', () => {
    expect(check('key-rd', set('key-rd', 'content', 'title', '题'.repeat(51))).valid).toBe(true);
    expect(check('challenge', set('challenge', 'project', 'demandTitle', '题'.repeat(51))).valid).toBe(true);
  });
});

describe('fields the notice never asks for are optional', () => {
  it.each([
    ['challenge', 'project', 'solutionMode'],
    ['challenge', 'project', 'activityType'],
    ['key-rd', 'project', 'durationMonths'],
    ['transfer', 'project', 'achievementForm'],
    ['international', 'project', 'foreignNameCn'],
    ['international', 'project', 'agreementLevel'],
    ['summary', 'project', 'durationMonths'],
    ['key-rd', 'classification', 'keywords'],
    ['key-rd', 'unit', 'email'],
  ])('%s without %s/%s is ok', (category, section, key) => {
    const v = check(category, set(category, section, key, undefined));
    expect(v.errors).toEqual([]);
    expect(v.ok).toBe(true);
  });

  it('what the notice does ask for stays required', () => {
    expect(check('key-rd', set('key-rd', 'project', 'totalRdInvestment', undefined)).errors[0]).toMatchObject({ keyword: 'required' });
    expect(check('transfer', set('transfer', 'project', 'durationMonths', undefined)).errors[0]).toMatchObject({ keyword: 'required' });
    expect(check('international', set('international', 'project', 'durationMonths', undefined)).errors[0]).toMatchObject({
      keyword: 'required',
    });
    expect(check('key-rd', set('key-rd', 'content', 'objectives', undefined)).errors[0]).toMatchObject({ keyword: 'required' });
  });
});
