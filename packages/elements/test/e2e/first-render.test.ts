/**
 * The way to a form's first render in the ESM build (issue 13, first render): the form's chunk
 * and its year's common chunk are requested side by side as soon as the form starts loading —
 * the common one does not wait for the form's to arrive — and the form's first render already
 * holds 打印 and 下载Word版 (in the entry: no chunk of their own to wait for). Under the strict
 * CSP of scripts/serve.mjs.
 */
import type { Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './server.js';

const site = useSiteAndBrowser();

const FORM_CHUNK = /\/guide-form\.2022\.key-rd-[\w-]+\.js$/;
const COMMON_CHUNK = /\/guide-form\.2022\.common-[\w-]+\.js$/;
/** What the paper actions were before they joined the entry: no page fetches it any more. */
const PAPER_CHUNK = /\/guide-form\.paper-[\w-]+\.js$/;

describe('ESM bundle: what the first render needs is requested at once', () => {
  it('the common chunk is requested while the form chunk is still on its way', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      const requested: string[] = [];
      let heard: () => void = () => {};
      const common = new Promise<void>((resolve) => {
        heard = resolve;
      });
      page.on('request', (r: Request) => {
        requested.push(r.url());
        if (COMMON_CHUNK.test(r.url())) heard();
      });
      // The form's chunk is held back until the common chunk was asked for (or 10 s passed): were
      // it requested only once the form's chunk had arrived (the waterfall), it would not be by then.
      const seenWhileHeld: string[] = [];
      await page.route(FORM_CHUNK, async (route: Route) => {
        await Promise.race([common, new Promise((r) => setTimeout(r, 10_000))]);
        seenWhileHeld.push(...requested);
        await route.continue();
      });
      await page.goto(`${site.url}docs/demo/?bundle=esm&category=key-rd`);
      await page.waitForFunction(() => (document.querySelector('guide-form') as unknown as { verdict: unknown } | null)?.verdict, null, {
        timeout: 30_000,
      });
      expect(seenWhileHeld.filter((u) => COMMON_CHUNK.test(u))).toHaveLength(1);
      // Fetched once: the module map shares it with the form chunk's own import of it.
      expect(requested.filter((u) => COMMON_CHUNK.test(u))).toHaveLength(1);
      expect(requested.filter((u) => PAPER_CHUNK.test(u))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the first render that shows the form holds 打印 and 下载Word版 (no second render for them)', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      // Before the page's scripts: watch every shadow root's additions, and note whether the
      // paper actions were already there when the form's fields first appeared.
      await page.addInitScript(() => {
        const w = window as unknown as { firstBody?: { paper: boolean } };
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init: ShadowRootInit) {
          const root = attach.call(this, init);
          new MutationObserver(() => {
            if (w.firstBody || !root.querySelector('.body')) return;
            w.firstBody = { paper: root.querySelector('.paper-actions') !== null };
          }).observe(root, { childList: true, subtree: true });
          return root;
        };
      });
      await page.goto(`${site.url}docs/demo/?bundle=esm&category=key-rd`);
      await page.waitForFunction(() => (window as unknown as { firstBody?: unknown }).firstBody, null, { timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { firstBody: { paper: boolean } }).firstBody)).toEqual({ paper: true });
      await page.locator('guide-form').getByRole('button', { name: '下载Word版' }).waitFor({ timeout: 20_000 });
    } finally {
      await context.close();
    }
  });
});
