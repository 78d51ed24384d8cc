#!/usr/bin/env node
// Keystroke to screen on each form, filled from its eligible example, at 4× CPU slowdown
// (Chromium CDP Emulation.setCPUThrottlingRate): from the keydown of each typed character
// to the frame that shows it (the element's update, then the next animation frame and the
// task after it, i.e. after paint). Reports the median and p95 per form; no assertion.
//   npm run build && node packages/bench/src/keystroke.mjs [--rate 4] [--keys 40]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createStaticServer } from '../../../scripts/serve.mjs';
import { ROOT } from './lib/paths.mjs';

const { values } = parseArgs({ options: { rate: { type: 'string', default: '4' }, keys: { type: 'string', default: '40' } } });
const rate = Number(values.rate);
const keys = Number(values.keys);
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const server = createStaticServer(ROOT);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/docs/demo/`;
const browser = await chromium.launch(chromiumLaunchOptions());
const rows = [];
try {
  for (const category of ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international', 'summary']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}?category=${category}`);
    await page.waitForFunction(() => document.querySelector('guide-form')?.verdict);
    await page.getByRole('button', { name: /用示例填写/ }).click();
    await page.waitForFunction(() => document.querySelector('guide-form').verdict.ok);
    const controls = await page.evaluate(
      () => document.querySelector('guide-form').shadowRoot.querySelectorAll('input, select, textarea').length,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluate(() => {
      const el = document.querySelector('guide-form');
      window.__lat = [];
      el.shadowRoot.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          // After the element has re-rendered, the next frame paints it; the task after rAF runs post-paint.
          el.updateComplete.then(() => requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0))));
        },
        true,
      );
    });
    const field = page.locator('guide-form textarea').first();
    await field.click();
    await page.keyboard.press('End');
    for (let i = 0; i < keys; i++) {
      await page.keyboard.type('a');
      await page.waitForFunction((n) => window.__lat.length >= n, i + 1);
    }
    const lat = await page.evaluate(() => window.__lat);
    rows.push({ category, controls, median: quantile(lat, 0.5), p95: quantile(lat, 0.95), max: Math.max(...lat) });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(`Keystroke to screen at ${rate}× CPU slowdown, ${keys} keys per form (ms; one frame at 60 Hz = 16.7 ms)\n`);
process.stdout.write('| form | controls | median | p95 | max |\n|---|---|---|---|---|\n');
for (const r of rows)
  process.stdout.write(`| ${r.category} | ${r.controls} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |\n`);
