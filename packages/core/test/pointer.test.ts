import { formatPointer, getPointer, hasPointer, isSafePointer, parsePointer, setPointer, toPattern } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';

describe('JSON Pointer', () => {
  it('parses and formats with RFC 6901 escapes', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/a~1b/~0c/0')).toEqual(['a/b', '~c', '0']);
    expect(formatPointer(['a/b', '~c', 0])).toBe('/a~1b/~0c/0');
    expect(() => parsePointer('a/b')).toThrow(/must be empty or start with/);
  });

  it('reads own properties only, never the prototype chain', () => {
    const data = { project: { totalRdInvestment: 200 }, list: [{ x: 1 }] };
    expect(getPointer(data, '/project/totalRdInvestment')).toBe(200);
    expect(getPointer(data, '/list/0/x')).toBe(1);
    expect(getPointer(data, '/constructor')).toBeUndefined();
    expect(getPointer(data, '/project/__proto__')).toBeUndefined();
    expect(getPointer(data, '/list/length')).toBeUndefined();
    expect(hasPointer(data, '/project')).toBe(true);
    expect(hasPointer(data, '/toString')).toBe(false);
  });

  it('sets without mutating and refuses prototype paths', () => {
    const data = { a: { b: 1 } };
    const next = setPointer(data, '/a/c', 2);
    expect(next).toEqual({ a: { b: 1, c: 2 } });
    expect(data).toEqual({ a: { b: 1 } });
    expect(setPointer(next, '/a/b', undefined)).toEqual({ a: { c: 2 } });
    expect(setPointer({ l: [1, 2, 3] }, '/l/1', undefined)).toEqual({ l: [1, 3] });
    expect(() => setPointer({}, '/__proto__/polluted', true)).toThrow(/prototype/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('knows safe pointers and array patterns', () => {
    expect(isSafePointer('/unit/unitName')).toBe(true);
    expect(isSafePointer('/constructor/name')).toBe(false);
    expect(toPattern('/indicators/milestones/2/target')).toBe('/indicators/milestones/*/target');
  });
});
