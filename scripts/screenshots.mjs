#!/usr/bin/env node
// Screenshots of every form through the demo page, under the strict CSP of serve.mjs:
// empty, filled from forms/<category>/examples/eligible.json, and with the errors shown
// after pressing 提交 on the empty form — at 1280 px and at 375 px wide.
//   npm run build && node scripts/screenshots.mjs [--out docs/screenshots] [--only key-rd,summary]
// Writes <out>/<category>-<state>[-mobile].png. Needs /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' }, only: { type: 'string' } } });
const out = resolve(root, values.out);

if (!existsSync(join(root, 'packages/elements/dist/guide-form.js'))) {
  process.stderr.write('screenshots: packages/elements/dist/ is missing — run `npm run build` first\n');
  process.exit(1);
}

const WIDTHS = [
  { suffix: '', viewport: { width: 1280, height: 900 } },
  { suffix: '-mobile', viewport: { width: 375, height: 812 } },
];

const server = createStaticServer(root);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://localhost:${server.address().port}/docs/demo/`;
const browser = await chromium.launch(chromiumLaunchOptions());

const problems = [];
let written = 0;
try {
  mkdirSync(out, { recursive: true });
  for (const { suffix, viewport } of WIDTHS) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    // Every shot starts from an empty form: no draft carried over from the previous one.
    await page.addInitScript(() => localStorage.clear());

    await page.goto(base);
    await page.locator('#category option').first().waitFor({ state: 'attached' });
    let categories = await page.locator('#category option').evaluateAll((options) => options.map((o) => o.value));
    if (values.only) categories = categories.filter((c) => values.only.split(',').includes(c));

    for (const category of categories) {
      const open = async () => {
        await page.goto(`${base}?category=${category}`);
        await page.waitForFunction((c) => {
          const el = document.querySelector('guide-form');
          return el?.getAttribute('category') === c && el.verdict !== null;
        }, category);
        await page.evaluate(() => document.querySelector('guide-form').updateComplete);
      };
      const shoot = async (state) => {
        await page.evaluate(() => document.querySelector('guide-form').updateComplete);
        const file = join(out, `${category}-${state}${suffix}.png`);
        await page.locator('guide-form').screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        written++;
        process.stdout.write(`  ${relative(root, file)}\n`);
      };

      await open();
      await shoot('empty');

      const example = JSON.parse(readFileSync(join(root, 'forms', category, 'examples/eligible.json'), 'utf8'));
      await page.evaluate((value) => {
        document.querySelector('guide-form').value = value;
      }, example);
      await shoot('filled');

      await open();
      await page
        .locator('guide-form')
        .getByRole('button', { name: /^(提交|Submit)$/ })
        .click();
      await page.locator('guide-form .error-summary').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot('errors');
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

process.stdout.write(`${written} screenshots in ${relative(root, out)}/\n`);
if (problems.length) {
  process.stderr.write(`problems seen on the page:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
