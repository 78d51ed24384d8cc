// Issue 10, item 5: the parties the notice names — 附件5's local side is in Dalian, 附件6's partner is foreign.

import { evaluate, type Verdict } from '@guide-forms/core';
import { creditCodeCheckChar } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const severityOf = (v: Verdict, rule: string) => v.findings.find((f) => f.rule === rule)?.severity;
/** A credit code with a correct check character, from its first 17 characters. */
const code = (first17: string): string => first17 + creditCodeCheckChar(first17);

function regional(unit: Record<string, unknown>): Data {
  const data = clone(example<Data>('regional'));
  Object.assign(data.unit as object, unit);
  return data;
}

describe('附件5: the local side is a Dalian unit (R23.local, “我市企业、高校院所…”)', () => {
  it.each([
    ['大连 甘井子区 210211', '91210211MA0XR7T5C', '大连市甘井子区', true],
    ['大连 本级 210200', '91210200MA0XR7T5C', undefined, true],
    ['瓦房店市 210281', '91210281MA0Q7B1L3', undefined, true],
    ['庄河市 210283, address elsewhere (the code decides)', '91210283MA0Q7B1L3', '沈阳市', true],
    ['沈阳 210100', '91210100MA0P5Y1X0', '大连市中山区', false],
    ['鞍山 210300', '91210300MA0P5Y1X0', undefined, false],
    ['上海 310115', '91310115MA1K4B2T7', undefined, false],
    ['central 100000, Dalian address', '12100000400010398', '大连市沙河口区中山路 457 号', true],
    ['central 100000, Beijing address', '12100000400010398', '北京市海淀区', false],
    ['central 100000, no address', '12100000400010398', undefined, false],
    ['Liaoning provincial 210000, Dalian address', '51210000MJ0123456', '辽宁省大连市高新园区', true],
    ['Liaoning provincial 210000, Shenyang address', '51210000MJ0123456', '沈阳市和平区', false],
  ])('%s → ok %s', (_name, first17, address, ok) => {
    const unit: Record<string, unknown> = { creditCode: code(first17) };
    const data = regional(unit);
    if (address === undefined) delete (data.unit as Record<string, unknown>).address;
    else (data.unit as Record<string, unknown>).address = address;
    const v = evaluate('regional', data, { now: OPEN_NOW });
    expect(v.valid).toBe(true);
    expect(severityOf(v, 'R23.local')).toBe(ok ? undefined : 'block');
  });

  it('does not apply to the other forms (only 附件5 names 我市 units)', () => {
    const data = clone(example<Data>('key-rd'));
    (data.unit as Record<string, unknown>).creditCode = code('91310115MA1K4B2T7');
    expect(severityOf(evaluate('key-rd', data, { now: OPEN_NOW }), 'R23.local')).toBeUndefined();
  });
});

describe('附件6: the partner is foreign (R37), 港澳台 accepted with a note (R37.hmt)', () => {
  const international = (country: string) => {
    const data = clone(example<Data>('international'));
    (data.project as Record<string, unknown>).country = country;
    return evaluate('international', data, { now: OPEN_NOW });
  };

  it.each(['中国', '中华人民共和国', '中国大陆', 'China', 'PRC'])('%s blocks', (country) => {
    const v = international(country);
    expect(severityOf(v, 'R37')).toBe('block');
    expect(v.eligible).toBe(false);
  });

  it.each(['中国香港', '澳门', '台湾地区', 'Hong Kong'])('%s warns and stays eligible', (country) => {
    const v = international(country);
    expect(severityOf(v, 'R37')).toBeUndefined();
    expect(severityOf(v, 'R37.hmt')).toBe('warn');
    expect(v.eligible).toBe(true);
  });

  it.each(['德国', '日本', 'Germany'])('%s passes', (country) => {
    const v = international(country);
    expect(v.eligible).toBe(true);
    expect(v.findings.filter((f) => f.rule.startsWith('R37'))).toEqual([]);
  });

  it('中日合作 is filed here and says so (R4.japan, info)', () => {
    const v = international('日本');
    expect(v.route?.department).toBe('外专处');
    expect(v.findings.find((f) => f.rule === 'R4.japan')).toMatchObject({ severity: 'info', clause: '支撑中日合作、区域合作、高新区发展' });
  });
});
