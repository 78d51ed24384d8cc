/**
 * fast-check arbitraries for hostile submissions, shared by the core, CLI and Chromium fuzz
 * tests: random JSON, and examples of each form mutated at random pointers with hostile values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPointer, setPointer } from '@guide-forms/core/tooling';
import fc from 'fast-check';

/** Strings an attacker or a careless editor sends. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u3000\u3000',
    '\u001b[2J\u001b[31mFAKE: 通过 OK',
    '\n  ✓ 通过 OK',
    '\u202eKO 过通',
    '\u009b2J',
    '\u0000',
    '__proto__',
    'constructor',
    'toString',
    '199.999999999999999',
    '200',
    '两百万',
    '大连',
    '<img src=x onerror=alert(1)>',
    '{{constructor.constructor("alert(1)")()}}',
    "$&$`$'",
    '{domain}',
    '{/project/totalRdInvestment}',
    'x'.repeat(5000),
  ),
);

/** Numbers at the edges: thresholds, float rounding, overflow. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(199.99, 200, 200.01, 999.99, 1000, 499.99, 500, 36, 37, 0, -0, -1, 0.1 + 0.2, 1e308, -1e308, 2 ** 53 + 2, 199.99995),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value, with hostile strings and edge numbers among its leaves. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }) },
  { weight: 2, arbitrary: hostileString },
  { weight: 2, arbitrary: edgeNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, { __proto__: null }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }) },
);

/** Every pointer inside a JSON value (objects and arrays, leaves included), root first. */
export function pointersOf(value: unknown): string[] {
  const out: string[] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length) {
    const [node, path] = stack.pop() as [unknown, (string | number)[]];
    out.push(formatPointer(path));
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) stack.push([v, [...path, i]]);
    } else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) stack.push([v, [...path, k]]);
  }
  return out;
}

type Mutation = { at: number; how: 'replace' | 'delete' | 'wrap' | 'nest' | 'add'; value: unknown; key: string };

/** The mutations applied to one example, in order. */
const mutations: fc.Arbitrary<Mutation[]> = fc.array(
  fc.record({
    at: fc.nat(),
    how: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'wrap', 'nest', 'add'),
    value: hostileJson,
    key: hostileString,
  }),
  { minLength: 1, maxLength: 5 },
);

function mutate(example: unknown, list: Mutation[]): unknown {
  let data = example;
  for (const m of list) {
    const pointers = pointersOf(data).filter((p) => p !== '');
    if (!pointers.length) return m.value;
    const at = pointers[m.at % pointers.length] as string;
    try {
      if (m.how === 'replace') data = setPointer(data, at, m.value);
      else if (m.how === 'delete') data = setPointer(data, at, undefined);
      else if (m.how === 'wrap') data = setPointer(data, at, { value: m.value });
      else if (m.how === 'nest') {
        let deep: unknown = m.value;
        for (let i = 0; i < 70; i++) deep = [deep];
        data = setPointer(data, at, deep);
      } else data = setPointer(data, `${at}/${m.key.replace(/~/g, '~0').replace(/\//g, '~1')}`, m.value);
    } catch {
      // setPointer refuses prototype segments (`__proto__` as a key): keep the data as it was.
    }
  }
  return data;
}

/** The example submissions of a form, parsed. */
export function examplesOf(root: string, category: string): unknown[] {
  const dir = join(root, 'forms', category, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown);
}

/** A submission for a form: mostly one of its examples mutated, sometimes anything at all. */
export function submissionFor(root: string, category: string): fc.Arbitrary<unknown> {
  const examples = examplesOf(root, category);
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...examples), mutations).map(([e, m]) => mutate(e, m)) },
    { weight: 1, arbitrary: hostileJson },
  );
}
