/**
 * Rules run as closures (`runLogic`) on the data `cleanData` copies once, instead of through
 * json-logic-js on a second, sanitized copy. These properties hold the two to the same answers:
 * random logic over every allowed operator, on random data (hostile keys and values included),
 * and every rule and routing condition of every form on its examples and on fuzzed submissions.
 */
import {
  applyLogic,
  cleanData,
  getDefaultEngine,
  MAX_DATA_DEPTH,
  runLogic,
  sanitize,
  sanitizeData,
  withoutBlanks,
  withToday,
} from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesOf, submissionFor } from '../fuzz/arbitraries.js';
import { formCategories, ROOT, YEAR } from '../helpers.js';
import { keys, logicArb, plain, scalar, valueArb } from './random-logic.js';

type Outcome = { value: unknown } | { threw: true };

/** What json-logic-js answers on the sanitized copy, the way the engine ran rules before. */
function reference(logic: unknown, data: unknown): Outcome {
  try {
    return { value: applyLogic(logic as never, sanitize(withoutBlanks(sanitize(data)))) };
  } catch {
    return { threw: true };
  }
}

function closure(logic: unknown, data: unknown): Outcome {
  try {
    return { value: runLogic(logic as never, cleanData(data).data) };
  } catch {
    return { threw: true };
  }
}

const data = valueArb;
const logic = logicArb;

describe('rules as closures answer as json-logic-js on the sanitized copy', () => {
  it('random logic on random data', () => {
    fc.assert(
      fc.property(logic, data, (l, d) => {
        withToday('2021-11-01', () => {
          const want = reference(l, d);
          const got = closure(l, d);
          if ('threw' in want) expect(got).toEqual(want);
          else expect('value' in got ? plain(got.value) : got).toEqual(plain(want.value));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('object identity is kept between reads of the same value', () => {
    const d = { a: { b: [1] }, list: [{ x: 1 }, { x: 2 }] };
    const same = { '===': [{ var: 'a' }, { var: 'a' }] };
    expect(runLogic(same as never, d)).toBe(applyLogic(same as never, sanitize(d)));
    const member = { in: [{ var: 'list.0' }, { var: 'list' }] };
    expect(runLogic(member as never, d)).toBe(true);
    expect(applyLogic(member as never, sanitize(d))).toBe(true);
  });

  it('a read never reaches the prototype of data, but does of reduce’s own context (as json-logic-js)', () => {
    expect(runLogic({ var: 'toString' } as never, {})).toBeNull();
    expect(runLogic({ var: 'a.constructor' } as never, cleanData({ a: {} }).data)).toBeNull();
    const reduceReads = { reduce: [[1], { '!!': { var: 'toString' } }, 0] };
    expect(runLogic(reduceReads as never, {})).toBe(applyLogic(reduceReads as never, sanitize({})));
  });

  for (const category of formCategories()) {
    it(`${category}: every rule and routing condition, on the examples and on fuzzed submissions`, () => {
      const engine = getDefaultEngine();
      const rules = engine.compiledRules(category, YEAR);
      const logics = rules.flatMap((r) => (r.when ? [r.when.logic, r.logic.logic] : [r.logic.logic]));
      const check = (d: unknown): void => {
        withToday('2021-11-01', () => {
          for (const l of logics) expect(plain(closure(l, d))).toEqual(plain(reference(l, d)));
        });
      };
      for (const example of examplesOf(ROOT, category)) check(example);
      fc.assert(fc.property(submissionFor(ROOT, category), check), { numRuns: 60 });
    });
  }
});

describe('cleanData is withoutBlanks(sanitizeData(...)) in one copy', () => {
  const hostile = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, undefined, () => 1, '\u200b', ' \t\n'),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  const twoCopies = (input: unknown) => {
    const { safe, tooDeep } = sanitizeData(input);
    return { data: JSON.stringify(withoutBlanks(safe)), tooDeep, keys: Object.keys((withoutBlanks(safe) ?? {}) as object) };
  };
  const oneCopy = (input: unknown) => {
    const { data: d, tooDeep } = cleanData(input);
    return { data: JSON.stringify(d), tooDeep, keys: Object.keys((d ?? {}) as object) };
  };

  it('on random data, hostile values and keys included', () => {
    fc.assert(
      fc.property(hostile, (input) => {
        expect(oneCopy(input)).toEqual(twoCopies(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts at the same depth, names the same first pointer, and keeps "__proto__" an own key', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_DATA_DEPTH + 3; i++) deep = i % 2 ? [deep] : { 'a/b': deep };
    const input = { first: deep, second: deep };
    expect(oneCopy(input)).toEqual(twoCopies(input));
    expect(cleanData(input).tooDeep).toMatch(/^\/first\//);
    const parsed = cleanData(JSON.parse('{"__proto__": {"polluted": 1}}')).data as Record<string, unknown>;
    expect(Object.hasOwn(parsed, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves the input as it was, and returns clean JSON itself (shared, not copied)', () => {
    const json = fc
      .letrec<{ value: unknown }>((tie) => ({
        value: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          scalar,
          fc.array(tie('value'), { maxLength: 4 }),
          fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
        ),
      }))
      .value.map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown); // as a request or a form hands it over
    fc.assert(
      fc.property(json, (input) => {
        const before = JSON.stringify(input);
        const { data: d } = cleanData(input);
        expect(JSON.stringify(input)).toBe(before);
        // What needs no change is the caller's own object, anywhere in the data.
        if (JSON.stringify(d) === before && !/"toString"/.test(before)) expect(d).toBe(input);
      }),
      { numRuns: 2000 },
    );
    const clean = { title: '大连', list: [1, 'a', ''] };
    const input = { clean, dirty: { title: '\u3000', kept: clean } };
    const { data: d } = cleanData(input) as { data: { clean: unknown; dirty: { kept: unknown } } };
    expect(d.clean).toBe(clean);
    expect(d.dirty.kept).toBe(clean);
    expect(d.dirty).toEqual({ kept: clean });
    expect(input.dirty.title).toBe('\u3000');
  });

  it('a cycle built in JavaScript is cut, not followed forever', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(cleanData(cyclic).tooDeep).toMatch(/^\/self\/self/);
    expect(oneCopy(cyclic)).toEqual(twoCopies(cyclic));
  });
});
