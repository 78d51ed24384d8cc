#!/usr/bin/env node
// First render, A/B: the bench's key-rd page (src/pages/guide-forms.js) over two builds of the
// element — another checkout's packages/elements/dist (`--base`, e.g. /work/main, read only) and
// this one's — and, with --rjsf, the rjsf page of §3 (built here by size.mjs's `buildAnchor`), loaded alternately in fresh browser contexts (the order rotates every round), after one
// warm-up load each. Prints per page the medians of the `form-rendered` mark, of `form-painted` (the
// task after the next frame: laid out and painted, mark.js) and of the first contentful paint (ms since
// navigation start), when the page's scripts arrived (resource timing), and the ratios to the base and
// to rjsf. Copies what it serves to build/render-ab/; writes nothing into `--base`.
// Timings mean something only on a quiet machine (`uptime` load < ~4): read the ratios.
//   npm run build && node packages/bench/src/render-ab.mjs --base /work/main [--loads 15] [--rjsf]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { preparePages } from './lib/ab-pages.mjs';
import { writeJsonOut } from './lib/json-out.mjs';
import { load, server } from './lib/render.mjs';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    // The base page's entry in that dist, e.g. guide-form.key-rd.js (a one-form bundle, build.mjs --form key-rd).
    'base-entry': { type: 'string', default: 'guide-form.js' },
    loads: { type: 'string', default: '15' },
    rjsf: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
if (!values.base) {
  console.error('render-ab: --base <checkout> is required (a built checkout whose packages/elements/dist is the “before”)');
  process.exit(2);
}
const { out: OUT, pages } = await preparePages('render-ab', values.base, values.rjsf, values['base-entry']);

/** When each script of the page finished arriving (ms since navigation start), by file name without its hash. */
const SCRIPTS = () =>
  Object.fromEntries(
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => [
        e.name
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js'),
        [Math.round(e.startTime), Math.round(e.responseEnd)],
      ]),
  );

const srv = await server(OUT);
const url = (p) => `http://127.0.0.1:${srv.address().port}/relaxed/${p}/`;
const browser = await chromium.launch(chromiumLaunchOptions());
const samples = Object.fromEntries(pages.map((p) => [p, []]));
try {
  for (const p of pages) {
    const r = await load(browser, url(p), {});
    if (!r.ok) throw new Error(`render-ab: the ${p} page did not render: ${r.errors.join(' | ')}`);
  }
  const loads = Number(values.loads);
  for (let i = 0; i < loads; i++) {
    for (let j = 0; j < pages.length; j++) {
      const p = pages[(i + j) % pages.length];
      const r = await load(browser, url(p), { extra: SCRIPTS });
      if (r.ok) samples[p].push(r);
    }
  }
} finally {
  await browser.close();
  await new Promise((r) => srv.close(r));
}

const summary = pages.map((p) => {
  const s = samples[p];
  const scripts = {};
  for (const r of s) {
    for (const [k, v] of Object.entries(r.extra ?? {})) {
      scripts[k] ??= [];
      scripts[k].push(v);
    }
  }
  return {
    page: p,
    loads: s.length,
    rendered: median(s.map((r) => r.ms)),
    min: Math.min(...s.map((r) => r.ms)),
    max: Math.max(...s.map((r) => r.ms)),
    fcp: median(s.map((r) => r.fcp ?? 0)),
    painted: median(s.map((r) => r.painted ?? 0)),
    controls: s[0]?.controls,
    scripts: Object.fromEntries(
      Object.entries(scripts).map(([k, v]) => [k, `${median(v.map((x) => x[0])).toFixed(0)}→${median(v.map((x) => x[1])).toFixed(0)}`]),
    ),
  };
});
const b = summary[0];
for (const r of summary) {
  process.stdout.write(
    `${r.page.padEnd(7)} rendered ${r.rendered.toFixed(0).padStart(4)} ms (${r.min.toFixed(0)}–${r.max.toFixed(0)})  ×${(r.rendered / b.rendered).toFixed(2)} of base` +
      `  painted ${r.painted.toFixed(0).padStart(4)} ms ×${(r.painted / b.painted).toFixed(2)}  fcp ${r.fcp.toFixed(0).padStart(4)} ms  controls ${r.controls}  n=${r.loads}\n`,
  );
  for (const [k, v] of Object.entries(r.scripts)) process.stdout.write(`         ${k.padEnd(40)} ${v}\n`);
}
const rjsf = summary.find((r) => r.page === 'rjsf');
if (rjsf)
  for (const r of summary.slice(0, 2))
    process.stdout.write(
      `${r.page} ÷ rjsf: rendered ${(r.rendered / rjsf.rendered).toFixed(2)}×, painted ${(r.painted / rjsf.painted).toFixed(2)}×\n`,
    );
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(summary, null, 2)}\n`);
writeJsonOut(values.json, summary);
