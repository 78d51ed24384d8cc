// Every example of every form against the promise of its name (see exampleExpectation):
// eligible*.json → ok inside the window; fail-<rule>.json → blocked by that rule;
// warn-<rule>.json / info-<rule>.json → that warning or flag, still eligible; invalid-*.json → schema errors.
// The test reads the names and checks the verdicts itself: the product's own exampleExpectation
// and meetsExpectation (used by `guide-forms test`) are tested against it, never used as its oracle.
import type { Verdict } from '@guide-forms/core';
import { exampleExpectation, exampleFileFor, meetsExpectation } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { evaluate, example, exampleFiles, formCategories, getForm, OPEN_NOW } from './helpers.js';

/** Words of an invalid-* name that say how, not where: `invalid-credit-code.json` is about a credit code. */
const HOW = new Set(['invalid', 'missing', 'empty', 'blank', 'too', 'long', 'not', 'integer']);

/**
 * An invalid example fails where its name says: some error's pointer names one of the name's
 * words (`invalid-credit-code.json` → `/unit/creditCode`), so breaking a format or a limit
 * cannot stay green behind another error of the same file.
 */
function expectErrorWhereNamed(where: string, file: string, v: Verdict): void {
  const words = file
    .replace(/^invalid-|\.json$/g, '')
    .split('-')
    .map((w) => w.toLowerCase())
    .filter((w) => !HOW.has(w));
  const pointers = v.errors.map((e) => e.pointer.toLowerCase().replace(/[^a-z0-9/]/g, ''));
  expect(
    words.some((w) => pointers.some((p) => p.includes(w))),
    `${where}: an error at a field named by ${words.join('/')} (errors at ${v.errors.map((e) => e.pointer).join(', ')})`,
  ).toBe(true);
}

const SEVERITY = { fail: 'block', warn: 'warn', info: 'info' } as const;

/** What the file name promises, read here independently of core's exampleExpectation. */
function promise(file: string): { kind: 'eligible' } | { kind: 'invalid' } | { kind: 'finding'; rule: string; severity: string } | null {
  if (/^eligible[^/]*\.json$/.test(file)) return { kind: 'eligible' };
  if (/^invalid-.+\.json$/.test(file)) return { kind: 'invalid' };
  const m = /^(fail|warn|info)-(.+)\.json$/.exec(file);
  return m ? { kind: 'finding', rule: m[2] as string, severity: SEVERITY[m[1] as keyof typeof SEVERITY] } : null;
}

/** The verdict keeps the promise: asserted field by field, so a failure says what differs. */
function expectKept(where: string, kept: NonNullable<ReturnType<typeof promise>>, v: Verdict): void {
  if (kept.kind === 'eligible') {
    expect(v.errors, `${where}: schema errors`).toEqual([]);
    expect(
      v.findings.filter((f) => f.severity === 'block').map((f) => f.rule),
      `${where}: blocking findings`,
    ).toEqual([]);
    expect(v.open, `${where}: window open at ${OPEN_NOW}`).toBe(true);
    expect(v.ok, `${where}: ok`).toBe(true);
  } else if (kept.kind === 'invalid') {
    expect(v.valid, `${where}: schema-valid`).toBe(false);
    expect(v.errors.length, `${where}: schema errors`).toBeGreaterThan(0);
    expect(v.ok, `${where}: ok`).toBe(false);
  } else {
    const hit = v.findings.filter((f) => f.rule === kept.rule);
    expect(
      hit.map((f) => f.severity),
      `${where}: findings of ${kept.rule}`,
    ).toContain(kept.severity);
    if (kept.severity === 'block') {
      expect(v.eligible, `${where}: eligible`).toBe(false);
      expect(v.ok, `${where}: ok`).toBe(false);
    } else {
      expect(v.eligible, `${where}: a ${kept.severity} alone keeps it eligible`).toBe(true);
    }
  }
}

for (const category of formCategories()) {
  describe(`${category} examples`, () => {
    const files = exampleFiles(category);

    it('ships eligible.json', () => {
      expect(files).toContain('eligible.json');
    });

    for (const file of files) {
      const expectation = promise(file);
      it(`${file} keeps the promise of its name`, () => {
        expect(
          expectation,
          `${category}/examples/${file}: name it eligible*, fail-<rule>, warn-<rule>, info-<rule> or invalid-*`,
        ).not.toBeNull();
        if (!expectation) return;
        const v = evaluate(category, example(category, file), { now: OPEN_NOW });
        expectKept(`${category}/examples/${file}`, expectation, v);
        if (expectation.kind === 'invalid') expectErrorWhereNamed(`${category}/examples/${file}`, file, v);
        // `guide-forms test` reads the same names and reaches the same judgement.
        const product = exampleExpectation(file);
        expect(product).toEqual(expectation);
        if (product) expect(meetsExpectation(product, v).ok).toBe(true);
        if (expectation.kind === 'eligible') expect(v.route?.phone).toMatch(/^0411-\d{8}$/);
        if (expectation.kind === 'finding') {
          const finding = v.findings.find((f) => f.rule === expectation.rule);
          expect(finding?.message).toMatch(/[\u4e00-\u9fff]/);
          expect(finding?.clause.length).toBeGreaterThan(4);
          expect(
            getForm(category).rules.some((r) => r.id === expectation.rule),
            `rule ${expectation.rule} in force`,
          ).toBe(true);
          expect(v.errors).toEqual([]); // only the rule is broken, the form itself is complete
        }
        if (expectation.kind === 'invalid') {
          for (const e of v.errors) {
            expect(e.pointer).toMatch(/^(\/|$)/);
            expect(e.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      });
    }

    it('has an example for every block and warn rule in force', () => {
      const rules = getForm(category).rules.filter((r) => r.severity !== 'info');
      const missing = rules.map((r) => exampleFileFor(r.id, r.severity)).filter((f) => !files.includes(f));
      expect(missing).toEqual([]);
    });
  });
}

describe('meetsExpectation (what `guide-forms test` reports) says when a promise is broken', () => {
  for (const category of formCategories()) {
    const files = exampleFiles(category);
    const eligible = evaluate(category, example(category, 'eligible.json'), { now: OPEN_NOW });
    const failing = files.find((f) => f.startsWith('fail-'));
    it(`${category}: an eligible verdict breaks the promises of invalid-* and fail-*`, () => {
      expect(meetsExpectation({ kind: 'invalid' }, eligible).ok).toBe(false);
      expect(meetsExpectation({ kind: 'finding', rule: 'R-none', severity: 'block' }, eligible).ok).toBe(false);
      expect(meetsExpectation({ kind: 'eligible' }, eligible).ok).toBe(true);
    });
    if (failing) {
      it(`${category}: ${failing} breaks the promise of eligible*, and of a warning of the same rule`, () => {
        const v = evaluate(category, example(category, failing), { now: OPEN_NOW });
        const rule = failing.replace(/^fail-|\.json$/g, '');
        expect(meetsExpectation({ kind: 'eligible' }, v).ok).toBe(false);
        expect(meetsExpectation({ kind: 'finding', rule, severity: 'warn' }, v).ok).toBe(false);
      });
    }
  }
});
