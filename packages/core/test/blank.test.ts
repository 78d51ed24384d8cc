// Issue 10, item 8: a required text of only spaces or full-width spaces is missing, with the usual message.
import { evaluate, type Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from './helpers.js';

type Data = Record<string, Record<string, unknown>>;
const check = (category: string, data: unknown, lang?: 'en'): Verdict =>
  evaluate(category, data, { now: OPEN_NOW, ...(lang ? { lang } : {}) });

function withField(category: string, section: string, key: string, value: unknown): Data {
  const data = clone(example<Data>(category));
  data[section] ??= {};
  (data[section] as Record<string, unknown>)[key] = value;
  return data;
}

const BLANKS: [string, string][] = [
  ['ASCII spaces', '   '],
  ['full-width spaces (U+3000)', '\u3000\u3000'],
  ['tab and line breaks', '\t\r\n'],
  ['no-break and zero-width spaces', '\u00a0\u200b\ufeff'],
  ['a mix', ' \u3000 \n'],
  ['a soft hyphen (U+00AD)', '\u00ad'],
  ['a Hangul filler (U+3164, U+FFA0)', '\u3164\uffa0'],
  ['direction marks and isolates', '\u200e\u200f\u2066\u2069'],
  ['a variation selector', '\ufe0f'],
];

describe('blank is not filled', () => {
  it('a text with one visible character among invisible ones is filled', () => {
    const v = check('key-rd', withField('key-rd', 'content', 'title', '\u00ad大\u200b'));
    expect(v.errors.filter((e) => e.pointer === '/content/title')).toEqual([]);
  });

  it.each(BLANKS)('a required text of %s is 必填, like an absent one', (_, blank) => {
    const v = check('key-rd', withField('key-rd', 'content', 'title', blank));
    expect(v.valid).toBe(false);
    expect(v.errors).toEqual([{ pointer: '/content/title', keyword: 'required', message: '名称：必填' }]);
    const absent = clone(example<Data>('key-rd'));
    delete (absent.content as Record<string, unknown>).title;
    expect(check('key-rd', absent).errors).toEqual(v.errors);
  });

  it('says "required" in English too', () => {
    const v = check('challenge', withField('challenge', 'project', 'problem', '\u3000'), 'en');
    expect(v.errors).toEqual([{ pointer: '/project/problem', keyword: 'required', message: expect.stringMatching(/: required$/) }]);
  });

  it('text with a visible character between spaces is filled and kept as typed', () => {
    expect(check('key-rd', withField('key-rd', 'content', 'title', '\u3000海水淡化 ')).valid).toBe(true);
    expect(check('key-rd', withField('key-rd', 'content', 'title', '\u3000。')).valid).toBe(true);
  });

  it('a blank item of a list is reported at its own index', () => {
    const data = clone(example<Data>('key-rd'));
    const keywords = (data.classification as { keywords: string[] }).keywords;
    keywords.push('\u3000');
    const v = check('key-rd', data);
    expect(v.errors).toEqual([
      { pointer: `/classification/keywords/${keywords.length - 1}`, keyword: 'minLength', message: '关键词：必填' },
    ]);
  });

  it('a text the rules need (前期研究基础) blocks as missing when blank', () => {
    const v = check('key-rd', withField('key-rd', 'project', 'priorBasis', '\u3000\u3000'));
    expect(v.findings.map((f) => [f.rule, f.severity])).toContainEqual(['R15.basis', 'block']);
    expect(v.eligible).toBe(false);
  });

  it('a blank 其他领域名称 does not name the other field (R31)', () => {
    const data = withField('key-rd', 'classification', 'domain', '其他');
    (data.classification as Record<string, unknown>).otherDomain = '   ';
    expect(check('key-rd', data).findings.map((f) => f.rule)).toContain('R31');
  });

  it('blank members of a nested list are missing where they stand', () => {
    const data = clone(example<Data>('international'));
    const team = (data.project as { cnTeam: Record<string, unknown>[] }).cnTeam;
    team[0] = { ...team[0], name: '\u3000' };
    const v = check('international', data);
    expect(v.errors).toContainEqual({ pointer: '/project/cnTeam/0/name', keyword: 'required', message: '中方团队 第 1 条 · 姓名：必填' });
  });

  it('does not let a "__proto__" key from parsed JSON reach the prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "unit": {"unitName": "  "}}');
    const v = check('key-rd', data);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/unit/unitName', keyword: 'required' }));
  });
});
