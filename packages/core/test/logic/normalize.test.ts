// `normalize`: free text folded the way a rule compares it (R37: the partner may not be China).

import { normalize } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';

describe('normalize', () => {
  it.each([
    ['中国 ', '中国'],
    ['\u3000中国', '中国'],
    ['Ｃｈｉｎａ', 'china'],
    ['P.R.C.', 'prc'],
    [' P.R. China ', 'prchina'],
    ['People’s Republic of China', 'peoplesrepublicofchina'],
    ["People's Republic of China", 'peoplesrepublicofchina'],
    ['中\u200b国', '中国'],
    ['中\u00ad国', '中国'],
    ['（中国）', '中国'],
    ['Hong-Kong', 'hongkong'],
  ])('%j → %j', (text, key) => {
    expect(normalize(text)).toBe(key);
  });

  it('keeps Chinese characters as written: traditional and simplified are two keys', () => {
    expect(normalize('中國')).not.toBe(normalize('中国'));
  });

  it('folds a list item by item, so a rule can fold its own parameter list', () => {
    expect(normalize(['中国', 'P.R. China', 3])).toEqual(['中国', 'prchina', 3]);
  });

  it('returns what is not text unchanged', () => {
    for (const v of [null, 0, 1.5, true, false]) expect(normalize(v)).toBe(v);
    const o = { a: 1 };
    expect(normalize(o)).toBe(o);
  });
});
