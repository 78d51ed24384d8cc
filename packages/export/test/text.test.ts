import { describe, expect, it } from 'vitest';
import { dateText, valueText, xmlSafe, yesNo } from '../src/index.js';
import { isLong } from '../src/text.js';

describe('paper values', () => {
  it('prints months and dates in Chinese, leaves anything else as typed', () => {
    expect(dateText('2022-12', 'zh-CN')).toBe('2022年12月');
    expect(dateText('2022-01', 'zh-CN')).toBe('2022年1月');
    expect(dateText('2021-11-01', 'zh-CN')).toBe('2021年11月1日');
    expect(dateText('2022-13', 'zh-CN')).toBe('2022-13');
    expect(dateText('2022-00', 'zh-CN')).toBe('2022-00');
    expect(dateText('December 2022', 'zh-CN')).toBe('December 2022');
    expect(dateText('2022-12', 'en')).toBe('Dec 2022');
  });

  it('prints numbers with their unit, boundary values exactly as typed', () => {
    const ctx = { lang: 'zh-CN' as const, optionsEn: {} };
    const money = { type: 'number', 'x-unit': '万元' };
    expect(valueText(money, 199.99, ctx)).toBe('199.99 万元');
    expect(valueText(money, 200, ctx)).toBe('200 万元');
    expect(valueText(money, 200.01, ctx)).toBe('200.01 万元');
    expect(valueText(money, 0, ctx)).toBe('0 万元');
    expect(valueText(money, undefined, ctx)).toBe('');
    expect(yesNo(undefined, 'zh-CN')).toBe('☐是　☐否');
  });
});

describe('xmlSafe', () => {
  it('replaces only what XML cannot hold: C0 controls, lone surrogates, U+FFFE/U+FFFF', () => {
    expect(xmlSafe('a\u0001b')).toBe('a\uFFFDb');
    expect(xmlSafe('tab\there\nand\r')).toBe('tab\there\nand\r');
    expect(xmlSafe('\uD800x')).toBe('\uFFFDx');
    expect(xmlSafe('x\uDC00')).toBe('x\uFFFD');
    expect(xmlSafe('𝒳 ok')).toBe('𝒳 ok');
    expect(xmlSafe('\uFFFE\uFFFF')).toBe('\uFFFD\uFFFD');
    expect(xmlSafe('<b>&</b>')).toBe('<b>&</b>');
  });
});

describe('isLong', () => {
  it('gives free text past 200 characters a full-width box, a formatted string (邮箱) one line, as the element does', () => {
    expect(isLong({ type: 'string', maxLength: 200 })).toBe(false);
    expect(isLong({ type: 'string', maxLength: 201 })).toBe(true);
    expect(isLong({ type: 'string', format: 'email', maxLength: 254 })).toBe(false);
    expect(isLong({ type: 'string', maxLength: 20, 'x-widget': 'textarea' })).toBe(true);
  });
});
