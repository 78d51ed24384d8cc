import { describe, expect, it } from 'vitest';
import {
  applyRowOp,
  effectiveObject,
  getFormSource,
  matchesIf,
  parseText,
  summaryFrom,
  visibleValue,
  withConsts,
  withContainers,
} from '../src/index.js';
import { YEAR } from './setup.js';

const unit = {
  type: 'object',
  properties: { unitType: { type: 'string', enum: ['企业', '高等院校'] }, name: { type: 'string' } },
  required: ['name'],
  allOf: [
    {
      if: { properties: { unitType: { const: '企业' } }, required: ['unitType'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
      then: { properties: { isStartup: { type: 'boolean' } } },
    },
    {
      if: { properties: { unitType: { enum: ['高等院校'] } }, required: ['unitType'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
      then: { properties: { reviewDept: { type: 'string' } }, required: ['reviewDept'] },
    },
  ],
};

describe('matchesIf', () => {
  it('handles properties, const, enum, required, not, anyOf', () => {
    const cond = { properties: { a: { const: 1 } }, required: ['a'] };
    expect(matchesIf(cond, { a: 1 })).toBe(true);
    expect(matchesIf(cond, { a: 2 })).toBe(false);
    expect(matchesIf(cond, {})).toBe(false);
    expect(matchesIf({ properties: { a: { enum: [1, 2] } } }, { a: 2 })).toBe(true);
    expect(matchesIf({ not: cond }, { a: 1 })).toBe(false);
    expect(matchesIf({ anyOf: [cond, { properties: { b: { const: true } }, required: ['b'] }] }, { b: true })).toBe(true);
    expect(
      matchesIf({ properties: { o: { properties: { x: { const: 'y' } }, required: ['x'] } }, required: ['o'] }, { o: { x: 'y' } }),
    ).toBe(true);
  });

  it('handles contains: a list of choices that includes “其他” shows its text field', () => {
    const cond = { properties: { coopType: { contains: { const: '其他' } } }, required: ['coopType'] };
    expect(matchesIf(cond, { coopType: ['科技成果转移转化', '其他'] })).toBe(true);
    expect(matchesIf(cond, { coopType: ['科技成果转移转化'] })).toBe(false);
    expect(matchesIf(cond, { coopType: [] })).toBe(false);
    expect(matchesIf({ contains: { const: 1 } }, 'not a list')).toBe(true);
  });

  it('refuses keywords it does not know instead of guessing', () => {
    expect(() => matchesIf({ minimum: 3 }, 5)).toThrow(/minimum/);
  });
});

describe('effectiveObject', () => {
  it('shows a conditional field right after the field its condition reads', () => {
    expect(effectiveObject(unit, { unitType: '企业' }).properties.map((p) => p.key)).toEqual(['unitType', 'isStartup', 'name']);
    const uni = effectiveObject(unit, { unitType: '高等院校' });
    expect(uni.properties.map((p) => p.key)).toEqual(['unitType', 'reviewDept', 'name']);
    expect(uni.properties.find((p) => p.key === 'reviewDept')?.required).toBe(true);
    expect([...uni.hidden]).toEqual(['isStartup']);
  });

  it('treats missing data as an empty object, so no branch with required shows', () => {
    expect(effectiveObject(unit, undefined).properties.map((p) => p.key)).toEqual(['unitType', 'name']);
  });
});

describe('visibleValue', () => {
  it('leaves out the fields of hidden sections and keeps everything else', () => {
    const data = { unitType: '高等院校', isStartup: true, reviewDept: '科研处', name: 'x', extra: 1 };
    expect(visibleValue(unit, data)).toEqual({ unitType: '高等院校', reviewDept: '科研处', name: 'x', extra: 1 });
  });
});

describe('withConsts', () => {
  it('sets consts and creates required objects', () => {
    const schema = {
      type: 'object',
      properties: { c: { type: 'object', properties: { category: { const: 'key-rd' } } }, u: { type: 'object', properties: {} } },
      required: ['u'],
    };
    expect(withConsts(schema, {})).toEqual({ c: { category: 'key-rd' }, u: {} });
    const done = { c: { category: 'key-rd' }, u: {} };
    expect(withConsts(schema, done)).toBe(done);
  });
});

describe('applyRowOp', () => {
  const rows = { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } };
  it('adds, removes and moves rows', () => {
    expect(applyRowOp(rows, undefined, { op: 'add' })).toEqual([{}]);
    expect(applyRowOp(rows, [1, 2, 3], { op: 'up', index: 1 })).toEqual([2, 1, 3]);
    expect(applyRowOp(rows, [1, 2, 3], { op: 'down', index: 1 })).toEqual([1, 3, 2]);
    expect(applyRowOp(rows, [1, 2, 3], { op: 'down', index: 2 })).toEqual([1, 2, 3]);
    expect(applyRowOp(rows, [1], { op: 'remove', index: 0 })).toBeUndefined();
  });
});

describe('parseText', () => {
  it('keeps what was typed when it is not a number, so the schema can say so', () => {
    expect(parseText('number', '199.99')).toBe(199.99);
    expect(parseText('number', '1,000')).toBe(1000);
    expect(parseText('number', '')).toBeUndefined();
    expect(parseText('number', '两百')).toBe('两百');
    expect(parseText('string', '')).toBeUndefined();
  });
});

describe('summaryFrom', () => {
  it('pre-fills 附件7 from a suggestion form, as the summary schema’s x-copy-from says', async () => {
    const summarySchema = (await getFormSource().load('summary', YEAR)).getForm('summary', YEAR).schema;
    const out = summaryFrom(summarySchema, {
      unit: { unitName: '大连理工大学' },
      classification: { category: 'innovation-fund', domain: '智能制造', keywords: ['a'] },
      content: { title: '题目' },
      project: { subtype: '科技惠民', huiminType: '软科学研究' },
    });
    expect(out).toEqual({
      classification: { category: 'summary', domain: '智能制造', keywords: ['a'] },
      linked: { category: 'innovation-fund', subtype: '科技惠民', huiminType: '软科学研究', suggestionTitle: '题目' },
      unit: { unitName: '大连理工大学' },
    });
  });
});

describe('withContainers', () => {
  it('creates arrays where the next segment is an index', () => {
    expect(withContainers({}, '/a/0/b')).toEqual({ a: [{}] });
    expect(withContainers({ a: [1] }, '/a/1')).toEqual({ a: [1] });
  });
});
