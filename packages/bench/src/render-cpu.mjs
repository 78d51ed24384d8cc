#!/usr/bin/env node
// First render as CPU time, A/B: the same pages as render-ab.mjs (the bench's key-rd page over
// `--base <checkout>`'s packages/elements/dist and this checkout's, and with --rjsf §3's rjsf page),
// loaded alternately in fresh browser contexts under a Chromium trace. The figure is the renderer
// main thread's CPU time — the trace's thread time of its top-level tasks — from the start of the
// load to the `form-rendered` mark: everything the page's script, Lit and Blink did, without the
// time spent waiting for the network or for a core, which a loaded machine inflates in wall-clock
// figures (render-ab.mjs). It cannot see what overlapping fetches save: read it beside render-ab.
// Prints per page the median and quartiles of the CPU time and of the wall-clock mark, and ratios.
//   npm run build && node packages/bench/src/render-cpu.mjs --base /work/main [--loads 12] [--rjsf] [--cpu-throttle 1]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { preparePages } from './lib/ab-pages.mjs';
import { writeJsonOut } from './lib/json-out.mjs';
import { server } from './lib/render.mjs';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    // The base page's entry in that dist, e.g. guide-form.key-rd.js (a one-form bundle, build.mjs --form key-rd).
    'base-entry': { type: 'string', default: 'guide-form.js' },
    loads: { type: 'string', default: '12' },
    rjsf: { type: 'boolean', default: false },
    'cpu-throttle': { type: 'string', default: '1' },
    json: { type: 'string' },
  },
});
if (!values.base) {
  console.error('render-cpu: --base <checkout> is required (a built checkout whose packages/elements/dist is the “before”)');
  process.exit(2);
}
const { out, pages } = await preparePages('render-cpu', values.base, values.rjsf, values['base-entry']);

/** CPU time (ms) of the renderer main thread's top-level tasks that began before the `form-rendered` mark. */
function cpuToMark(trace) {
  const events = trace.traceEvents ?? trace;
  const mark = events.find((e) => /user_timing/.test(e.cat ?? '') && e.name === 'form-rendered');
  if (!mark) return null;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid);
  let end = 0;
  let sum = 0;
  for (const t of events
    .filter((e) => e.pid === mark.pid && e.tid === main?.tid && e.ph === 'X' && typeof e.tdur === 'number' && e.ts <= mark.ts)
    .sort((x, y) => x.ts - y.ts)) {
    if (t.ts < end) continue; // nested: counted in its top-level task
    sum += t.tdur;
    end = t.ts + t.dur;
  }
  return sum / 1000;
}

async function once(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const rate = Number(values['cpu-throttle']);
    if (rate !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.rendered === 'yes', null, { timeout: 20_000 });
    const wall = await page.evaluate(() => performance.getEntriesByName('form-rendered')[0]?.startTime ?? null);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return { cpu: cpuToMark(trace), wall };
  } finally {
    await context.close();
  }
}

const srv = await server(out);
const url = (p) => `http://127.0.0.1:${srv.address().port}/relaxed/${p}/`;
const browser = await chromium.launch(chromiumLaunchOptions());
const samples = Object.fromEntries(pages.map((p) => [p, []]));
try {
  for (const p of pages) await once(browser, url(p)); // warm-up
  for (let i = 0; i < Number(values.loads); i++)
    for (let j = 0; j < pages.length; j++) {
      const p = pages[(i + j) % pages.length];
      const r = await once(browser, url(p));
      if (r.cpu !== null) samples[p].push(r);
    }
} finally {
  await browser.close();
  await new Promise((r) => srv.close(r));
}

const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))];
const rows = pages.map((p) => {
  const cpu = samples[p].map((r) => r.cpu);
  const wall = samples[p].map((r) => r.wall);
  return { page: p, n: cpu.length, cpu: median(cpu), cpuQ: [q(cpu, 0.25), q(cpu, 0.75)], wall: median(wall) };
});
const base = rows[0];
const rjsf = rows.find((r) => r.page === 'rjsf');
for (const r of rows)
  process.stdout.write(
    `${r.page.padEnd(7)} main-thread CPU to form-rendered ${r.cpu.toFixed(1).padStart(6)} ms (quartiles ${r.cpuQ.map((x) => x.toFixed(1)).join('–')})  ×${(r.cpu / base.cpu).toFixed(2)} of base` +
      `${rjsf ? `  ×${(r.cpu / rjsf.cpu).toFixed(2)} of rjsf` : ''}   wall ${r.wall.toFixed(0)} ms  n=${r.n}\n`,
  );
writeJsonOut(values.json, rows);
