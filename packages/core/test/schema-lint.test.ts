// The quality bar every form schema meets (issue: "a schema lint test over all forms").

import type { JsonSchema } from '@guide-forms/core';
import { indexFields, parsePointer, toPattern } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { getForm, listCategories } from './helpers.js';

const HAN = /[\u4e00-\u9fff]/;

interface Field {
  pointer: string;
  schema: JsonSchema;
}

/** Every property schema reachable through properties, items and allOf/if/then/else branches. */
function fields(schema: JsonSchema, at = ''): Field[] {
  const out: Field[] = [];
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [key, child] of Object.entries(props)) {
    const pointer = `${at}/${key}`;
    out.push({ pointer, schema: child }, ...fields(child, pointer));
  }
  const items = schema.items as JsonSchema | undefined;
  if (items) out.push(...fields(items, `${at}/*`));
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) for (const b of (schema[k] ?? []) as JsonSchema[]) out.push(...fields(b, at));
  for (const k of ['then', 'else'] as const) if (schema[k]) out.push(...fields(schema[k] as JsonSchema, at));
  return out;
}

/** Properties a `required` list may name at this level: own, and those its branches add. */
function declared(schema: JsonSchema): Set<string> {
  const names = new Set(Object.keys((schema.properties ?? {}) as object));
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const b of (schema[k] ?? []) as JsonSchema[]) for (const n of declared(b)) names.add(n);
  for (const k of ['then', 'else'] as const) if (schema[k]) for (const n of declared(schema[k] as JsonSchema)) names.add(n);
  return names;
}

function objects(schema: JsonSchema, at = '', parent?: JsonSchema): { pointer: string; schema: JsonSchema; scope: JsonSchema }[] {
  const out = [{ pointer: at, schema, scope: parent ?? schema }];
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>))
    out.push(...objects(child, `${at}/${key}`));
  if (schema.items) out.push(...objects(schema.items as JsonSchema, `${at}/*`));
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const)
    for (const b of (schema[k] ?? []) as JsonSchema[]) out.push(...objects(b, at, parent ?? schema));
  for (const k of ['then', 'else'] as const) if (schema[k]) out.push(...objects(schema[k] as JsonSchema, at, parent ?? schema));
  return out;
}

for (const { category } of listCategories(2022)) {
  describe(`forms/${category}/schema.json`, () => {
    const form = getForm(category, 2022);
    const all = fields(form.schema);

    it('every field has a Chinese title and an English one', () => {
      const bad = all.filter(
        (f) => typeof f.schema.title !== 'string' || !HAN.test(f.schema.title) || typeof f.schema['x-title-en'] !== 'string',
      );
      expect(bad.map((f) => f.pointer)).toEqual([]);
    });

    it('every free-text string has a maxLength', () => {
      const free = all.filter((f) => f.schema.type === 'string' && f.schema.enum === undefined && f.schema.const === undefined);
      expect(free.filter((f) => typeof f.schema.maxLength !== 'number').map((f) => f.pointer)).toEqual([]);
      const listItems = all.filter((f) => f.schema.type === 'array' && (f.schema.items as JsonSchema)?.type === 'string');
      for (const f of listItems) {
        const item = f.schema.items as JsonSchema;
        if (item.enum === undefined) expect(typeof item.maxLength, `${f.pointer}/*`).toBe('number');
      }
    });

    it('every money field is in 万元 with minimum 0; every quantity has a unit', () => {
      const money = all.filter((f) => f.schema['x-unit'] === '万元');
      expect(money.length).toBeGreaterThan(0);
      for (const f of money) {
        expect(f.schema.type, f.pointer).toBe('number');
        expect(f.schema.minimum, f.pointer).toBe(0);
      }
      const quantities = all.filter(
        (f) => (f.schema.type === 'number' || f.schema.type === 'integer') && !/Year$/.test(f.pointer) && !f.pointer.endsWith('/target'),
      );
      expect(quantities.filter((f) => typeof f.schema['x-unit'] !== 'string').map((f) => f.pointer)).toEqual([]);
      const moneyLike = all.filter((f) => /(Investment|Funds|Funding|Amount|Expense)$/.test(f.pointer));
      expect(moneyLike.filter((f) => f.schema['x-unit'] !== '万元').map((f) => f.pointer)).toEqual([]);
    });

    it('every choice is shown in Chinese and has English labels of the same length', () => {
      for (const f of all) {
        const node = f.schema.type === 'array' ? (f.schema.items as JsonSchema) : f.schema;
        const values = (node.enum ?? (node.const !== undefined ? [node.const] : undefined)) as unknown[] | undefined;
        if (!values || typeof values[0] !== 'string') continue;
        const zh = (node['x-enum-zh'] as string[] | undefined) ?? (values as string[]);
        expect(
          zh.every((v) => HAN.test(v)),
          `${f.pointer}: ${zh.join(', ')}`,
        ).toBe(true);
        expect((node['x-enum-en'] as string[] | undefined)?.length, `${f.pointer} x-enum-en`).toBe(values.length);
      }
    });

    it('every required field exists', () => {
      for (const o of objects(form.schema)) {
        const required = (o.schema.required ?? []) as string[];
        const names = new Set([...declared(o.schema), ...declared(o.scope)]);
        for (const name of required) expect(names.has(name), `${o.pointer || '/'} requires ${name}`).toBe(true);
      }
    });

    it("every rule's pointers exist in the form", () => {
      const index = indexFields(form.schema);
      for (const rule of form.rules) {
        for (const pointer of [...rule.fields, ...(rule.needs ?? [])]) {
          expect(index.has(toPattern(pointer)), `${rule.id} reads ${pointer}`).toBe(true);
          expect(parsePointer(pointer).length).toBeGreaterThan(0);
        }
      }
    });
  });
}
