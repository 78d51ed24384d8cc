// maxLength and minLength count characters (code points), as ajv's own keywords do, although
// they count only when a string's UTF-16 length cannot decide (compile/length.ts): a character
// outside the BMP (𠀀, U+20000, a CJK Extension B character; 😀) is two units and one character.
import { evaluate, type Verdict } from '@guide-forms/core';
import { createAjv } from '@guide-forms/core/compile';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from './helpers.js';

type Data = Record<string, Record<string, unknown>>;

function withUnitName(name: string): Verdict {
  const data = clone(example<Data>('key-rd'));
  (data.unit as Record<string, unknown>).unitName = name;
  return evaluate('key-rd', data, { now: OPEN_NOW });
}

const nameErrors = (v: Verdict) => v.errors.filter((e) => e.pointer === '/unit/unitName');
const ASTRAL = '𠀀';

describe('填报单位 (maxLength 200) counted in characters', () => {
  it.each([
    ['199 BMP characters', '大'.repeat(199), 0],
    ['200 BMP characters', '大'.repeat(200), 0],
    ['201 BMP characters', '大'.repeat(201), 1],
    ['199 astral characters (398 units)', ASTRAL.repeat(199), 0],
    ['200 astral characters (400 units)', ASTRAL.repeat(200), 0],
    ['201 astral characters (402 units)', ASTRAL.repeat(201), 1],
    ['150 BMP + 50 emoji (250 units)', `${'大'.repeat(150)}${'😀'.repeat(50)}`, 0],
    ['150 BMP + 51 emoji', `${'大'.repeat(150)}${'😀'.repeat(51)}`, 1],
  ])('%s: %i error(s)', (_, name, count) => {
    const errors = nameErrors(withUnitName(name));
    expect(errors).toHaveLength(count);
    if (count) expect(errors[0]).toMatchObject({ keyword: 'maxLength', message: expect.stringContaining('200') });
  });
});

describe('the keywords alone, against the counts ajv would give', () => {
  const ajv = createAjv();
  const validate = ajv.compile({ type: 'string', minLength: 3, maxLength: 5 });
  const kept = (s: string) => (validate(s) ? [] : (validate.errors ?? []).map((e) => [e.keyword, e.params, e.schemaPath]));

  it.each([
    ['', [['minLength', { limit: 3 }, '#/minLength']]],
    ['ab', [['minLength', { limit: 3 }, '#/minLength']]],
    ['abc', []],
    ['abcde', []],
    ['abcdef', [['maxLength', { limit: 5 }, '#/maxLength']]],
    [ASTRAL.repeat(2), [['minLength', { limit: 3 }, '#/minLength']]],
    [ASTRAL.repeat(3), []],
    [ASTRAL.repeat(5), []],
    [ASTRAL.repeat(6), [['maxLength', { limit: 5 }, '#/maxLength']]],
    ['a\uD800b', []], // a lone surrogate is one character, as ajv's ucs2length counts it
  ])('%j', (text, expected) => {
    expect(kept(text)).toEqual(expected);
    const chars = [...text].length;
    expect(kept(text).length > 0).toBe(chars < 3 || chars > 5);
  });
});
