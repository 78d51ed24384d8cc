/**
 * Field states agree with the verdict, by construction and checked here: on every example of
 * every form, on data that flips each condition, and on hostile data, a field is reported
 * missing by `evaluate` exactly when core's states say it shows, is required, its object is
 * submitted and it is not filled. (This replaced the parity test that ran the element's own
 * `if` interpreter against core's while both existed — issue 13.)
 */
import type { FieldStates, SchemaError } from '@guide-forms/core';
import { getDefaultEngine, getPointer, sanitize, withoutBlanks } from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesOf, submissionFor } from '../fuzz/arbitraries.js';
import { evaluate, formCategories, getForm, OPEN_NOW, ROOT, YEAR } from '../helpers.js';
import { conditionData } from './conditions.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields the states say are missing: shown, required, their object submitted, nothing (or only blanks) in them. */
function missingByStates(states: FieldStates): string[] {
  const clean = withoutBlanks(sanitize(states.value));
  const out: string[] = [];
  for (const s of states.fields.values()) {
    if (!s.visible || !s.required) continue;
    const parent = getPointer(clean, s.pointer.slice(0, s.pointer.lastIndexOf('/')));
    if (isObject(parent) && !Object.hasOwn(parent, s.key)) out.push(s.pointer);
  }
  return out.sort();
}

const missingByVerdict = (errors: SchemaError[]): string[] =>
  errors
    .filter((e) => e.keyword === 'required')
    .map((e) => e.pointer)
    .sort();

function agree(category: string, data: unknown): void {
  const states = getDefaultEngine().fieldStates(category, data, YEAR);
  const verdict = evaluate(category, states.value, { now: OPEN_NOW });
  expect(missingByStates(states)).toEqual(missingByVerdict(verdict.errors));
  // A hidden field is never submitted.
  for (const s of states.fields.values()) if (!s.visible) expect(getPointer(states.value, s.pointer), s.pointer).toBeUndefined();
}

describe('a sparse list (a JS caller’s array with holes)', () => {
  it('keeps every row at its index, holes as the null JSON makes of them, so states and verdict name the same rows', () => {
    const example = examplesOf(ROOT, 'international')[0] as { project: { cnTeam: unknown[] } };
    const team: unknown[] = Array(8);
    team[0] = example.project.cnTeam[0];
    team[7] = { value: '' };
    const data = { ...example, project: { ...example.project, cnTeam: team } };
    const states = getDefaultEngine().fieldStates('international', data, YEAR);
    const list = (states.value.project as { cnTeam: unknown[] }).cnTeam;
    expect(list).toHaveLength(8);
    expect(list.slice(1, 7)).toEqual([null, null, null, null, null, null]);
    expect(states.fields.get('/project/cnTeam/7/name')?.required).toBe(true);
    agree('international', data);
  });
});

describe('field states agree with evaluate', () => {
  for (const category of formCategories()) {
    const form = getForm(category);
    const examples = examplesOf(ROOT, category);
    it(`${category}: every example`, () => {
      for (const example of examples) agree(category, example);
    });
    it(`${category}: data that flips every condition`, () => {
      fc.assert(
        fc.property(conditionData(form, examples), (data) => agree(category, data)),
        { numRuns: 200 },
      );
    });
    it(`${category}: hostile data`, () => {
      fc.assert(
        fc.property(submissionFor(ROOT, category), (data) => agree(category, data)),
        { numRuns: 100 },
      );
    });
  }
});
