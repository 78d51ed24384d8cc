/**
 * Issue 14: for the same data and `now`, the verdict computed in Chromium by the precompiled
 * bundle (dist/guide-form.js under the demo's strict CSP) equals the one computed in Node —
 * for random and mutated submissions of every form, not only the examples. The element's own
 * verdict is also what Node says of the value it would submit.
 */
import { loadEngine, type Verdict } from '@guide-forms/core/node';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionFor } from '../../../core/test/fuzz/arbitraries.js';
import { root, useSiteAndBrowser } from './server.js';

const NOW = '2021-11-01T10:00:00+08:00';
const RUNS = Number(process.env.GF_FUZZ_RUNS_BROWSER ?? 30);
const node = loadEngine(root);

const site = useSiteAndBrowser();

interface InBrowser {
  engine: Verdict;
  element: Verdict | null;
  /** The element's value as JSON text: Playwright cannot send back an object nested ~150 deep (a fuzzed list). */
  value: string;
}

/**
 * Evaluates JSON text in the page: the bundle's engine, and the demo's `<guide-form>`. The
 * script is a string so that Vite does not rewrite its `import()` for Node.
 */
const PAGE_SCRIPT = `async ({ category, text, now, lang }) => {
  const m = await import('/packages/elements/dist/guide-form.js');
  // The page's engine in the verdict's language (the production bundle fetches the English texts when asked).
  const engine = await m.getFormSource().load(category, undefined, undefined, lang);
  const el = document.querySelector('guide-form');
  el.now = now;
  el.value = JSON.parse(text);
  return { engine: engine.evaluate(category, JSON.parse(text), { now, lang }), element: el.verdict, value: JSON.stringify(el.value) ?? 'null' };
}`;

function inBrowser(page: Page, category: string, text: string, lang: 'zh-CN' | 'en'): Promise<InBrowser> {
  const args = JSON.stringify({ category, text, now: NOW, lang });
  return page.evaluate(`(${PAGE_SCRIPT})(${args})`) as Promise<InBrowser>;
}

const categories = node.listCategories().map((c) => c.category);

describe.each(categories)('Chromium and Node agree on fuzzed %s submissions', (category) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.url}docs/demo/?bundle=esm&category=${category}`);
    await page.waitForFunction((c) => {
      const el = document.querySelector('guide-form') as unknown as { verdict: unknown; getAttribute: (n: string) => string } | null;
      return el?.getAttribute('category') === c && el.verdict !== null;
    }, category);
  }, 60_000);
  afterAll(() => page?.close());

  it(
    `same verdict for the same data and now (${RUNS} submissions)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(submissionFor(root, category), fc.constantFrom('zh-CN' as const, 'en' as const), async (data, lang) => {
          // JSON text on both sides: exactly the same data, lone surrogates included.
          const text = JSON.stringify(data) ?? 'null';
          const seen = await inBrowser(page, category, text, lang);
          expect(seen.engine).toEqual(node.evaluate(category, JSON.parse(text), { now: NOW, lang }));
          if (seen.element) expect(seen.element).toEqual(node.evaluate(category, JSON.parse(seen.value), { now: NOW, lang: 'zh-CN' }));
        }),
        { numRuns: RUNS },
      );
    },
    60_000 + RUNS * 500,
  );
});
