/**
 * fast-check data that exercises a form's conditions: each field an `if` reads gets one of the
 * values its conditions name, a value they do not, a blank, or nothing — on top of an example.
 */
import type { FormDefinition, JsonSchema } from '@guide-forms/core';
import { conditionSchemas, joinPointer, setPointer } from '@guide-forms/core/tooling';
import fc from 'fast-check';

/** A field some condition reads, with the values worth trying there. */
export interface ConditionField {
  pointer: string;
  values: unknown[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The data pointer of the object an `if` at `schemaPointer` judges (`/properties/project/allOf/0/if` → `/project`). */
export function dataPointerOf(schemaPointer: string): string {
  const parts = schemaPointer.split('/').slice(1, -1);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'properties') out = joinPointer(out, parts[++i] as string);
    else if (parts[i] === 'items') out = joinPointer(out, 0);
  }
  return out;
}

function collect(schema: unknown, at: string, out: Map<string, Set<string>>): void {
  if (!isObject(schema)) return;
  const add = (values: unknown[]): void => {
    const set = out.get(at) ?? new Set<string>();
    for (const v of values) set.add(JSON.stringify(v));
    out.set(at, set);
  };
  if ('const' in schema) add([schema.const]);
  if (Array.isArray(schema.enum)) add(schema.enum);
  if (isObject(schema.contains)) {
    const inner = new Map<string, Set<string>>();
    collect(schema.contains, '', inner);
    const items = [...(inner.get('') ?? [])].map((t) => JSON.parse(t) as unknown);
    add([items, [...items, '另一项'], ['另一项'], []]);
  }
  if (isObject(schema.properties)) for (const [k, s] of Object.entries(schema.properties)) collect(s, joinPointer(at, k), out);
  for (const key of ['allOf', 'anyOf']) if (Array.isArray(schema[key])) for (const s of schema[key] as unknown[]) collect(s, at, out);
  if (isObject(schema.not)) collect(schema.not, at, out);
}

/** Every field the form's conditions read, with the values they name plus an unnamed one, a blank and nothing. */
export function conditionFields(form: FormDefinition): ConditionField[] {
  const found = new Map<string, Set<string>>();
  for (const c of conditionSchemas(form.schema as JsonSchema)) {
    const base = dataPointerOf(c.pointer);
    const inner = new Map<string, Set<string>>();
    collect(c.schema, '', inner);
    for (const [p, values] of inner) {
      const at = base + p;
      const set = found.get(at) ?? new Set<string>();
      for (const v of values) set.add(v);
      found.set(at, set);
    }
  }
  return [...found].map(([pointer, values]) => {
    const named = [...values].map((t) => JSON.parse(t) as unknown);
    const bool = named.some((v) => typeof v === 'boolean');
    return { pointer, values: [...named, ...(bool ? [false, true] : ['条件未列出的值', '\u3000', '']), undefined] };
  });
}

/** Data from `examples` with each condition field set to one of its values at random. */
export function conditionData(form: FormDefinition, examples: readonly unknown[]): fc.Arbitrary<unknown> {
  const fields = conditionFields(form);
  return fc.tuple(fc.constantFrom(...examples), fc.tuple(...fields.map((f) => fc.constantFrom(...f.values)))).map(([example, chosen]) => {
    let data: unknown = structuredClone(example);
    fields.forEach((f, i) => {
      try {
        data = setPointer(isObject(data) ? data : {}, f.pointer, chosen[i]);
      } catch {
        // a parent that is not an object in this example: leave it
      }
    });
    return data;
  });
}
