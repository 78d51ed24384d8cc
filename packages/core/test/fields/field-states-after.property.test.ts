/**
 * Typing asks core for the field states after one edit (`engine.fieldStatesAfter`), which keeps
 * the previous states when the edited field feeds no condition. Whatever the edit, the answer
 * must be the full recomputation's: same fields in the same order with the same flags and
 * schemas, same children, same submitted value (key order included). Checked on random chains
 * of edits — to conditional fields and rule-read fields too, with blanks, numbers and clearing —
 * from every example and from data that flips each condition.
 */
import type { FieldStates } from '@guide-forms/core';
import { getDefaultEngine, setPointer } from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesOf } from '../fuzz/arbitraries.js';
import { formCategories, getForm, ROOT, YEAR } from '../helpers.js';
import { conditionData, conditionFields } from './conditions.js';

/** Everything a form reads from states, in a comparable shape (schemas by identity). */
function shape(states: FieldStates) {
  const schemas = new Map<unknown, number>();
  const idOf = (s: unknown) => {
    if (!schemas.has(s)) schemas.set(s, schemas.size);
    return schemas.get(s);
  };
  const fields = [...states.fields.values()].map((f) => ({ ...f, schema: idOf(f.schema) }));
  const children = [...new Set(['', ...[...states.fields.keys()]])].map((p) => [p, states.children(p).map((c) => c.pointer)]);
  return { fields, children, value: JSON.stringify(states.value) };
}

const edits = (pointers: string[], conditional: { pointer: string; values: unknown[] }[]) =>
  fc.array(
    fc.oneof(
      fc.record({
        pointer: fc.constantFrom(...pointers),
        value: fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.constantFrom('', ' ', '\u3000', 'a', '其他', '企业', 199.99, 200, 200.01, 0, true, false),
          fc.constant(undefined),
        ),
      }),
      ...(conditional.length
        ? [
            fc
              .constantFrom(...conditional)
              .chain((c) => fc.record({ pointer: fc.constant(c.pointer), value: fc.constantFrom(...c.values, undefined) })),
          ]
        : []),
    ),
    { minLength: 1, maxLength: 8 },
  );

describe('field states after an edit equal the full recomputation', () => {
  const engine = getDefaultEngine();
  for (const category of formCategories()) {
    const form = getForm(category);
    const examples = examplesOf(ROOT, category);
    const first = engine.fieldStates(category, examples[0] ?? {}, YEAR);
    // Fields a keystroke reaches: every leaf the form lays out for the example (rows included).
    const pointers = [...first.fields.values()]
      .filter((f) => f.schema.type !== 'object' && f.schema.type !== 'array')
      .map((f) => f.pointer);
    const conditional = conditionFields(form).filter((c) => !c.pointer.includes('/0/'));

    it(`${category}: random chains of edits`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...examples), conditionData(form, examples)), edits(pointers, conditional), (start, chain) => {
          let data = start;
          let states = engine.fieldStates(category, data, YEAR);
          for (const edit of chain) {
            const next = setPointer(data ?? {}, edit.pointer, edit.value);
            const after = engine.fieldStatesAfter(category, next, { before: states, changed: edit.pointer }, YEAR);
            const full = engine.fieldStates(category, next, YEAR);
            expect(shape(after), `${edit.pointer} = ${JSON.stringify(edit.value)}`).toEqual(shape(full));
            data = next;
            states = after;
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('keeps the states (and changes only the value) when the field feeds no condition', () => {
    const data = examplesOf(ROOT, 'key-rd')[0] as Record<string, unknown>;
    const before = engine.fieldStates('key-rd', data, YEAR);
    const next = setPointer(data, '/content/title', '新的标题');
    const after = engine.fieldStatesAfter('key-rd', next, { before, changed: '/content/title' }, YEAR);
    expect(after.fields).toBe(before.fields);
    expect((after.value.content as Record<string, unknown>).title).toBe('新的标题');
    expect(before.value).not.toBe(after.value);
  });

  it('computes again when the field feeds a condition', () => {
    const data = examplesOf(ROOT, 'key-rd')[0] as Record<string, unknown>;
    const before = engine.fieldStates('key-rd', data, YEAR);
    const next = setPointer(data, '/classification/domain', '其他');
    const after = engine.fieldStatesAfter('key-rd', next, { before, changed: '/classification/domain' }, YEAR);
    expect(after.fields).not.toBe(before.fields);
    expect(after.fields.get('/classification/otherDomain')?.visible).toBe(true);
  });
});
