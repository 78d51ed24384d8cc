/**
 * A one-form bundle (`build.mjs --form key-rd` → `guide-form.key-rd.js`): the element and that one
 * form in one file, for a page that shows only it — one request before the form instead of the
 * entry and then the form's chunks. Built here into a folder of its own and served with the strict
 * CSP: the form renders from that one file, its parts on demand still come as chunks of their own
 * (importing this bundle, never a second copy of the element), and another form is refused by name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../../scripts/serve.mjs';
import { launchChromium, root } from './server.js';

const BUILD = join(root, 'packages/elements/scripts/build.mjs');
let out = '';
let server: Server | undefined;
let browser: Browser | undefined;
let url = '';

const page = (category: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>one form</title>` +
  `<script type="module" src="./dist/guide-form.key-rd.js"></script></head><body><guide-form category="${category}"></guide-form></body></html>\n`;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'gf-one-form-'));
  const r = spawnSync(process.execPath, [BUILD, '--form', 'key-rd', '--out', join(out, 'dist')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build.mjs --form key-rd failed:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(join(out, 'key-rd.html'), page('key-rd'));
  writeFileSync(join(out, 'transfer.html'), page('transfer'));
  const s = createStaticServer(out, { allow: ['/'] });
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  server = s;
  url = `http://127.0.0.1:${(s.address() as { port: number }).port}/`;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  scripts: string[];
  problems: string[];
}

async function open(name: string): Promise<Opened> {
  const p = await browser!.newPage({ locale: 'zh-CN' });
  const scripts: string[] = [];
  const problems: string[] = [];
  p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url().slice(url.length)));
  p.on('pageerror', (e) => problems.push(e.message));
  p.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await p.goto(`${url}${name}.html`);
  return { page: p, scripts, problems };
}

describe('one-form bundle (build.mjs --form key-rd)', () => {
  it('renders key-rd from guide-form.key-rd.js alone, under the strict CSP', async () => {
    const { page: p, scripts, problems } = await open('key-rd');
    await p
      .locator('guide-form')
      .getByRole('heading', { name: /重点科技研发计划指南建议征集表/ })
      .waitFor({ timeout: 20_000 });
    await p.locator('guide-form').getByRole('button', { name: '提交', exact: true }).waitFor({ timeout: 20_000 });
    expect(await p.evaluate(() => (document.querySelector('guide-form') as unknown as { verdict: unknown }).verdict)).not.toBeNull();
    expect(scripts).toEqual(['dist/guide-form.key-rd.js']);
    expect(problems).toEqual([]);
    await p.close();
  });

  it('fetches the review on 提交 as a chunk that imports this bundle, never guide-form.js', async () => {
    const { page: p, scripts, problems } = await open('key-rd');
    const form = p.locator('guide-form');
    await form.getByRole('button', { name: '提交', exact: true }).click();
    // An empty form cannot be submitted: the error summary lists what is missing.
    await form.getByRole('region', { name: /需要修改/ }).waitFor({ timeout: 20_000 });
    const review = readdirSync(join(out, 'dist')).filter((f) => /^guide-form\.review-/.test(f));
    const ours = review.find((f) => readFileSync(join(out, 'dist', f), 'utf8').includes('"./guide-form.key-rd.js"'));
    expect(ours, 'a review chunk of the one-form bundle').toBeDefined();
    expect(scripts).not.toContain('dist/guide-form.js');
    expect(scripts.every((s) => s === 'dist/guide-form.key-rd.js' || s === `dist/${ours}`)).toBe(true);
    expect(problems).toEqual([]);
    await p.close();
  });

  it('refuses another form by name, saying which one it holds', async () => {
    const { page: p } = await open('transfer');
    const text = p
      .locator('guide-form')
      .getByText(/transfer/)
      .first();
    await text.waitFor({ timeout: 20_000 });
    const shown = await p.evaluate(() => document.querySelector('guide-form')!.shadowRoot!.textContent ?? '');
    expect(shown).toContain('transfer');
    expect(shown).toContain('key-rd');
    await p.close();
  });

  it('holds no other form, and the build refuses a form it does not have', () => {
    const text = readFileSync(join(out, 'dist', 'guide-form.key-rd.js'), 'utf8');
    // Each form's own description (call.json names every form's title, so titles are no test).
    const description = (category: string) =>
      String((JSON.parse(readFileSync(join(root, 'forms', category, 'schema.json'), 'utf8')) as { description: string }).description).slice(
        0,
        30,
      );
    expect(text).toContain(description('key-rd'));
    for (const other of ['challenge', 'innovation-fund', 'transfer', 'regional', 'international', 'summary'])
      expect(text, other).not.toContain(description(other));
    const r = spawnSync(process.execPath, [BUILD, '--form', 'no-such-form', '--out', join(out, 'refused')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--form no-such-form: no such form in this build');
    expect(r.stderr).toContain('key-rd');
  });
});
