#!/usr/bin/env node
// Keystroke to screen on each form, filled from its eligible example, at 4× CPU slowdown
// (Chromium CDP Emulation.setCPUThrottlingRate), typing into its first textarea:
//   - key → screen: from keydown to the task after the next animation frame (the frame that
//     shows the typed character: the element re-checks validity synchronously, and re-renders
//     the task after that frame);
//   - key → verdict: from keydown to the frame after the element's re-render (messages, panel,
//     map updated).
//   - the element's own synchronous work per key: from the start of the `input` event's dispatch
//     (a capture listener on the shadow root, before the control's handler) to its end (a
//     listener on the document, after it) — what the element adds to the keystroke's task, the
//     part that delays the frame showing the character (issue 11: under one frame, 16.7 ms, at
//     4× slowdown on the largest form).
// The anchor is a plain <textarea> added to the same page (outside the element, same CPU
// slowdown, same measurement): the ratio key → screen ÷ plain is what the element adds to typing
// (issue 13's measure). A second plain textarea, put inside the form's layout beside its first
// textarea, splits that: what the form's layout costs a key in that position, and what the
// element's script adds on top (key → screen ÷ inside).
// Reports the median and p95 per form; measuring only, no assertion.
// `--root` serves another checkout's demo page and build instead (a before/after, run one after the other).
//   npm run build && node packages/bench/src/keystroke.mjs [--rate 4] [--keys 40] [--forms key-rd,international] [--root <checkout>]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createStaticServer } from '../../../scripts/serve.mjs';
import { writeJsonOut } from './lib/json-out.mjs';
import { ROOT } from './lib/paths.mjs';

const FORMS = ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international', 'summary'];
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '4' },
    keys: { type: 'string', default: '40' },
    forms: { type: 'string', default: FORMS.join(',') },
    root: { type: 'string', default: ROOT },
    json: { type: 'string' },
  },
});
const rate = Number(values.rate);
const keys = Number(values.keys);
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/**
 * Adds a plain textarea — below the element, or `inside` the form beside its first textarea — types
 * `keys` keys into it, and returns each key's time to the task after its frame (ms).
 */
async function typePlain(page, keys, inside) {
  const id = inside ? 'bench-inside' : 'bench-plain';
  await page.evaluate(
    ([id, inside]) => {
      const plain = document.createElement('textarea');
      plain.id = id;
      plain.value = 'plain';
      if (inside) document.querySelector('guide-form').shadowRoot.querySelector('textarea').after(plain);
      else document.body.append(plain);
      window.__plain = [];
      plain.addEventListener('keydown', () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__plain.push(performance.now() - t0)));
      });
    },
    [id, inside],
  );
  await page.locator(inside ? `guide-form #${id}` : `#${id}`).click();
  await page.keyboard.press('End');
  for (let i = 0; i < keys; i++) {
    await page.keyboard.type('a');
    await page.waitForFunction((n) => window.__plain.length >= n, i + 1);
  }
  return page.evaluate(() => window.__plain);
}

const server = createStaticServer(values.root);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/docs/demo/`;
const browser = await chromium.launch(chromiumLaunchOptions());
const rows = [];
try {
  for (const category of values.forms.split(',')) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}?category=${category}`);
    await page.waitForFunction(() => document.querySelector('guide-form')?.verdict);
    await page.getByRole('button', { name: /用示例填写/ }).click();
    await page.waitForFunction(() => document.querySelector('guide-form').verdict.ok);
    // Counted once the lazy parts a filled form fetches (the month widget) have arrived and been drawn:
    // before, a month field is one text box, after, a year and a month box.
    await page.waitForLoadState('networkidle');
    const controls = await page.evaluate(async () => {
      const el = document.querySelector('guide-form');
      await el.updateComplete;
      return el.shadowRoot.querySelectorAll('input, select, textarea').length;
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluate(() => {
      const el = document.querySelector('guide-form');
      window.__lat = [];
      window.__key = [];
      window.__sync = [];
      let inputAt = 0;
      el.shadowRoot.addEventListener('input', () => (inputAt = performance.now()), true);
      document.addEventListener('input', () => window.__sync.push(performance.now() - inputAt));
      const afterPaint = (t0, into) => requestAnimationFrame(() => setTimeout(() => into.push(performance.now() - t0)));
      let typedAt = null;
      el.shadowRoot.addEventListener(
        'keydown',
        () => {
          typedAt = performance.now();
          afterPaint(typedAt, window.__key);
        },
        true,
      );
      // The re-render is scheduled by the element's `input` handling: ask for `updateComplete` after it
      // (a listener on the document runs after the shadow tree's), not at keydown, when nothing is pending yet.
      document.addEventListener('input', () => {
        if (typedAt === null) return;
        const t0 = typedAt;
        typedAt = null;
        el.updateComplete.then(() => afterPaint(t0, window.__lat));
      });
    });
    const field = page.locator('guide-form textarea').first();
    await field.click();
    await page.keyboard.press('End');
    for (let i = 0; i < keys; i++) {
      await page.keyboard.type('a');
      await page.waitForFunction((n) => window.__lat.length >= n, i + 1);
    }
    const [lat, key, sync] = await page.evaluate(() => [window.__lat, window.__key, window.__sync]);
    // The anchor: a plain textarea below the element, typed into the same way.
    const plain = await typePlain(page, keys, false);
    // The same plain textarea inside the form's own layout, beside its first textarea (no `data-text`:
    // the element does not listen to it): what a key costs in that position without any of the
    // element's script — the part of the gap that is the page's layout, not the element's work.
    const inside = await typePlain(page, keys, true);
    rows.push({
      category,
      controls,
      key: [quantile(key, 0.5), quantile(key, 0.95)],
      sync: [quantile(sync, 0.5), quantile(sync, 0.95)],
      verdict: [quantile(lat, 0.5), quantile(lat, 0.95)],
      plain: [quantile(plain, 0.5), quantile(plain, 0.95)],
      inside: [quantile(inside, 0.5), quantile(inside, 0.95)],
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(`Keystroke to screen at ${rate}× CPU slowdown, ${keys} keys per form (ms; one frame at 60 Hz = 16.7 ms)\n`);
process.stdout.write(
  '| form | controls | key → screen median | p95 | key → verdict median | p95 | plain textarea median | p95 | ratio (screen ÷ plain) | plain textarea inside the form median | ratio (screen ÷ inside) | element sync work per key median | p95 |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n',
);
for (const r of rows) {
  const f = (x) => x.toFixed(1);
  process.stdout.write(
    `| ${r.category} | ${r.controls} | ${f(r.key[0])} | ${f(r.key[1])} | ${f(r.verdict[0])} | ${f(r.verdict[1])} | ${f(r.plain[0])} | ${f(r.plain[1])} | ${(r.key[0] / r.plain[0]).toFixed(2)}× | ${f(r.inside[0])} | ${(r.key[0] / r.inside[0]).toFixed(2)}× | ${f(r.sync[0])} | ${f(r.sync[1])} |\n`,
  );
}
writeJsonOut(values.json, { rate, keys, rows });
