import { describe, expect, it } from 'vitest';
import { applyRowOp, getFormSource, parseText, summaryFrom, withContainers } from '../src/index.js';
import { YEAR } from './setup.js';

// Conditions, the submitted value and consts are core's (packages/core/test/fields/).

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
