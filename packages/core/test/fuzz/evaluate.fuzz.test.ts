// Issue 14: random and mutated submissions for every form go through `evaluate` without a
// throw, and the verdict keeps its own invariants. Bounded for CI (numRuns per form below);
// `node scripts/fuzz.mjs` runs the same properties many more times (figures in docs/security.md).
import { Engine, type Verdict } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formCategories, OPEN_NOW, ROOT } from '../helpers.js';
import { submissionFor } from './arbitraries.js';

const engine = new Engine(loadCatalog(ROOT), ajvValidators());
const RUNS = Number(process.env.GF_FUZZ_RUNS ?? 150);

/** What every verdict must satisfy, whatever the data. */
export function checkVerdict(v: Verdict): void {
  expect(v.valid).toBe(v.errors.length === 0);
  expect(v.eligible).toBe(!v.findings.some((f) => f.severity === 'block'));
  expect(v.ok).toBe(v.valid && v.eligible && v.open);
  for (const e of v.errors) {
    expect(e.pointer === '' || e.pointer.startsWith('/')).toBe(true);
    expect(typeof e.message === 'string' && e.message !== '').toBe(true);
  }
  for (const f of v.findings) {
    expect(['block', 'warn', 'info']).toContain(f.severity);
    // Hostile data never breaks a rule: a rule that cannot be evaluated is the administrator's bug.
    expect(f.message).not.toMatch(/无法求值|could not be evaluated/);
    expect(f.message.length).toBeLessThan(2000);
  }
  // The verdict is plain JSON: what a server sends is what the browser got.
  expect(JSON.parse(JSON.stringify(v))).toEqual(v);
}

describe.each(formCategories())('evaluate(%s, hostile data)', (category) => {
  it(
    `never throws and keeps the verdict's invariants (${RUNS} submissions, zh-CN and en)`,
    () => {
      fc.assert(
        fc.property(submissionFor(ROOT, category), fc.constantFrom('zh-CN', 'en'), (data, lang) => {
          checkVerdict(engine.evaluate(category, data, { now: OPEN_NOW, lang: lang as 'zh-CN' | 'en' }));
        }),
        { numRuns: RUNS },
      );
    },
    30_000 + RUNS * 20,
  );
});
