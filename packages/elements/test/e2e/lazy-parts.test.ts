/**
 * What a first paint does not need is fetched only when it is needed (issue 13, page weight):
 * in the ESM build the review step, the draft notices, the month widget and the English UI
 * strings are chunks of their own, fetched on 提交, a restored draft, the first month field and
 * `lang="en"` (the paper actions are drawn with the form, from the entry). The IIFE build is one
 * file: the same parts work with no request beyond guide-form.iife.js, except English — the forms'
 * and the UI's English texts are a second classic script, guide-form.english.iife.js, added for
 * `lang="en"` only. Both under the strict CSP.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './server.js';

const site = useSiteAndBrowser();

/** The chunk of each lazily loaded part in the ESM build. */
const CHUNK = {
  review: /\/guide-form\.review-[\w-]+\.js$/,
  draftNotices: /\/guide-form\.draft-notices-[\w-]+\.js$/,
  month: /\/guide-form\.month-[\w-]+\.js$/,
  english: /\/guide-form\.strings-en-[\w-]+\.js$/,
  /** The paper actions' chunk before they joined the entry (I13g-1): never fetched now. */
  paper: /\/guide-form\.paper-[\w-]+\.js$/,
};

interface Session {
  page: Page;
  context: BrowserContext;
  /** Every script URL the page has fetched so far. */
  scripts: string[];
  problems: string[];
}

async function openDemo(context: BrowserContext, bundle: 'esm' | 'iife'): Promise<Session> {
  const page = await context.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  await page.goto(`${site.url}docs/demo/?bundle=${bundle}&category=key-rd`);
  await page.waitForFunction(() => (document.querySelector('guide-form') as unknown as { verdict: unknown } | null)?.verdict);
  await settled(page);
  return { page, context, scripts, problems };
}

/** Waits for the element's `updateComplete` (which waits for the parts a render asked for). */
function settled(page: Page): Promise<unknown> {
  return page.evaluate(() => (document.querySelector('guide-form') as unknown as { updateComplete: Promise<unknown> }).updateComplete);
}

/** Whether the demo's form is ok now (the example fills it asynchronously). */
const okNow = (page: Page) =>
  page.evaluate(() => (document.querySelector('guide-form') as unknown as { verdict: { ok: boolean } | null }).verdict?.ok === true);
const fetched = (s: Session, part: keyof typeof CHUNK) => s.scripts.filter((u) => CHUNK[part].test(u));
const form = (page: Page) => page.locator('guide-form');

describe('ESM bundle: each part is fetched when it is first needed, not before', () => {
  it('month widget on the first month field, review on 提交, draft notice on a restored draft, English on lang="en"', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    try {
      const s = await openDemo(context, 'esm');
      // First paint of an empty Chinese form: none of the on-demand parts.
      await form(s.page).getByRole('button', { name: '提交', exact: true }).waitFor({ timeout: 20_000 });
      for (const part of ['review', 'draftNotices', 'month', 'english'] as const) expect(fetched(s, part), part).toEqual([]);
      // The paper actions are drawn with the form, from the entry: no chunk of their own.
      await form(s.page).getByRole('button', { name: '下载Word版' }).waitFor({ timeout: 20_000 });
      expect(fetched(s, 'paper')).toEqual([]);

      // 添加考核节点: the first month field brings the month widget (年 and 月 boxes).
      await form(s.page)
        .getByRole('button', { name: /添加考核节点/ })
        .click();
      await settled(s.page);
      expect(fetched(s, 'month')).toHaveLength(1);
      await expect.poll(() => form(s.page).locator('fieldset.month').count(), { timeout: 20_000 }).toBe(1);
      await form(s.page).getByLabel('年', { exact: true }).waitFor({ timeout: 20_000 });
      expect(fetched(s, 'review')).toEqual([]);

      // An eligible form, 提交: “check your answers” arrives with its chunk.
      await s.page.locator('#fill').click();
      await expect
        .poll(() => s.page.evaluate(() => (document.querySelector('guide-form') as unknown as { verdict: { ok: boolean } }).verdict.ok))
        .toBe(true);
      await form(s.page).getByRole('button', { name: '提交', exact: true }).click();
      await settled(s.page);
      await form(s.page).getByRole('heading', { name: '提交前请核对填写内容' }).waitFor({ timeout: 20_000 });
      expect(fetched(s, 'review')).toHaveLength(1);
      expect(fetched(s, 'draftNotices')).toEqual([]);
      expect(fetched(s, 'english')).toEqual([]);

      // The same browser again: the draft (draft-key "demo") is restored and announced.
      const again = await openDemo(context, 'esm');
      await expect.poll(() => form(again.page).locator('.draft-restored').textContent(), { timeout: 20_000 }).toContain('已恢复');
      expect(fetched(again, 'draftNotices')).toHaveLength(1);
      expect(fetched(again, 'english')).toEqual([]);
      // Discarding it still works (the notice's button, from the chunk).
      await form(again.page).getByRole('button', { name: '放弃草稿，重新填写' }).click();
      await expect.poll(() => form(again.page).locator('.draft-restored').count(), { timeout: 20_000 }).toBe(0);

      // English: its strings arrive with the switch, and the UI speaks English.
      await again.page.locator('#lang').selectOption('en');
      await settled(again.page);
      expect(fetched(again, 'english')).toHaveLength(1);
      await form(again.page).getByRole('button', { name: 'Submit', exact: true }).waitFor({ timeout: 20_000 });
      await form(again.page).getByRole('button', { name: 'Download Word' }).waitFor({ timeout: 20_000 });
      expect([...s.problems, ...again.problems]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a page opened in English fetches the English strings with the form and never shows Chinese controls', async () => {
    const context = await site.browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
      await page.goto(`${site.url}docs/demo/?bundle=esm&category=key-rd`);
      await page.locator('#lang').selectOption('en');
      await page.waitForFunction(() => (document.querySelector('guide-form') as unknown as { verdict: unknown } | null)?.verdict);
      await settled(page);
      expect(scripts.filter((u) => CHUNK.english.test(u))).toHaveLength(1);
      await page.locator('guide-form').getByRole('button', { name: 'Submit', exact: true }).waitFor({ timeout: 20_000 });
      await expect
        .poll(() => page.locator('guide-form').getByRole('button', { name: '提交', exact: true }).count(), { timeout: 20_000 })
        .toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a part whose chunk cannot be fetched says so instead of the review, and 提交 tries again', { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    try {
      const s = await openDemo(context, 'esm');
      await s.page.route(CHUNK.review, (route) => route.abort('connectionfailed'));
      await s.page.locator('#fill').click();
      await expect.poll(() => okNow(s.page)).toBe(true);
      await form(s.page).getByRole('button', { name: '提交', exact: true }).click();
      await expect.poll(() => form(s.page).locator('.part-failed').textContent(), { timeout: 20_000 }).toContain('未能加载表单的这一部分');
      // The applicant's answers are all still there.
      expect(
        await s.page.evaluate(() => (document.querySelector('guide-form') as unknown as { verdict: { ok: boolean } }).verdict.ok),
      ).toBe(true);
      // 返回修改 leads back to the form; once the network is back, 提交 fetches the review again.
      await form(s.page).getByRole('button', { name: '返回修改' }).click();
      await s.page.unroute(CHUNK.review);
      await form(s.page).getByRole('button', { name: '提交', exact: true }).click();
      await form(s.page).getByRole('heading', { name: '提交前请核对填写内容' }).waitFor({ timeout: 20_000 });
      expect(fetched(s, 'review').length).toBeGreaterThanOrEqual(2);
    } finally {
      await context.close();
    }
  });
});

describe('IIFE bundle: one file, the same parts with no further request; English as a script of its own', () => {
  it('month widget, review and draft notice work with guide-form.iife.js alone; English adds guide-form.english.iife.js', async () => {
    const context = await site.browser.newContext({ locale: 'zh-CN' });
    try {
      const s = await openDemo(context, 'iife');
      await form(s.page)
        .getByRole('button', { name: /添加考核节点/ })
        .click();
      await expect.poll(() => form(s.page).locator('fieldset.month').count(), { timeout: 20_000 }).toBe(1);
      await s.page.locator('#fill').click();
      await expect.poll(() => okNow(s.page)).toBe(true);
      await form(s.page).getByRole('button', { name: '提交', exact: true }).click();
      await form(s.page).getByRole('heading', { name: '提交前请核对填写内容' }).waitFor({ timeout: 20_000 });
      const again = await openDemo(context, 'iife');
      await expect.poll(() => form(again.page).locator('.draft-restored').textContent(), { timeout: 20_000 }).toContain('已恢复');
      const ours = (scripts: string[]) =>
        new Set(scripts.filter((u) => /\/packages\/elements\/dist\//.test(u)).map((u) => u.replace(/.*\//, '')));
      expect(ours([...s.scripts, ...again.scripts])).toEqual(new Set(['guide-form.iife.js']));
      await again.page.locator('#lang').selectOption('en');
      await form(again.page).getByRole('button', { name: 'Submit', exact: true }).waitFor({ timeout: 20_000 });
      // The form's own texts are English too: its title and a field's label come from the English script.
      await form(again.page)
        .getByRole('heading', { name: /Key R&D Programme/ })
        .waitFor({ timeout: 20_000 });
      expect(ours([...s.scripts, ...again.scripts])).toEqual(new Set(['guide-form.iife.js', 'guide-form.english.iife.js']));
      expect([...s.problems, ...again.problems]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('carries the UI strings’ English in the English script only: a Chinese page never downloads them', () => {
    const dist = resolve(import.meta.dirname, '../../dist');
    const iife = readFileSync(resolve(dist, 'guide-form.iife.js'), 'utf8');
    const english = readFileSync(resolve(dist, 'guide-form.english.iife.js'), 'utf8');
    for (const text of ['Loading the form…', 'Check your answers']) {
      expect(iife, text).not.toContain(text);
      expect(english, text).toContain(text);
    }
  });
});
