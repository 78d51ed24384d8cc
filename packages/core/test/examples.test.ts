// Every example of every form against the promise of its name (see exampleExpectation):
// eligible*.json → ok inside the window; fail-<rule>.json → blocked by that rule;
// warn-<rule>.json / info-<rule>.json → that warning or flag, still eligible; invalid-*.json → schema errors.
import { exampleExpectation, exampleFileFor, meetsExpectation } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { evaluate, example, exampleFiles, formCategories, getForm, OPEN_NOW } from './helpers.js';

for (const category of formCategories()) {
  describe(`${category} examples`, () => {
    const files = exampleFiles(category);

    it('ships eligible.json', () => {
      expect(files).toContain('eligible.json');
    });

    for (const file of files) {
      const expectation = exampleExpectation(file);
      it(`${file} keeps the promise of its name`, () => {
        expect(
          expectation,
          `${category}/examples/${file}: name it eligible*, fail-<rule>, warn-<rule>, info-<rule> or invalid-*`,
        ).not.toBeNull();
        if (!expectation) return;
        const v = evaluate(category, example(category, file), { now: OPEN_NOW });
        const result = meetsExpectation(expectation, v);
        expect(result.ok, result.actual).toBe(true);
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
