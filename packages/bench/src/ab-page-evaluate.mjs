#!/usr/bin/env node
// `evaluate` in Chromium as a page runs it — the production bundle's engine, with the rules and
// validators the build wrote (terser's output, not core's dist as ab-evaluate.mjs measures) —
// for two builds side by side: another checkout's packages/elements/dist (`--base`) and this
// one's, each in a same-origin iframe of one page, so both share one main thread, and their
// slices alternate (the order flipping each round). key-rd, the eligible example and the one with
// 8 errors (lib/data.mjs). Prints, per build, the median and best slice in evaluations per second
// and the ratios. `--base` may name this checkout: the A/A run says how far apart two identical
// builds read. Measuring only.
//   npm run build && node packages/bench/src/ab-page-evaluate.mjs --base <checkout> [--rounds 30] [--slice 100] [--json file]
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { eligible, invalid } from './lib/data.mjs';
import { writeJsonOut } from './lib/json-out.mjs';
import { BUILD, ROOT } from './lib/paths.mjs';
import { server } from './lib/render.mjs';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    rounds: { type: 'string', default: '30' },
    slice: { type: 'string', default: '100' },
    json: { type: 'string' },
  },
});
if (!values.base) {
  process.stderr.write('ab-page-evaluate: --base <checkout> is required (a built checkout whose packages/elements/dist is the “before”)\n');
  process.exit(2);
}
const OUT = join(BUILD, 'ab-page-evaluate');
rmSync(OUT, { recursive: true, force: true });
const NOW = '2021-11-01T10:00:00+08:00';
for (const [name, root] of [
  ['base', values.base],
  ['this', ROOT],
]) {
  mkdirSync(join(OUT, name), { recursive: true });
  cpSync(join(root, 'packages/elements/dist'), join(OUT, name, 'dist'), { recursive: true });
  writeFileSync(
    join(OUT, name, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./run.js"></script></head><body></body></html>\n',
  );
  // The bundle's own engine, as <guide-form> gets it: getFormSource().load(…).
  writeFileSync(
    join(OUT, name, 'run.js'),
    `import { getFormSource } from './dist/guide-form.js';
const engine = await getFormSource().load('key-rd', 2022);
const data = { eligible: ${JSON.stringify(eligible())}, invalid: ${JSON.stringify(invalid())} };
const run = (kind) => engine.evaluate('key-rd', data[kind], { year: 2022, now: ${JSON.stringify(NOW)} });
window.__verdict = (kind) => JSON.stringify(run(kind));
window.__slice = (kind, ms) => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 10; i++) run(kind);
    n += 10;
  }
  return (n * 1000) / (performance.now() - start);
};
window.__ready = true;
`,
  );
}
writeFileSync(
  join(OUT, 'index.html'),
  '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><iframe id="base" src="./base/"></iframe><iframe id="this" src="./this/"></iframe></body></html>\n',
);

const srv = await server(OUT);
const browser = await chromium.launch(chromiumLaunchOptions());
let figures;
try {
  const page = await (await browser.newContext()).newPage();
  // /relaxed/: without the static server's CSP header, which keeps a page out of frames.
  await page.goto(`http://127.0.0.1:${srv.address().port}/relaxed/index.html`);
  await page.waitForFunction(() => ['base', 'this'].every((id) => document.getElementById(id).contentWindow.__ready), null, {
    timeout: 30_000,
  });
  figures = await page.evaluate(
    ({ rounds, ms }) => {
      const w = { base: document.getElementById('base').contentWindow, this: document.getElementById('this').contentWindow };
      const out = {};
      for (const kind of ['eligible', 'invalid']) {
        const same = w.base.__verdict(kind) === w.this.__verdict(kind);
        for (const k of ['base', 'this']) w[k].__slice(kind, 3 * ms); // warm-up
        const r = { base: [], this: [] };
        for (let i = 0; i < rounds; i++) for (const k of i % 2 ? ['base', 'this'] : ['this', 'base']) r[k].push(w[k].__slice(kind, ms));
        out[kind] = { same, ...r };
      }
      return out;
    },
    { rounds: Number(values.rounds), ms: Number(values.slice) },
  );
} finally {
  await browser.close();
  await new Promise((r) => srv.close(r));
}

const per = (x) => `${Math.round(x)}/s`.padStart(9);
const out = {};
for (const [kind, r] of Object.entries(figures)) {
  if (!r.same) process.stdout.write(`${kind}: the two builds give different verdicts\n`);
  const [mb, mt] = [median(r.base), median(r.this)];
  const [bb, bt] = [Math.max(...r.base), Math.max(...r.this)];
  process.stdout.write(
    `${kind.padEnd(9)} median: base ${per(mb)}  this ${per(mt)}  ×${(mt / mb).toFixed(2)}   best: base ${per(bb)}  this ${per(bt)}  ×${(bt / bb).toFixed(2)}\n`,
  );
  out[kind] = { base: mb, this: mt, ratio: mt / mb, best: { base: bb, this: bt, ratio: bt / bb }, sameVerdict: r.same };
}
writeJsonOut(values.json, { unit: 'evaluations per second, in Chromium, through the production bundle', ...out });
