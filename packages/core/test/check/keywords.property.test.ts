/**
 * Each keyword the schema check supports, beyond what the forms use today, against ajv on small
 * schemas: the same errors (keyword, place, params, order) on edge values and on any JSON. And
 * what it refuses when a form is compiled: an unknown keyword, format or type, a `$ref` to
 * nowhere — each named by its place in the schema.
 */

import { GuideFormsError } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { compileSchema } from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson } from '../fuzz/arbitraries.js';
import { withinMaxItems } from './within-max-items.js';

const SHARED = {
  $id: 'https://guide-forms.dev/forms/_shared/schema.json',
  $defs: {
    money: { type: 'number', minimum: 0, multipleOf: 0.0001 },
    tree: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/tree' } } } },
  },
};

const SCHEMAS: Record<string, object> = {
  'number limits': { type: 'number', minimum: 200, maximum: 1000, exclusiveMinimum: 0, exclusiveMaximum: 1000.5 },
  'integer with limits': { type: 'integer', minimum: 1, maximum: 36 },
  'multipleOf 0.0001': { type: 'number', multipleOf: 0.0001 },
  'string with every string keyword': { type: 'string', pattern: '^[0-9A-Z]+$', format: 'credit-code', minLength: 2, maxLength: 18 },
  'length only': { maxLength: 3, minLength: 2 },
  'several types': { type: ['string', 'null'], maxLength: 2 },
  'enum and const': { enum: ['a', 1, null, { x: [1] }], const: 'a' },
  'array keywords': { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true, contains: { const: 'x' } },
  'uniqueItems, objects': { type: 'array', uniqueItems: true },
  'uniqueItems, two scalar types': { type: 'array', items: { type: ['string', 'number'] }, uniqueItems: true },
  'object keywords': {
    type: 'object',
    required: ['a', 'b/~c'],
    minProperties: 1,
    maxProperties: 3,
    properties: { a: { type: 'string' }, 'b/~c': { type: 'integer' } },
    additionalProperties: false,
  },
  'additionalProperties as a schema': { type: 'object', properties: { a: true }, additionalProperties: { type: 'number' } },
  'anyOf, oneOf, not, allOf': {
    anyOf: [{ type: 'string' }, { type: 'number', minimum: 3 }],
    oneOf: [{ type: 'number' }, { type: 'integer' }, { type: 'string', maxLength: 1 }],
    not: { const: 2 },
    allOf: [{ maxLength: 4 }, true],
  },
  // Built from entries: an object literal with a `then` key reads as a promise to the linter.
  'if, then, else': Object.fromEntries([
    ['if', { properties: { k: { const: 'x' } }, required: ['k'] }],
    ['then', { required: ['y'] }],
    ['else', { required: ['z'] }],
  ]),
  'false schema and boolean branches': { type: 'object', properties: { no: false, yes: true } },
  'refs into a shared schema, recursive': {
    type: 'object',
    properties: { money: { $ref: '../_shared/schema.json#/$defs/money' }, tree: { $ref: '../_shared/schema.json#/$defs/tree' } },
    $id: 'https://guide-forms.dev/forms/x/schema.json',
  },
};

const EDGES: unknown[] = [
  199.99,
  200,
  200.01,
  1000,
  1000.5,
  0,
  -0,
  36,
  37,
  1.5,
  123.4567,
  123.45678,
  '',
  'x',
  'xy',
  '😀😀',
  '😀😀😀',
  '91210200MA0XXXXXXX',
  null,
  true,
  [],
  ['x'],
  ['a', 'a'],
  ['x', 'y', 'z', 'w'],
  [{ a: 1 }, { a: 1 }],
  ['1', 1],
  {},
  { a: 'a', b: 1 },
  { a: 1, 'b/~c': 'x', extra: 0 },
  { k: 'x' },
  { k: 'x', y: 1 },
  { z: 1 },
  { no: 1, yes: 1 },
  { money: 1.00001, tree: { name: 1, children: [{ children: [{ name: 2 }] }] } },
];

const strip = (errors: { keyword: string; instancePath: string; params: unknown }[]) =>
  errors.map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params }));

describe.each(Object.entries(SCHEMAS))('%s: the errors ajv reported', (_name, schema) => {
  const ours = compileSchema(schema, [SHARED]);
  const ajv = ajvValidators()({ category: 'x', year: 2022 }, schema, [SHARED]);
  const same = (value: unknown): void => {
    let want: ReturnType<typeof strip>;
    const mine = ours(value);
    try {
      // Items past maxItems are not checked (see the ajv-parity test): ajv's errors within them.
      want = strip(withinMaxItems(mine, ajv(value)));
    } catch {
      // ajv's deep equality calls a `toString` the data brings ({"toString": []}): ours must just answer.
      expect(ours(value)).toBeInstanceOf(Array);
      return;
    }
    expect(strip(mine), JSON.stringify(value)).toEqual(want);
  };
  it('on edge values', () => {
    for (const value of EDGES) same(value);
  });
  it('on any JSON', () => {
    fc.assert(
      fc.property(hostileJson, (value) => same(value)),
      { numRuns: 300 },
    );
  });
});

describe('the place of an error', () => {
  it('names the property by JSON Pointer, escaped, and the schema place', () => {
    const errors = compileSchema(SCHEMAS['object keywords'])({ a: 1, 'b/~c': 'x' });
    expect(errors.map((e) => [e.instancePath, e.schemaPath])).toEqual([
      ['/a', '#/properties/a/type'],
      ['/b~1~0c', '#/properties/b~1~0c/type'],
    ]);
  });
  it('names a shared definition by its document', () => {
    const [error] = compileSchema(SCHEMAS['refs into a shared schema, recursive'], [SHARED])({ money: -1 });
    expect(error).toMatchObject({
      instancePath: '/money',
      schemaPath: 'https://guide-forms.dev/forms/_shared/schema.json#/$defs/money/minimum',
    });
  });
});

describe('what it refuses, by place', () => {
  const refusal = (schema: object): GuideFormsError => {
    try {
      compileSchema(schema);
    } catch (error) {
      if (error instanceof GuideFormsError) return error;
      throw error;
    }
    throw new Error('compiled');
  };
  it.each([
    [{ properties: { a: { maxLenght: 3 } } }, '/properties/a/maxLenght', '不支持的关键字 "maxLenght"'],
    [{ properties: { a: { format: 'phone' } } }, '/properties/a/format', '未知的 format "phone"'],
    [{ type: 'text' }, '/type', '未知的类型 "text"'],
    [{ $ref: '#/$defs/none' }, '/$ref', '指向不存在的 schema'],
    [{ pattern: '(' }, '/pattern', '不是有效的正则表达式'],
    [{ if: { const: 1 } }, '/if', 'if 须与 then 或 else 同用'],
    [{ unevaluatedProperties: false }, '/unevaluatedProperties', '不支持的关键字'],
    [{ $ref: '#' }, '/$ref', '校验将无限循环'],
    [{ allOf: [{ $ref: '#/$defs/a' }], $defs: { a: { not: { $ref: '#' } } } }, '/$defs/a/not/$ref', '校验将无限循环'],
  ])('%j → %s', (schema, pointer, words) => {
    const error = refusal(schema);
    expect(error.code).toBe('schema-invalid');
    expect(error.pointer).toBe(pointer);
    expect(error.message).toContain(words);
  });
});
