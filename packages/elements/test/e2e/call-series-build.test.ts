/**
 * `guide-forms build --call yichang` as a Yichang page uses it: the command writes the series' own
 * bundle (ESM and IIFE), and a page loading it under the strict CSP of scripts/serve.mjs renders
 * `<guide-form call="yichang" category="jiebang">` — Yichang's 需求表, its 15 recommending units, a
 * window without a closing date — judges a demand by Yichang's rules, and refuses Dalian's series
 * with a message naming the build to load. Nothing of Dalian's forms is in the bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../../scripts/serve.mjs';
import { launchChromium, root } from './server.js';

const EXAMPLES = join(root, 'calls/yichang/forms/jiebang/examples');
const example = (name: string): unknown => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));

const site = mkdtempSync(join(tmpdir(), 'gf-yichang-site-'));
let build: { status: number | null; stdout: string; stderr: string };
let browser: Browser;
let server: Server;
let base: string;

/** A page of a Yichang site: the bundle (`type="module"` for ESM) and one element, no inline script (the CSP forbids it). */
function page(name: string, script: string, element: string): void {
  const module = script.endsWith('.iife.js') ? '' : ' type="module"';
  writeFileSync(
    join(site, name),
    `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>宜昌揭榜制需求征集</title><link rel="icon" href="data:,">` +
      `<script${module} src="dist/${script}"></script></head>\n<body><main>${element}</main></body></html>\n`,
  );
}

beforeAll(async () => {
  // The CLI runs from its build (`npm test` builds it first).
  const cli = join(root, 'packages/cli/bin/guide-forms.js');
  const r = spawnSync(process.execPath, [cli, 'build', '--call', 'yichang', '--out', join(site, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GUIDE_FORMS_ROOT: '' },
  });
  build = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  mkdirSync(join(site, 'dist'), { recursive: true });
  page('index.html', 'guide-form.js', '<guide-form call="yichang" category="jiebang"></guide-form>');
  page('iife.html', 'guide-form.iife.js', '<guide-form call="yichang" category="jiebang"></guide-form>');
  page('dalian.html', 'guide-form.js', '<guide-form call="dalian" category="key-rd"></guide-form>');
  server = createStaticServer(site, { allow: ['/'] });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  rmSync(site, { recursive: true, force: true });
});

/** Opens a page of the site with every CSP violation, page error and console error recorded. */
async function open(name: string, width = 1280): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const p = await context.newPage();
  const problems: string[] = [];
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  await p.exposeFunction('__cspViolation', (text: string) => problems.push(`securitypolicyviolation: ${text}`));
  await p.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  const response = await p.goto(`${base}${name}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return { page: p, problems, close: () => context.close() };
}

/** Waits until the element has loaded its form (a verdict) or shown its load error. */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => {
    const el = document.querySelector('guide-form') as (HTMLElement & { verdict: unknown }) | null;
    return el !== null && (el.verdict !== null || el.shadowRoot?.querySelector('.load-error') !== null);
  });
}

describe('guide-forms build --call yichang', () => {
  it('writes the series’ bundles, holding Yichang’s form and none of Dalian’s', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/generated .*2022\/: jiebang\n/);
    const files = readdirSync(join(site, 'dist'));
    expect(files).toContain('guide-form.js');
    expect(files).toContain('guide-form.iife.js');
    const iife = readFileSync(join(site, 'dist/guide-form.iife.js'), 'utf8');
    expect(iife).toContain('2022年宜昌市揭榜制科技项目需求表');
    expect(iife).not.toContain('重点科技研发计划');
  });

  for (const [name, bundle] of [
    ['index.html', 'ESM'],
    ['iife.html', 'IIFE'],
  ] as const) {
    it(`a page loading the ${bundle} bundle renders <guide-form call="yichang" category="jiebang"> under the strict CSP`, async () => {
      const { page: p, problems, close } = await open(name);
      try {
        await settled(p);
        const form = p.locator('guide-form');
        await expect(form.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('2022年宜昌市揭榜制科技项目需求表');
        const units = form.getByRole('combobox', { name: /推荐单位（归口管理单位）/ });
        const options = await units.locator('option').allTextContents();
        expect(options).toContain('宜昌高新区科创局');
        expect(options).toContain('市直和中省在宜单位');
        expect(options.filter((o) => o.endsWith('局') || o === '市直和中省在宜单位')).toHaveLength(15);
        await expect(form.locator('.panel .window').textContent()).resolves.toContain('通知未规定截止日期');

        // A demand judged by Yichang's rules: eligible, routed to the unit it chose; then R2 short.
        await p.evaluate((data) => {
          (document.querySelector('guide-form') as HTMLElement & { value: unknown }).value = data;
        }, example('eligible.json'));
        await p.waitForFunction(() => (document.querySelector('guide-form') as HTMLElement & { verdict: { ok: boolean } }).verdict.ok);
        await expect(form.locator('.panel .route').textContent()).resolves.toContain('夷陵区科技（和经信）局');
        await p.evaluate((data) => {
          (document.querySelector('guide-form') as HTMLElement & { value: unknown }).value = data;
        }, example('fail-R2.json'));
        await form.getByRole('button', { name: '提交' }).click();
        await expect(form.locator('.panel [data-rule="R2"]').textContent()).resolves.toMatch(
          /比例为 3\.99%，未达到高新技术企业研发投入强度要求：销售收入在5000万元至2亿元的企业比例不低于 4%/,
        );
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('a page asking that bundle for Dalian’s series gets an error naming the build to load, not a wrong form', async () => {
    const { page: p, close } = await open('dalian.html');
    try {
      await settled(p);
      const error = p.locator('guide-form').locator('.load-error');
      await expect(error.textContent()).resolves.toContain('此构建包含 yichang 系列的表单，没有 dalian 系列');
      await expect(error.textContent()).resolves.toContain('guide-forms build --call dalian');
      expect(await p.locator('guide-form').locator('.form').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
