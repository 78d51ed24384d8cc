/**
 * The demo page as an applicant uses it (issue 11): landmarks and axe over the whole page
 * (0 violations) empty, with errors and in review; 确认提交 posts to `guide-forms serve` through
 * serve.mjs's /v1/ proxy — shown, accepted (draft deleted) or refused (draft kept) — and the
 * page's print stylesheet leaves only the form.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, launchChromium, startServer } from './server.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let site: { url: string; stop: () => void };
let api: Server;
let answer: { status: number; body: unknown } = { status: 200, body: { ok: true } };
const received: { url: string; body: unknown }[] = [];

beforeAll(async () => {
  ensureBundles();
  // A stand-in for `guide-forms serve`: records what the demo posts and answers as told.
  api = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (c: Buffer) => {
      text += String(c);
    });
    req.on('end', () => {
      received.push({ url: req.url ?? '', body: JSON.parse(text || 'null') });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((ok) => api.listen(0, '127.0.0.1', ok));
  const address = api.address() as { port: number };
  site = await startServer(`http://127.0.0.1:${address.port}`);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  site?.stop();
  api?.close();
});

async function open(category = 'key-rd', width = 1280): Promise<{ page: Page; close: () => Promise<void> }> {
  // bypassCSP only so axe can be injected; the demo's own CSP is tested in csp.test.ts.
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.url}docs/demo/?category=${category}`);
  await page.waitForFunction((c) => {
    const el = document.querySelector('guide-form') as (HTMLElement & { verdict: unknown }) | null;
    return el?.getAttribute('category') === c && el.verdict !== null;
  }, category);
  return { page, close: () => context.close() };
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await run.run(document);
    return result.violations.map(
      (v) => `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`,
    );
  });
}

const fill = async (page: Page) => {
  await page.getByRole('button', { name: /用示例填写/ }).click();
  await page.waitForFunction(() => (document.querySelector('guide-form') as HTMLElement & { verdict: { ok: boolean } }).verdict.ok);
};

/** “填写指南凝练信息表（附件7）”: the hand-over from the filled 附件2. */
const toSummary = async (page: Page) => {
  await page
    .locator('guide-form')
    .getByRole('button', { name: /填写指南凝练信息表/ })
    .click();
};

/** 提交 then 确认提交, the stand-in service accepting it. */
const confirmAccepted = async (page: Page) => {
  answer = { status: 200, body: { ok: true } };
  await page.locator('guide-form').getByRole('button', { name: '提交', exact: true }).click();
  await page.locator('guide-form').getByRole('button', { name: '确认提交' }).click();
  await expect.poll(() => page.locator('#outbox-status').textContent()).toContain('已接受');
};

describe('the demo page (issue 11)', () => {
  it('has one banner and one main, and axe finds 0 violations: empty, after a submit attempt, in review, at 1280 and 375 px', async () => {
    for (const width of [1280, 375]) {
      const { page, close } = await open('key-rd', width);
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await axe(page)).toEqual([]);
      await page.locator('guide-form').getByRole('button', { name: '提交', exact: true }).click();
      await page.locator('guide-form .error-summary').waitFor();
      expect(await axe(page)).toEqual([]);
      await fill(page);
      await page.locator('guide-form').getByRole('button', { name: '提交', exact: true }).click();
      await page.locator('guide-form .review').waitFor();
      expect(await axe(page)).toEqual([]);
      await close();
    }
  });

  it('确认提交 shows the request, posts it to guide-forms serve, and the draft goes only when it is accepted', async () => {
    const { page, close } = await open('key-rd');
    await fill(page);
    await page.getByLabel('项目总研发投入').fill('700'); // a change the applicant made (above its 配套资金, R33.matching): saved as a draft
    await page.getByLabel('项目总研发投入').blur();
    const draft = () => page.evaluate(() => localStorage.getItem('guide-form:demo:key-rd:2022'));
    expect(await draft()).toContain('"totalRdInvestment":700');

    answer = { status: 422, body: { ok: false, errors: [{ pointer: '/unit/creditCode', message: '…' }] } };
    await page.locator('guide-form').getByRole('button', { name: '提交', exact: true }).click();
    await page.locator('guide-form').getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => page.locator('#outbox-status').textContent()).toContain('没有接受');
    expect(await page.locator('#outbox').textContent()).toMatch(/^POST \/v1\/check\/key-rd/);
    // Judged as of the page's moment, as the form judged it (not the real clock, which is past the window).
    expect(received.at(-1)).toMatchObject({
      url: '/v1/check/key-rd?now=2021-11-01T10%3A00%3A00%2B08%3A00&lang=zh-CN',
      body: { project: { totalRdInvestment: 700 } },
    });
    // Says the service judged it not ok — not “HTTP 200”, which reads like success.
    expect(await page.locator('guide-form .submit-failed').textContent()).toMatch(/提交未成功.*校验服务判定这份提交未通过/);
    expect(await draft()).not.toBeNull();

    answer = { status: 200, body: { ok: true } };
    await page.locator('guide-form').getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => page.locator('#outbox-status').textContent()).toContain('已接受');
    expect(await draft()).toBeNull();
    await close();
  });

  it('附件7 after 附件2 is posted as the pair, to POST /v1/check', async () => {
    const { page, close } = await open('key-rd');
    await fill(page);
    await toSummary(page);
    await expect.poll(() => page.locator('#category').inputValue()).toBe('summary');
    await page.waitForFunction(() => document.querySelector('guide-form')?.getAttribute('category') === 'summary');
    // The hand-over put focus on the new form's heading.
    await expect.poll(() => page.evaluate(() => document.querySelector('guide-form')?.shadowRoot?.activeElement?.tagName)).toBe('H1');
    await fill(page);
    await confirmAccepted(page);
    expect(received.at(-1)?.url).toMatch(/^\/v1\/check\?now=/);
    expect(received.at(-1)?.body).toMatchObject({ category: 'key-rd', data: { unit: {} }, summary: { linked: { category: 'key-rd' } } });
    await close();
  });

  it('附件7 is still posted as the pair after a reload', async () => {
    const { page, close } = await open('key-rd');
    await fill(page);
    await toSummary(page);
    await page.waitForFunction(() => document.querySelector('guide-form')?.getAttribute('category') === 'summary');
    await fill(page);
    await page.goto(`${site.url}docs/demo/?category=summary`);
    await page.waitForFunction(
      () => (document.querySelector('guide-form') as (HTMLElement & { verdict: unknown }) | null)?.verdict != null,
    );
    await fill(page);
    await confirmAccepted(page);
    expect(received.at(-1)?.url).toMatch(/^\/v1\/check\?/);
    expect(received.at(-1)?.body).toMatchObject({ category: 'key-rd', summary: { linked: { category: 'key-rd' } } });
    // Accepted: the next 附件7 is not tied to this suggestion any more.
    expect(await page.evaluate(() => localStorage.getItem('guide-forms-demo:suggestion'))).toBeNull();
    await close();
  });

  it('says plainly when guide-forms serve is not running, and keeps the draft', async () => {
    const down = await startServer('http://127.0.0.1:9'); // nothing listens on the discard port
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${down.url}docs/demo/?category=key-rd`);
    await page.getByLabel('填报单位').waitFor({ timeout: 20_000 });
    await fill(page);
    await page.locator('guide-form').getByRole('button', { name: '提交', exact: true }).click();
    await page.locator('guide-form').getByRole('button', { name: '确认提交' }).click();
    await expect.poll(() => page.locator('#outbox-status').textContent()).toContain('npx guide-forms serve');
    expect(await page.locator('#outbox').isVisible()).toBe(true);
    await context.close();
    down.stop();
  });

  it('shows the host form’s FormData as it is when the workbench opens, typed while it was closed', async () => {
    const { page, close } = await open('key-rd');
    await fill(page); // typed with the workbench closed
    await page.locator('.workbench > summary').click();
    const read = async () =>
      JSON.parse((await page.locator('#preview').textContent()) ?? '{}') as { suggestion?: { unit?: { unitName?: string } } };
    const name = (await read()).suggestion?.unit?.unitName;
    expect(name, 'the filled example, not an empty or stale preview').toBeTruthy();
    // While open it follows every change.
    await page.locator('guide-form').getByLabel('填报单位').fill('另一家单位');
    await expect.poll(async () => (await read()).suggestion?.unit?.unitName).toBe('另一家单位');
    await close();
  });

  it('prints only the form', async () => {
    const { page, close } = await open('key-rd');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.page-header', '.controls', '.outbox', '.workbench'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    expect(await page.locator('guide-form').isVisible()).toBe(true);
    await close();
  });
});
