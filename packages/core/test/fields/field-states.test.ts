import { GuideFormsError } from '@guide-forms/core';
import { fieldStates, getDefaultEngine, objectLayout } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, getForm, YEAR } from '../helpers.js';

const states = (category: string, data: unknown) => getDefaultEngine().fieldStates(category, data, YEAR);
const keys = (category: string, data: unknown, at: string) =>
  states(category, data)
    .children(at)
    .map((f) => f.key);

describe('field states: conditional sections', () => {
  it('shows 是否初创期企业 right after 单位性质 only for an enterprise', () => {
    const unit = keys('key-rd', { unit: { unitType: '企业' } }, '/unit');
    expect(unit.slice(unit.indexOf('unitType'), unit.indexOf('unitType') + 2)).toEqual(['unitType', 'isStartup']);
    expect(keys('key-rd', { unit: { unitType: '高等院校' } }, '/unit')).not.toContain('isStartup');
    expect(states('key-rd', {}).fields.get('/unit/isStartup')?.visible).toBe(false);
  });

  it('requires 所属科研部门 for a university, and not for an enterprise', () => {
    expect(states('key-rd', { unit: { unitType: '高等院校' } }).fields.get('/unit/reviewDept')).toMatchObject({
      visible: true,
      required: true,
    });
    expect(states('key-rd', { unit: { unitType: '企业' } }).fields.get('/unit/reviewDept')).toMatchObject({
      visible: false,
      required: false,
    });
  });

  it('judges a blank as not filled, as evaluate does: “　” in 合作类型 does not open 其他合作内容', () => {
    const base = { project: { coopType: ['其他'] } };
    expect(states('regional', base).fields.get('/project/otherCoopType')?.visible).toBe(true);
    expect(states('regional', { project: { coopType: '\u3000' } }).fields.get('/project/otherCoopType')?.visible).toBe(false);
    expect(states('regional', { project: { coopType: ['科技成果转移转化'] } }).fields.get('/project/otherCoopType')?.visible).toBe(false);
  });

  it('a condition reading a hidden field does not hold: no 所在地市 for a 城市 of a region not offered', () => {
    const data = { project: { partnerRegion: '不在名单中的区域', partnerCity: '辽宁省', partnerLocality: '沈阳市' } };
    const s = states('regional', data);
    expect(s.fields.get('/project/partnerCity')?.visible).toBe(false);
    expect(s.fields.get('/project/partnerLocality')?.visible).toBe(false);
    expect(s.value.project).not.toHaveProperty('partnerLocality');
  });

  it('marks what a rule in force needs filled (marksRequired) apart from the schema', () => {
    const s = states('key-rd', { declarations: { involvesSecret: true } });
    expect(s.fields.get('/declarations/secretHandled')).toMatchObject({ visible: true, required: false, neededByRule: true });
    expect(states('key-rd', { declarations: { involvesSecret: false } }).fields.get('/declarations/secretHandled')?.visible).toBe(false);
  });
});

describe('field states: the submitted value', () => {
  it('leaves out hidden sections, keeps unknown fields, sets consts and creates required objects', () => {
    const data = { unit: { unitType: '企业', reviewDept: '科研处', isStartup: true }, extra: 1 };
    const { value } = states('key-rd', data);
    expect(value.unit).toEqual({ unitType: '企业', isStartup: true });
    expect(value.extra).toBe(1);
    expect(value.classification).toEqual({ category: 'key-rd' });
    expect(value.content).toEqual({});
    expect(data.unit).toHaveProperty('reviewDept'); // the data itself is not changed
  });

  it('keeps a row per row, with each row laid out', () => {
    const eligible = example('key-rd');
    const s = states('key-rd', eligible);
    const rows = s.children('/indicators/milestones');
    expect(rows.map((r) => r.pointer)).toEqual(
      (eligible.indicators as { milestones: unknown[] }).milestones.map((_, i) => `/indicators/milestones/${i}`),
    );
    expect(s.children('/indicators/milestones/0').map((f) => f.key)).toContain('dueMonth');
  });

  it('never throws on hostile data: not an object, a __proto__ key, nesting past the limit', () => {
    expect(states('key-rd', 'text').value).toMatchObject({ classification: { category: 'key-rd' } });
    const proto = JSON.parse('{"unit": {"__proto__": {"polluted": 1}, "unitType": "企业"}}');
    expect(Object.hasOwn(states('key-rd', proto).value.unit as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    expect(() => states('key-rd', { unit: { unitType: deep } })).not.toThrow();
  });

  it('agrees with evaluate on the eligible example: nothing missing', () => {
    const data = clone(example('transfer'));
    const s = states('transfer', data);
    expect(getDefaultEngine().evaluate('transfer', s.value, { year: YEAR, now: '2021-11-01T10:00:00+08:00' }).valid).toBe(true);
  });
});

describe('conditions have one owner', () => {
  it('fieldStates(form, data) works on the form the engine returned', () => {
    const form = getForm('regional');
    expect(fieldStates(form, { project: { localType: '其他' } }).fields.get('/project/otherLocalType')?.visible).toBe(true);
  });

  it('a schema no engine compiled is an error naming the condition, never a silent true', () => {
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
    const schema = { type: 'object', properties: {}, allOf: [{ if: { required: ['x'] }, then: { properties: { y: {} } } }] };
    let error: unknown;
    try {
      objectLayout(schema, { x: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GuideFormsError);
    expect((error as GuideFormsError).code).toBe('unknown-condition');
    expect((error as GuideFormsError).message).toContain('{"required":["x"]}');
  });
});
