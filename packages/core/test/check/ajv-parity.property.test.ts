/**
 * guide-forms' own schema check (`compileSchema`, closures) against ajv with the options core
 * used before it (`ajvValidators`, kept as the reference): the same errors — keyword, place in
 * the data, params, in the same order — for every form of both call series and every `if`
 * condition, on every example, on fuzzed and hostile submissions and on any JSON; and the same
 * verdict, messages included, in both languages.
 */
import { join } from 'node:path';
import { Engine, type Lang, type RawSchemaError, type ValidatorFactory } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { compileForm, compileSchema, schemaValidators, withoutBlanks } from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesOf, hostileJson, submissionFor } from '../fuzz/arbitraries.js';
import { formCategories, OPEN_NOW, ROOT, YEAR } from '../helpers.js';
import { withinMaxItems } from './within-max-items.js';

const SERIES = [
  { name: 'dalian', root: ROOT, year: YEAR, categories: formCategories() },
  { name: 'yichang', root: join(ROOT, 'calls/yichang'), year: 2022, categories: ['jiebang'] },
];

type Pair = { what: string; ajv: (data: unknown) => RawSchemaError[]; ours: (data: unknown) => RawSchemaError[] };

/** Every validator a form asks for (its schema, each condition), made by both factories from the same input. */
function pairsOf(catalog: ReturnType<typeof loadCatalog>, category: string, year: number): Pair[] {
  const pairs: Pair[] = [];
  const ajv = ajvValidators();
  const ours = schemaValidators();
  const both: ValidatorFactory = (key, schema, shared) => {
    const pair = { what: key.condition ?? category, ajv: ajv(key, schema, shared), ours: ours(key, schema, shared) };
    pairs.push(pair);
    return pair.ours;
  };
  compileForm(catalog, category, year, both);
  return pairs;
}

/**
 * Whether an array in `data` repeats the string "__proto__". ajv's `uniqueItems` keeps the strings
 * it has seen as keys of a plain object, where that key is the prototype: it lets the repeat pass.
 * Ours flags it (the test below); parity is not asked there.
 */
function repeatsProto(data: unknown): boolean {
  if (Array.isArray(data)) return data.filter((v) => v === '__proto__').length > 1 || data.some(repeatsProto);
  return typeof data === 'object' && data !== null && Object.values(data).some(repeatsProto);
}

const comparable = (errors: RawSchemaError[]) => errors.map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params }));

/** ajv's validators, their errors as {@link withinMaxItems} makes them: the reference the check is held to. */
function reference(): ValidatorFactory {
  const ajv = ajvValidators();
  const ours = schemaValidators();
  return (key, schema, shared) => {
    const a = ajv(key, schema, shared);
    const o = ours(key, schema, shared);
    return (data) => withinMaxItems(o(data), a(data));
  };
}

for (const { name, root, year, categories } of SERIES) {
  const catalog = loadCatalog(root);
  describe.each(categories)(`the schema check of %s (${name}) reports what ajv reported`, (category) => {
    const pairs = pairsOf(catalog, category, year);
    const same = (data: unknown): void => {
      if (repeatsProto(data)) return;
      for (const { what, ajv, ours } of pairs) {
        const mine = ours(data);
        expect(comparable(mine), what).toEqual(comparable(withinMaxItems(mine, ajv(data))));
      }
    };

    it('compiles the form and each of its conditions', () => {
      expect(pairs.filter((p) => p.what === category)).toHaveLength(1);
      expect(pairs.length).toBeGreaterThan(1);
    });

    it('on every example, as given and without its blanks', () => {
      for (const example of examplesOf(root, category)) {
        same(example);
        same(withoutBlanks(example));
      }
    });

    it('on fuzzed and hostile submissions', () => {
      fc.assert(
        fc.property(submissionFor(root, category), (data) => same(withoutBlanks(data))),
        { numRuns: 300 },
      );
    });

    it('on lists longer than their maxItems, within the items the check looks at', () => {
      for (const example of examplesOf(root, category)) {
        for (const long of longLists(example, 130)) same(long);
      }
    });

    it('on any JSON', () => {
      fc.assert(
        fc.property(hostileJson, (data) => same(data)),
        { numRuns: 200 },
      );
    });
  });

  describe(`verdicts (${name})`, () => {
    const before = new Engine(catalog, reference());
    const now = new Engine(catalog, schemaValidators());
    it.each(categories)('%s: the same verdict, messages included, in both languages', (category) => {
      const check = (data: unknown) => {
        if (repeatsProto(data)) return;
        for (const lang of ['zh-CN', 'en'] as Lang[]) {
          const options = { year, now: OPEN_NOW, lang };
          expect(now.evaluate(category, data, options)).toEqual(before.evaluate(category, data, options));
        }
      };
      for (const example of examplesOf(root, category)) check(example);
      fc.assert(fc.property(submissionFor(root, category), check), { numRuns: 150 });
    });
  });
}

/** `data` once per array in it, that array made `length` items long (its first item repeated, or `{}`). */
function longLists(data: unknown, length: number): unknown[] {
  const out: unknown[] = [];
  const walk = (value: unknown, replace: (v: unknown) => unknown): void => {
    if (Array.isArray(value)) {
      const filler = value.length > 0 ? value[0] : {};
      out.push(replace(Array.from({ length }, (_, i) => (i % 2 ? filler : {}))));
      for (const [i, v] of value.entries()) walk(v, (x) => replace(value.map((y, j) => (j === i ? x : y))));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, (x) => replace({ ...value, [k]: x }));
    }
  };
  walk(data, (x) => x);
  return out;
}

describe('where the check looks at less than ajv', () => {
  const schema = { type: 'array', maxItems: 2, uniqueItems: true, items: { type: 'object', required: ['a'] } };
  const check = compileSchema(schema);

  it('checks no item past maxItems: the one maxItems error stands for them', () => {
    expect(check([{ a: 1 }, { a: 2 }, {}, {}, {}]).map((e) => [e.keyword, e.instancePath])).toEqual([['maxItems', '']]);
    expect(check([{}, { a: 2 }, {}]).map((e) => [e.keyword, e.instancePath])).toEqual([
      ['maxItems', ''],
      ['required', '/0'],
    ]);
    // ajv (allErrors) checks every item: a required error per item, and the repeats.
    expect(ajvValidators()({ category: 'x', year: 2022 }, schema, [])([{ a: 1 }, { a: 2 }, {}, {}]).length).toBe(4);
  });

  it('stays quick on 320,000 items (a 1 MB body) of a list of at most 100', () => {
    const big = compileSchema({ type: 'array', maxItems: 100, uniqueItems: true, items: { type: 'object', required: ['a', 'b'] } });
    const list = Array.from({ length: 320_000 }, (_, i) => ({ n: i }));
    const started = performance.now();
    const errors = big(list);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toHaveLength(1 + 200);
  });
});

describe('where the check is stricter than ajv', () => {
  it('flags a repeated "__proto__" in a list that must not repeat (ajv let it pass)', () => {
    const schema = { type: 'array', items: { type: 'string' }, uniqueItems: true };
    expect(compileSchema(schema)(['__proto__', 'a', '__proto__'])).toEqual([
      { keyword: 'uniqueItems', instancePath: '', schemaPath: '#/uniqueItems', params: { i: 0, j: 2 } },
    ]);
    expect(ajvValidators()({ category: 'x', year: 2022 }, schema, [])(['__proto__', 'a', '__proto__'])).toEqual([]);
  });
});
