// Every test case embedded in every rule file, run through the engine of its year (a
// category the year does not open keeps its file unused: nothing to run).
import { loadCatalog, loadEngine } from '@guide-forms/core/node';
import { PAIR_RULES } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const catalog = loadCatalog(ROOT);
const engine = loadEngine(ROOT);

for (const [year, { call, rules }] of Object.entries(catalog.years)) {
  for (const [file, ruleFile] of Object.entries(rules)) {
    if (file !== 'common' && file !== PAIR_RULES && !call.categories.includes(file)) continue;
    const categories = file === 'common' ? call.categories.filter((c) => catalog.forms[c]) : [file];
    describe(`rules/${year}/${file}.rules.json`, () => {
      for (const rule of ruleFile.rules) {
        if (rule.retired) continue;
        const targets = categories.filter((c) => !rule.appliesTo || rule.appliesTo.includes(c));
        it(`${rule.id} has test cases`, () => {
          expect(rule.tests.length).toBeGreaterThanOrEqual(2);
          expect(new Set(rule.tests.map((t) => t.expect)).has('fail') || rule.severity === 'info').toBe(true);
        });
        for (const t of rule.tests) {
          it(`${rule.id}: ${t.name} → ${t.expect}`, () => {
            // Pair rules read one document { category, data, summary }, whatever the category.
            if (file === PAIR_RULES) expect(engine.runPairRule(rule.id, t.data, Number(year), t.now)).toBe(t.expect);
            else
              for (const category of targets) {
                expect(engine.runRule(category, rule.id, t.data, Number(year), t.now), `${category}`).toBe(t.expect);
              }
          });
        }
      }
    });
  }
}
