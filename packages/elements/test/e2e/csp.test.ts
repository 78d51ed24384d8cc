/**
 * The demo page under the strict CSP of scripts/serve.mjs (no `unsafe-eval`, no inline
 * script or style): for the ESM and the IIFE bundle, the form renders, typing changes
 * the verdict, and the page sees no `securitypolicyviolation` and no console error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './server.js';

interface Probe {
  ok: boolean;
  open: boolean;
  errors: string[];
  findings: string[];
}

const site = useSiteAndBrowser();

/** Opens the demo with every CSP violation, page error and console error recorded. */
async function open(bundle: 'esm' | 'iife', category: string) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(`securitypolicyviolation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const response = await page.goto(`${site.url}docs/demo/?bundle=${bundle}&category=${category}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return { page, problems, close: () => context.close() };
}

function verdict(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const v = (document.querySelector('guide-form') as unknown as { verdict: import('@guide-forms/core').Verdict | null }).verdict;
    if (!v) throw new Error('no verdict yet');
    return { ok: v.ok, open: v.open, errors: v.errors.map((e) => e.pointer), findings: v.findings.map((f) => f.rule) };
  });
}

describe.each(['esm', 'iife'] as const)('demo page, %s bundle, strict CSP', (bundle) => {
  it('renders, re-checks on typing, and reaches ok with the example — without CSP violations or console errors', async () => {
    const { page, problems, close } = await open(bundle, 'key-rd');
    try {
      const unitName = page.getByLabel('填报单位');
      await unitName.waitFor({ timeout: 20_000 });
      await expect.poll(() => verdict(page).then((v) => v.errors)).toContain('/unit/unitName');

      await unitName.fill('大连海创智能装备有限公司');
      await expect.poll(() => verdict(page).then((v) => v.errors)).not.toContain('/unit/unitName');

      await page.getByRole('button', { name: /用示例填写/ }).click();
      await expect.poll(() => verdict(page)).toMatchObject({ ok: true, open: true, errors: [] });
      await expect.poll(() => page.locator('#preview').textContent()).toContain('"suggestion"');

      // Outside the window (after 2021-11-10) the same data is no longer ok.
      await page.locator('.workbench > summary').click(); // “For integrators” holds the clock
      await page.locator('#now').fill('2021-12-01T09:00');
      await page.locator('#now').dispatchEvent('change');
      await expect.poll(() => verdict(page)).toMatchObject({ ok: false, open: false, errors: [] });

      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('switches to the summary form (附件7) with the pre-filled value from guide-form-summary', async () => {
    const { page, problems, close } = await open(bundle, 'key-rd');
    try {
      await page.getByLabel('填报单位').waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: /用示例填写/ }).click();
      await expect.poll(() => verdict(page).then((v) => v.ok)).toBe(true);
      await page
        .locator('guide-form')
        .getByRole('button', { name: /填写指南凝练信息表/ })
        .click();
      await expect.poll(() => page.locator('#category').inputValue()).toBe('summary');
      const formValue = () =>
        page.evaluate(() => (document.querySelector('guide-form') as unknown as { value: Record<string, unknown> }).value);
      // The select changes at once; the summary chunk loads after it (slowly on a busy machine).
      await expect.poll(async () => ((await formValue()).classification as { category?: string } | undefined)?.category).toBe('summary');
      const value = await formValue();
      expect(value).toMatchObject({
        classification: { category: 'summary' },
        linked: { category: 'key-rd' },
        unit: { unitName: '大连海创智能装备有限公司' },
      });
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('loads every category it offers', async () => {
    const { page, problems, close } = await open(bundle, 'key-rd');
    try {
      await page.getByLabel('填报单位').waitFor({ timeout: 20_000 });
      const categories = await page
        .locator('#category option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(categories).toHaveLength(7);
      for (const category of categories) {
        await page.locator('#category').selectOption(category);
        await expect.poll(() => page.evaluate(() => document.querySelector('guide-form')?.getAttribute('category'))).toBe(category);
        await expect.poll(() => verdict(page).then((v) => v.errors.length)).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the CSP probe itself', () => {
  it('reports an inline script the policy refuses (so a clean run means something)', async () => {
    const { page, problems, close } = await open('esm', 'key-rd');
    try {
      await page.getByLabel('填报单位').waitFor({ timeout: 20_000 });
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.body.append(script);
      });
      await expect.poll(() => problems.join('\n')).toMatch(/securitypolicyviolation: script-src/);
      expect(await page.evaluate(() => 'window.__inline' in window && (window as unknown as { __inline?: boolean }).__inline)).toBe(false);
    } finally {
      await close();
    }
  });
});
