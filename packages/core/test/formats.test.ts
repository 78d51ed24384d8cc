import { creditCodeCheckChar, formats, isCreditCodeChecksumValid, isCreditCodeFormat } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, OPEN_NOW } from './helpers.js';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('computes the mod-31 check character', () => {
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    expect(creditCodeCheckChar('91210200MA0QCWF84')).toBe('H');
    expect(creditCodeCheckChar('9121020')).toBeNull();
    expect(creditCodeCheckChar('9121020000000000I')).toBeNull();
  });

  it.each([
    ['91110000600037341L', true, true],
    ['91210200MA0QCWF84H', true, true],
    ['91210200MA0QCWF84J', true, false], // right shape, wrong check character
    ['91110000600037341', false, false], // 17 characters
    ['91110000600037341LL', false, false], // 19
    ['9111000060003734IL', false, false], // I is not in the set
    ['91110000600037341O', false, false], // O neither
    ['911100006000373S1L', false, false], // S neither
    ['91110000600037341l', false, false], // lower case
    ['9A110000600037341L', true, false], // second char may be a letter
    ['91A10000600037341L', false, false], // area code must be digits
  ])('%s: shape %s, check character %s', (code, shape, check) => {
    expect(isCreditCodeFormat(code)).toBe(shape);
    expect(isCreditCodeChecksumValid(code)).toBe(check);
    expect(formats['credit-code'](code)).toBe(shape);
  });

  it('a wrong check character warns but does not block (early pilot codes fail it)', () => {
    const data = clone(example('key-rd'));
    (data.unit as Record<string, unknown>).creditCode = '91210200MA0QCWF84J';
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.valid).toBe(true);
    expect(v.ok).toBe(true);
    expect(v.findings).toContainEqual(expect.objectContaining({ rule: 'CC.check', severity: 'warn', pointers: ['/unit/creditCode'] }));
  });

  it('a code of the wrong shape is a schema error naming the field', () => {
    const data = clone(example('key-rd'));
    (data.unit as Record<string, unknown>).creditCode = '9121020OMA0QCWF84H';
    const v = evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.valid).toBe(false);
    expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/unit/creditCode', keyword: 'format' }));
    expect(v.errors[0]?.message).toMatch(/^统一社会信用代码：应为 18 位/);
  });
});

describe('phone numbers and postcodes', () => {
  it.each([
    ['13812345678', true],
    ['19912345678', true],
    ['12812345678', false],
    ['1381234567', false],
    ['138123456789', false],
    ['+8613812345678', false],
    ['1381234567a', false],
  ])('mobile %s → %s', (s, ok) => expect(formats.mobile(s)).toBe(ok));

  it.each([
    ['0411-39989885', true],
    ['041139989885', true],
    ['010-62345678', true],
    ['0411-3998988', true], // 7-digit local numbers still exist
    ['0411-39989885-123', true],
    ['411-39989885', false],
    ['0411-0998988', false], // local numbers never start with 0 or 1
    ['0411-399898851', false],
    ['39989885', false],
  ])('landline %s → %s', (s, ok) => expect(formats.landline(s)).toBe(ok));

  it.each([
    ['116023', true],
    ['100000', true],
    ['11602', false],
    ['1160234', false],
    ['91602a', false],
  ])('postcode %s → %s', (s, ok) => expect(formats.postcode(s)).toBe(ok));

  it.each([
    ['2022-06', true],
    ['2022-13', false],
    ['2022-6', false],
    ['22-06', false],
  ])('year-month %s → %s', (s, ok) => expect(formats['year-month'](s)).toBe(ok));
});

describe('email and date', () => {
  it.each([
    ['wangln@haichuang-tech.cn', true],
    ['a.b+c@dlut.edu.cn', true],
    ['wangln@localhost', false], // a dotted domain is needed
    ['wangln@', false],
    ['@dlut.edu.cn', false],
    ['王丽娜@dlut.edu.cn', false],
    ['a b@dlut.edu.cn', false],
  ])('email %s → %s', (s, ok) => expect(formats.email(s)).toBe(ok));

  it.each([
    ['2021-08-16', true],
    ['2024-02-29', true], // leap year
    ['2023-02-29', false],
    ['1900-02-29', false], // not a leap year
    ['2000-02-29', true],
    ['2021-04-31', false],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-8-16', false],
    ['2021/08/16', false],
  ])('date %s → %s', (s, ok) => expect(formats.date(s)).toBe(ok));
});
