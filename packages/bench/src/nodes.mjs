#!/usr/bin/env node
// What the first render of a form creates: the nodes in `<guide-form>`'s shadow root by kind —
// elements, comment markers (Lit's child-part and template markers), text nodes with something
// to read, whitespace-only text nodes — in all and per field kind (the nearest `.field`, `.group`
// or other section of the form that holds each node). Loads the bench's page (src/pages/guide-forms.js)
// over a build of the element: this checkout's `packages/elements/dist`, or `--base <checkout>`'s
// (read only). `--submitted` counts after 提交 on the empty form too (every message showing).
// Figures per kind are elements/comments/text/blank text; the two comment markers Lit puts around
// each item of a list (every field of a section) count in the frame that holds the list.
// No timing: node counts only, so the load of the machine does not matter.
//   node packages/bench/src/nodes.mjs [--base /work/main] [--forms key-rd,international] [--submitted]
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { BENCH, BUILD, ROOT } from './lib/paths.mjs';
import { server } from './lib/render.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    forms: { type: 'string', default: 'key-rd' },
    submitted: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const checkout = values.base ? resolve(values.base) : ROOT;
const dist = join(checkout, 'packages/elements/dist');
if (!existsSync(join(dist, 'guide-form.js'))) {
  console.error(`nodes: ${dist}/guide-form.js is missing: build that checkout first`);
  process.exit(2);
}
const OUT = join(BUILD, 'nodes');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(dist, join(OUT, 'dist'), { recursive: true });
cpSync(join(BENCH, 'src/pages/mark.js'), join(OUT, 'mark.js'));
writeFileSync(
  join(OUT, 'index.html'),
  '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>nodes</title></head>\n<body><div id="app"></div></body></html>\n',
);

/** Counts, in the page: every node of the shadow root by kind, in all and by the field kind holding it. */
const COUNT = () => {
  const root = document.querySelector('guide-form').shadowRoot;
  const kinds = ['elements', 'comments', 'text', 'blank'];
  const zero = () => Object.fromEntries(kinds.map((k) => [k, 0]));
  const all = zero();
  const byKind = {};
  const kindOf = (n) => {
    if (n.nodeType === 1) return 'elements';
    if (n.nodeType === 8) return 'comments';
    return /\S/.test(n.data) ? 'text' : 'blank';
  };
  /** The field kind holding a node: its nearest field (text, select, radio…), row, group, or the part of the page. */
  const holder = (n) => {
    const el = n.nodeType === 1 ? n : n.parentElement;
    const field = el?.closest('.field');
    if (field) return `field ${[...field.classList].filter((c) => c !== 'field' && c !== 'invalid').join(' ')}`;
    const row = el?.closest('.row');
    if (row) return 'row frame';
    const group = el?.closest('.group');
    if (group) return 'group frame';
    for (const part of ['header', 'essentials', 'toc', 'eligibility', 'actions', 'paper', 'error-summary'])
      if (el?.closest(`.${part}`)) return part;
    return 'other';
  };
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  const fields = {};
  for (const f of root.querySelectorAll('.field')) {
    const k = `field ${[...f.classList].filter((c) => c !== 'field' && c !== 'invalid').join(' ')}`;
    fields[k] = (fields[k] ?? 0) + 1;
  }
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const k = kindOf(n);
    all[k]++;
    const h = holder(n);
    byKind[h] ??= zero();
    byKind[h][k]++;
  }
  const controls = root.querySelectorAll('input, select, textarea').length;
  return { all, byKind, fields, controls };
};

const srv = await server(OUT);
const browser = await chromium.launch(chromiumLaunchOptions());
const results = {};
try {
  for (const form of values.forms.split(',')) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:${srv.address().port}/relaxed/`);
    await page.evaluate(async (category) => {
      await import('./dist/guide-form.js');
      const el = document.createElement('guide-form');
      el.setAttribute('category', category);
      el.setAttribute('year', '2022');
      el.now = '2021-11-01T10:00:00+08:00';
      document.getElementById('app').append(el);
      await el.updateComplete;
    }, form);
    results[form] = { empty: await page.evaluate(COUNT) };
    if (values.submitted) {
      await page.evaluate(async () => {
        const el = document.querySelector('guide-form');
        el.shadowRoot.querySelector('.actions button.primary').click();
        await el.updateComplete;
      });
      results[form].submitted = await page.evaluate(COUNT);
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  await new Promise((r) => srv.close(r));
  rmSync(OUT, { recursive: true, force: true });
}

if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
else
  for (const [form, states] of Object.entries(results))
    for (const [state, r] of Object.entries(states)) {
      const sum = (c) => c.elements + c.comments + c.text + c.blank;
      process.stdout.write(
        `${form} ${state}: ${sum(r.all)} nodes — ${r.all.elements} elements, ${r.all.comments} comments, ${r.all.text} text, ${r.all.blank} blank text; ${r.controls} controls\n`,
      );
      for (const [k, c] of Object.entries(r.byKind).sort((a, b) => sum(b[1]) - sum(a[1]))) {
        const n = r.fields[k];
        const one = (x) => String(Math.round((x / n) * 10) / 10);
        const per = n ? `  (${n}×, per field ${one(c.elements)}/${one(c.comments)}/${one(c.text)}/${one(c.blank)})` : '';
        process.stdout.write(`  ${k.padEnd(24)} ${String(sum(c)).padStart(5)}  ${c.elements}/${c.comments}/${c.text}/${c.blank}${per}\n`);
      }
    }
