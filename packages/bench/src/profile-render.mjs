#!/usr/bin/env node
// Where the key-rd page's first render goes: loads the bench's guide-forms page (src/pages/guide-forms.js
// over this checkout's packages/elements/dist, or --dist DIR) N times in fresh contexts with a Chromium
// trace (CDP Tracing: devtools.timeline, v8, loading) and a CPU profile (CDP Profiler, 100 µs samples),
// and prints, as medians over the loads, up to the `form-rendered` mark:
//  - the fetch waterfall (request start → response end of every script) and the main thread's idle time;
//  - the renderer main thread's self time by kind: script compile, module evaluation and function
//    calls, style recalculation, layout, paint/pre-paint/layerize, HTML parsing, GC, other;
//  - the inclusive CPU time of named steps (getForm, fieldStates, evaluate, Lit's update and render, …)
//    and the top self times.
// Measuring only; writes build/profile-render/ (the page, and trace-<n>.json of the last load).
//   npm run build && node packages/bench/src/profile-render.mjs [--loads 8] [--dist DIR] [--cpu-throttle 1]
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { writeGuideFormsPage } from './lib/guide-forms-page.mjs';
import { BUILD, ROOT } from './lib/paths.mjs';
import { server } from './lib/render.mjs';
import { median } from './lib/stats.mjs';
import { cpuSteps, mainThreadKinds, NAMED_STEPS } from './lib/trace-kinds.mjs';

const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '8' },
    dist: { type: 'string' },
    'cpu-throttle': { type: 'string', default: '1' },
    'keep-trace': { type: 'boolean', default: false },
    unminified: { type: 'boolean', default: false },
    detailed: { type: 'boolean', default: false },
  },
});
const OUT = join(BUILD, 'profile-render');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'page'), { recursive: true });
if (values.unminified) await unminifiedBuild(join(OUT, 'page/dist'));
else cpSync(resolve(values.dist ?? join(ROOT, 'packages/elements/dist')), join(OUT, 'page/dist'), { recursive: true });
await writeGuideFormsPage(join(OUT, 'page'));

/**
 * The production ESM build's rollup configuration without terser, over the sources `npm run build`
 * generated: the CPU profile then names every function (timings differ a little: larger files to parse).
 */
async function unminifiedBuild(dir) {
  const { rollup } = await import('rollup');
  const { plugins, rollupConfigs } = await import('../../elements/rollup.config.mjs');
  const generatedDir = join(ROOT, 'packages/elements/src/generated');
  const [config] = rollupConfigs({ generatedDir, distDir: dir });
  const build = await rollup({ ...config, plugins: plugins(join(generatedDir, 'esm.js'), { minify: false }), onwarn: () => {} });
  await build.write(config.output);
  await build.close();
}

// Light categories: the detailed ones (disabled-by-default-devtools.timeline, v8) slow layout and script
// several-fold and distort the figures; --detailed turns them on for a closer look.
const CATEGORIES = values.detailed
  ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'blink', 'toplevel']
  : ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

const srv = await server(OUT);
const url = `http://127.0.0.1:${srv.address().port}/relaxed/page/`;
const browser = await chromium.launch(chromiumLaunchOptions());

async function once(i, { trace }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const throttle = Number(values['cpu-throttle']);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    if (trace) await browser.startTracing(page, { categories: CATEGORIES });
    else {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.rendered === 'yes', null, { timeout: 20_000 });
    const marks = await page.evaluate(() => ({
      rendered: performance.getEntriesByName('form-rendered')[0].startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js'))
        .map((e) => ({
          name: e.name
            .split('/')
            .pop()
            .replace(/-[\w-]{8}\.js$/, '.js'),
          start: e.startTime,
          end: e.responseEnd,
        })),
    }));
    if (trace) {
      // A frame after the mark, so the paint of the rendered form is in the trace.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      const buffer = await browser.stopTracing();
      if (values['keep-trace']) writeFileSync(join(OUT, `trace-${i}.json`), buffer);
      return { marks, kinds: mainThreadKinds(JSON.parse(buffer.toString('utf8')), marks.rendered) };
    }
    const { profile } = await cdp.send('Profiler.stop');
    if (values['keep-trace']) writeFileSync(join(OUT, `profile-${i}.cpuprofile`), JSON.stringify(profile));
    return { marks, cpu: cpuSteps(profile) };
  } finally {
    await context.close();
  }
}

const loads = Number(values.loads);
const traced = [];
const profiled = [];
try {
  await once(-1, { trace: false }); // warm-up (the server's file cache, the browser's first start)
  for (let i = 0; i < loads; i++) {
    traced.push(await once(i, { trace: true }));
    profiled.push(await once(i, { trace: false }));
  }
} finally {
  await browser.close();
  await new Promise((r) => srv.close(r));
}

const med = (xs) => (xs.length ? median(xs) : 0);
const fmt = (n) => n.toFixed(1).padStart(7);
const all = [...traced, ...profiled];
process.stdout.write(`loads: ${loads} traced + ${loads} profiled, CPU throttle ${values['cpu-throttle']}×\n`);
process.stdout.write(
  `form-rendered ${fmt(med(all.map((r) => r.marks.rendered)))} ms   first contentful paint ${fmt(med(all.map((r) => r.marks.fcp ?? 0)))} ms\n`,
);
process.stdout.write('\nscripts (request start → response end, ms since navigation start; medians):\n');
const names = [...new Set(all.flatMap((r) => r.marks.scripts.map((s) => s.name)))];
for (const n of names) {
  const xs = all.map((r) => r.marks.scripts.find((s) => s.name === n)).filter(Boolean);
  process.stdout.write(`  ${n.padEnd(40)} ${fmt(med(xs.map((s) => s.start)))} → ${fmt(med(xs.map((s) => s.end)))}  (${xs.length} loads)\n`);
}
process.stdout.write('\nrenderer main thread up to form-rendered, self time by kind (traced loads; medians, ms):\n');
const kinds = [...new Set(traced.flatMap((r) => Object.keys(r.kinds)))];
const rows = kinds.map((k) => [k, med(traced.map((r) => r.kinds[k] ?? 0))]).sort((a, b) => b[1] - a[1]);
for (const [k, ms] of rows) process.stdout.write(`  ${k.padEnd(44)} ${fmt(ms)}\n`);
process.stdout.write('\nCPU profile up to the end of the profile, inclusive time of named steps (profiled loads; medians, ms):\n');
for (const name of NAMED_STEPS) {
  const xs = profiled.map((r) => r.cpu.steps[name] ?? 0);
  if (xs.some((x) => x > 0)) process.stdout.write(`  ${name.padEnd(44)} ${fmt(med(xs))}\n`);
}
process.stdout.write('\ntop self times (summed over the profiled loads ÷ loads, ms):\n');
const self = new Map();
for (const r of profiled) for (const [k, us] of r.cpu.self) self.set(k, (self.get(k) ?? 0) + us);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) process.stdout.write(`  ${fmt(us / 1000 / loads)}  ${k}\n`);
