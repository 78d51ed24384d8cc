#!/usr/bin/env node
// Keystroke cost as CPU time, which a loaded machine does not distort the way it distorts wall-clock
// latency (keystroke.mjs: on the shared 2-core machine the plain textarea's own median moves 15–60 ms
// from run to run). Same page and typing as keystroke.mjs — the demo filled from the form's eligible
// example, 40 keys into its first textarea, then 40 into a plain <textarea> added below the element,
// each key waiting for the frame after it — under a Chromium trace; the figure is the renderer main
// thread's CPU time (the trace's thread time of its top-level tasks from the keydown to the frame
// after the element's re-render: the keypress, the element's handler, style, layout, paint, the
// re-render) per key, and its ratio to the plain textarea's; and the same for the key's window to the frame that shows
// the character — to the end of that frame's rendering in the trace (issue 13's key → screen as CPU time: wall clock also counts the
// wait for the next frame, which at 4× can add a whole frame to one side and not the other, and a rAF → setTimeout
// probe also counts the tasks the scheduler runs before timers, after the frame — at 4×, chiefly the time Chromium's
// CPU throttler charges there: decisions I13-7). `--rate 1` measures without the throttler. Roots are interleaved:
// `--root A --root B` alternate A B A B … for `--runs` rounds.
//   npm run build && node packages/bench/src/keystroke-cpu.mjs [--root <checkout>]… [--forms key-rd] [--runs 3] [--keys 40] [--rate 4]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { createStaticServer } from '../../../scripts/serve.mjs';
import { writeJsonOut } from './lib/json-out.mjs';
import { ROOT } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    root: { type: 'string', multiple: true },
    forms: { type: 'string', default: 'key-rd' },
    runs: { type: 'string', default: '3' },
    keys: { type: 'string', default: '40' },
    rate: { type: 'string', default: '4' },
    json: { type: 'string' },
  },
});
const roots = values.root?.length ? values.root : [ROOT];
const keys = Number(values.keys);

/**
 * The renderer main thread's CPU time (ms) of the top-level tasks that start inside each window
 * `<prefix><i>-s` … `<prefix><i>-e` (user-timing marks), one window per key; their median.
 */
function cpuPerKey(trace, prefix, n, untilFrame = false) {
  const events = trace.traceEvents ?? trace;
  const marks = new Map(events.filter((e) => /user_timing/.test(e.cat ?? '') && e.name.startsWith(prefix)).map((e) => [e.name, e]));
  const first = marks.get(`${prefix}0-s`);
  if (!first) throw new Error(`keystroke-cpu: no ${prefix} marks in the trace`);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === first.pid);
  const tasks = [];
  let end = 0;
  for (const t of events
    .filter((e) => e.pid === first.pid && e.tid === main?.tid && e.ph === 'X' && typeof e.tdur === 'number')
    .sort((x, y) => x.ts - y.ts)) {
    if (t.ts < end) continue; // nested: counted in its top-level task
    tasks.push(t);
    end = t.ts + t.dur;
  }
  // The end of each frame's rendering on the main thread (style, layout, paint, commit): `AnimationFrame::Render`'s end.
  const frames = untilFrame
    ? events.filter((e) => e.pid === first.pid && e.name === 'AnimationFrame::Render' && e.ph === 'e').sort((x, y) => x.ts - y.ts)
    : [];
  const perKey = [];
  for (let i = 0; i < n; i++) {
    const a = marks.get(`${prefix}${i}-s`);
    // `untilFrame`: the window ends with the frame that shows the character (the end of its rendering), not at
    // the task after it — tasks the scheduler runs between (selectionchange, …) come after the screen.
    const b = untilFrame ? frames.find((f) => a && f.ts > a.ts) : marks.get(`${prefix}${i}-e`);
    if (!a || !b) continue;
    // The keydown's own task started just before its mark: take the task that holds the mark too.
    perKey.push(tasks.filter((t) => t.ts + t.dur >= a.ts && t.ts <= b.ts).reduce((sum, t) => sum + t.tdur, 0) / 1000);
  }
  return median(perKey);
}

async function typeInto(page, selector, n, waitFor) {
  const field = page.locator(selector).first();
  await field.click();
  await page.keyboard.press('End');
  // Armed after the click and End, so the windows are the typed keys'.
  await page.evaluate(() => {
    window.__frames = 0;
    window.__armed = true;
  });
  for (let i = 0; i < n; i++) {
    await page.keyboard.type('a');
    // Polling every 50 ms, not every frame: the poll runs on the main thread being measured.
    await page.waitForFunction(waitFor, i + 1, { polling: 50 });
  }
  await page.evaluate(() => {
    window.__armed = false;
  });
}

async function once(browser, base, category) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}?category=${category}`);
    await page.waitForFunction(() => document.querySelector('guide-form')?.verdict);
    await page.getByRole('button', { name: /用示例填写/ }).click();
    await page.waitForFunction(() => document.querySelector('guide-form').verdict.ok);
    await page.evaluate(() => {
      const el = document.querySelector('guide-form');
      const plain = document.createElement('textarea');
      plain.id = 'bench-plain';
      plain.value = 'plain';
      document.body.append(plain);
      window.__frames = 0;
      // One window per key: from its keydown (capture, before any handler) to the frame after its
      // re-render (element: the task after the frame that follows updateComplete) or its own frame (plain).
      const window_ = (prefix) => {
        if (!window.__armed) return () => {};
        const i = window.__frames;
        performance.mark(`${prefix}${i}-s`);
        return () =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              performance.mark(`${prefix}${i}-e`);
              window.__frames++;
            }),
          );
      };
      // The window opens at keydown; the re-render it waits for is scheduled by the element's `input`
      // handling, so `updateComplete` is asked for after that (a listener on the document runs after the
      // shadow tree's) — asked at keydown, it resolves before the key has done anything.
      let close = null;
      el.shadowRoot.addEventListener(
        'keydown',
        () => {
          // The same key's window to the frame that shows the character (issue 13's key → screen), as CPU:
          // it opens here and closes where the trace shows that frame's rendering end (`cpuPerKey`'s `untilFrame`).
          if (window.__armed) performance.mark(`screen${window.__frames}-s`);
          close = window_('element');
        },
        true,
      );
      document.addEventListener('input', () => {
        if (!close) return;
        el.updateComplete.then(close);
        close = null;
      });
      plain.addEventListener('keydown', () => window_('plain')());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.rate) });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
    await typeInto(page, 'guide-form textarea', keys, (n) => window.__frames >= n);
    await typeInto(page, '#bench-plain', keys, (n) => window.__frames >= n);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return {
      element: cpuPerKey(trace, 'element', keys),
      screen: cpuPerKey(trace, 'screen', keys, true),
      plain: cpuPerKey(trace, 'plain', keys, true),
      plainAfter: cpuPerKey(trace, 'plain', keys),
    };
  } finally {
    await context.close();
  }
}

const servers = await Promise.all(
  roots.map(async (root) => {
    const server = createStaticServer(root);
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    return { root, server, base: `http://127.0.0.1:${server.address().port}/docs/demo/` };
  }),
);
const browser = await chromium.launch(chromiumLaunchOptions());
const samples = new Map();
try {
  for (let run = 0; run < Number(values.runs); run++) {
    for (const category of values.forms.split(',')) {
      for (const s of servers) {
        const r = await once(browser, s.base, category);
        const k = `${s.root}\t${category}`;
        samples.set(k, [...(samples.get(k) ?? []), r]);
      }
    }
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}
process.stdout.write(
  `Main-thread CPU per key at ${values.rate}× CPU slowdown (ms; per run the median key of ${keys}, then the median of ${values.runs} runs)\n`,
);
process.stdout.write(
  '| root | form | element, to the frame after its re-render | plain textarea, to the task after its frame | ratio | element, to the frame showing the character | plain textarea, the same | ratio, key → screen |\n|---|---|--:|--:|--:|--:|--:|--:|\n',
);
const rows = [];
for (const [k, rs] of samples) {
  const [root, category] = k.split('\t');
  const e = median(rs.map((r) => r.element));
  const pa = median(rs.map((r) => r.plainAfter));
  const sc = median(rs.map((r) => r.screen));
  const p = median(rs.map((r) => r.plain));
  process.stdout.write(
    `| ${root} | ${category} | ${e.toFixed(1)} | ${pa.toFixed(1)} | ${(e / pa).toFixed(2)}× | ${sc.toFixed(1)} | ${p.toFixed(1)} | ${(sc / p).toFixed(2)}× |\n`,
  );
  rows.push({ root, category, element: e, plainAfter: pa, screen: sc, plain: p, runs: rs.length });
}
writeJsonOut(values.json, { rate: Number(values.rate), keys, rows });
