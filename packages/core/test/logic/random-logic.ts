/** Random JSON-Logic over every allowed operator and random data, shared by the parity tests. */
import fc from 'fast-check';

/** Values compared as a rule sees them: structure and primitives (NaN equals NaN), not prototypes. */
export function plain(value: unknown): unknown {
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'function') return `function ${value.name}`;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

export const keys = fc.constantFrom('a', 'b', 'n', 'list', 'toString', 'valueOf', 'length', '0', '1', '__proto__', 'current');
export const scalar = fc.oneof(
  fc.constantFrom(0, 1, -1, 2.5, 199.99, 200, 200.01, '', ' ', '\u3000', 'x', '200', '1e2', 'abc', true, false, null),
  fc.integer({ min: -5, max: 5 }),
  fc.string({ maxLength: 4 }),
);
export const valueArb = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A path as compiled logic writes it (dotted), including prototype names and indices. */
export const path = fc.array(keys, { minLength: 0, maxLength: 3 }).map((k) => k.join('.'));

const BINARY = ['==', '===', '!=', '!==', '>', '>=', '%', 'in', '-', '/', 'percent', 'trunc'];
const VARIADIC = ['and', 'or', 'if', 'cat', '+', '*', 'min', 'max', 'merge'];
const SCOPED = ['all', 'some', 'none', 'map', 'filter'];

export const logicArb = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    path.map((p) => ({ var: p })),
    fc.tuple(path, tie('node')).map(([p, d]) => ({ var: [p, d] })),
    fc.array(path, { maxLength: 3 }).map((ps) => ({ missing: ps })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(path, { maxLength: 3 })).map(([n, ps]) => ({ missing_some: [n, ps] })),
    fc.tuple(fc.constantFrom(...BINARY), tie('node'), tie('node')).map(([op, a, b]) => ({ [op]: [a, b] })),
    fc.tuple(fc.constantFrom('<', '<='), fc.array(tie('node'), { minLength: 2, maxLength: 3 })).map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom('!', '!!', '-', 'uscc_checksum', 'normalize'), tie('node')).map(([op, a]) => ({ [op]: a })),
    fc.tuple(fc.constantFrom(...VARIADIC), fc.array(tie('node'), { minLength: 1, maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
    fc.tuple(tie('node'), tie('node'), tie('node')).map((args) => ({ '?:': args })),
    fc
      .tuple(tie('node'), fc.integer({ min: -3, max: 3 }), fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }))
      .map(([s, a, b]) => ({
        substr: b === undefined ? [s, a] : [s, a, b],
      })),
    fc.tuple(fc.constantFrom(...SCOPED), tie('node'), tie('node')).map(([op, list, inner]) => ({ [op]: [list, inner] })),
    fc.tuple(tie('node'), tie('node'), tie('node')).map(([list, inner, initial]) => ({ reduce: [list, inner, initial] })),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.constantFrom({ today: [] }, { today: 'month' }, { today: 'year' }),
    // Shapes the closure-parity test did not reach: paths and defaults computed, lists of choices,
    // one-argument `*`, extra arguments, unknown operators. (Not `missing` of computed keys: json-logic-js
    // reads a key that is a list or an operation as `var`'s arguments; compiled rules write paths only.)
    tie('node').map((p) => ({ var: [p] })),
    fc.tuple(tie('node'), tie('node')).map(([p, d]) => ({ var: [p, d] })),
    fc.tuple(path, fc.array(scalar, { maxLength: 2 })).map(([p, d]) => ({ var: [p, d] })),
    fc.tuple(tie('node'), fc.array(scalar, { maxLength: 4 })).map(([a, list]) => ({ in: [a, list] })),
    fc
      .tuple(fc.constantFrom('*', '+', '!!', '!', 'merge', 'cat', 'min'), fc.array(tie('node'), { maxLength: 3 }))
      .map(([op, args]) => ({ [op]: args })),
    tie('node').map((a) => ({ nope: [a] })),
    fc.constantFrom({ and: [] }, { or: [] }, { if: [] }, { var: [] }, { today: ['month'] }),
  ),
})).node;
