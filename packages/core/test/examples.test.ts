// Every example of every form against its expected verdict, named by its file:
// eligible*.json → ok inside the window; fail-<rule>.json → a finding of that rule;
// invalid-*.json → schema errors.
import { evaluate, getForm } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { example, exampleFiles, formCategories, OPEN_NOW } from './helpers.js';

for (const category of formCategories()) {
  describe(`${category} examples`, () => {
    const files = exampleFiles(category);

    it('ships eligible.json', () => {
      expect(files).toContain('eligible.json');
    });

    for (const file of files) {
      const data = example(category, file);
      if (file.startsWith('eligible')) {
        it(`${file} is valid, eligible and ok inside the window`, () => {
          const v = evaluate(category, data, { now: OPEN_NOW });
          expect(v.errors).toEqual([]);
          expect(v.findings.filter((f) => f.severity === 'block')).toEqual([]);
          expect(v.ok).toBe(true);
          expect(v.route?.phone).toMatch(/^0411-\d{8}$/);
        });
      } else if (file.startsWith('fail-')) {
        const rule = file.slice('fail-'.length, -'.json'.length);
        it(`${file} breaks rule ${rule} and only that rule's severity decides`, () => {
          const v = evaluate(category, data, { now: OPEN_NOW });
          const finding = v.findings.find((f) => f.rule === rule);
          expect(finding, `no finding for ${rule}: ${JSON.stringify(v.findings)}`).toBeDefined();
          expect(finding?.message).toMatch(/[\u4e00-\u9fff]/);
          expect(finding?.clause.length).toBeGreaterThan(4);
          const known = getForm(category).rules.find((r) => r.id === rule);
          expect(known, `rule ${rule} is not in force for ${category}`).toBeDefined();
          if (known?.severity === 'block') expect(v.ok).toBe(false);
          expect(v.errors).toEqual([]);
        });
      } else if (file.startsWith('invalid-')) {
        it(`${file} has schema errors located by pointer`, () => {
          const v = evaluate(category, data, { now: OPEN_NOW });
          expect(v.valid).toBe(false);
          expect(v.ok).toBe(false);
          for (const e of v.errors) {
            expect(e.pointer).toMatch(/^(\/|$)/);
            expect(e.message).toMatch(/[\u4e00-\u9fff]/);
          }
        });
      } else {
        it(`${file} follows the naming convention`, () => {
          expect.fail(`${category}/examples/${file}: name it eligible*.json, fail-<rule>.json or invalid-*.json`);
        });
      }
    }

    it('has a failing example for every block and warn rule in force', () => {
      const rules = getForm(category).rules.filter((r) => r.severity !== 'info');
      const missing = rules.filter((r) => !files.includes(`fail-${r.id}.json`)).map((r) => r.id);
      expect(missing).toEqual([]);
    });
  });
}
