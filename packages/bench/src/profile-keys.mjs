#!/usr/bin/env node
// Where a keystroke's time goes: Chromium's CPU profile (CDP Profiler, 100 µs samples) of 40 keys typed into the
// first textarea of a form on the demo page, filled from its eligible example, waiting for each re-render. Prints
// the top self times, the inclusive time of the element's and core's named steps (typed, compute, evaluate,
// fieldStates, render, …) and the top self times under fieldStates, evaluate and render. Measuring only.
//   npm run build && node packages/bench/src/profile-keys.mjs [category]
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createStaticServer } from '../../../scripts/serve.mjs';
import { ROOT } from './lib/paths.mjs';

const category = process.argv[2] ?? 'key-rd';
const server = createStaticServer(ROOT);
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/docs/demo/`;
const browser = await chromium.launch(chromiumLaunchOptions());
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${base}?category=${category}`);
await page.waitForFunction(() => document.querySelector('guide-form')?.verdict);
await page.getByRole('button', { name: /用示例填写/ }).click();
await page.waitForFunction(() => document.querySelector('guide-form').verdict.ok);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const field = page.locator('guide-form textarea').first();
await field.click();
await page.keyboard.press('End');
await cdp.send('Profiler.start');
for (let i = 0; i < 40; i++) {
  await page.keyboard.type('a');
  await page.evaluate(() => document.querySelector('guide-form').updateComplete);
}
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
server.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
let total = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const f = n.callFrame;
  const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
  self.set(k, (self.get(k) ?? 0) + dt[i]);
  total += dt[i];
});
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, us] of rows) console.log((us / 1000).toFixed(1).padStart(8), 'ms', k);
console.log('total', (total / 1000).toFixed(0));
// Inclusive time per named step (a function counted once per sample however deep it recurses).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const f = byId.get(x).callFrame;
    const k = `${f.functionName} ${f.url.split('/').pop()}`;
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + dt[i]);
  }
});
for (const name of [
  'typed',
  'compute',
  'settle',
  'changed',
  'sync',
  'evaluate',
  'fieldStates',
  'save',
  'fire',
  'showPreview',
  'update',
  'performUpdate',
  'render',
  'value',
  'setFormValue',
  'dataChanged',
  'setItem',
])
  for (const [k, us] of incl) if (k.startsWith(`${name} `)) console.log('incl', (us / 1000).toFixed(1).padStart(8), k);
for (const root of ['fieldStates', 'evaluate', 'render']) {
  const sub = new Map();
  profile.samples.forEach((id, i) => {
    let under = false;
    for (let x = id; x !== undefined; x = parent.get(x))
      if (byId.get(x).callFrame.functionName === root) {
        under = true;
        break;
      }
    if (!under) return;
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    sub.set(k, (sub.get(k) ?? 0) + dt[i]);
  });
  console.log('--- under', root);
  for (const [k, us] of [...sub].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log('   ', (us / 1000).toFixed(1).padStart(7), k);
}
