/**
 * A schema an administrator got wrong never crashes the check: every keyword of every form's
 * schema replaced by any JSON value either compiles or is refused as `schema-invalid` with the
 * place — never a TypeError — and what compiles never throws on any data.
 */
import { GuideFormsError } from '@guide-forms/core';
import { loadCatalog } from '@guide-forms/core/node';
import { compileSchema, formatPointer, formParts } from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson } from '../fuzz/arbitraries.js';
import { formCategories, ROOT, YEAR } from '../helpers.js';

/** Every place in a schema where a keyword's value sits, as a path of keys. */
function keywordPlaces(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) keywordPlaces(item, [...path, i], out);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      out.push([...path, key]);
      keywordPlaces(value, [...path, key], out);
    }
  }
  return out;
}

function withValue(schema: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(schema) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = value;
  return copy;
}

const catalog = loadCatalog(ROOT);

describe.each(formCategories())('a broken keyword in %s', (category) => {
  const parts = formParts(catalog, category, YEAR);
  const places = keywordPlaces(parts.schema);

  it('is refused by place or compiles, and what compiles judges any data without throwing', () => {
    fc.assert(
      fc.property(fc.nat({ max: places.length - 1 }), hostileJson, hostileJson, (i, value, data) => {
        const path = places[i] as (string | number)[];
        const schema = withValue(parts.schema, path, value);
        let check: ((d: unknown) => unknown[]) | undefined;
        try {
          check = compileSchema(schema, parts.shared);
        } catch (error) {
          expect(error, `${formatPointer(path)} = ${JSON.stringify(value)}`).toBeInstanceOf(GuideFormsError);
          expect((error as GuideFormsError).code).toBe('schema-invalid');
          expect(typeof (error as GuideFormsError).pointer).toBe('string');
          return;
        }
        expect(Array.isArray(check(data))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
