#!/usr/bin/env node
// What “下载Word版” costs a page: the elements' production build, split into what a page
// showing key-rd downloads up front and what the first 下载Word版 adds (the DOCX code: an ESM
// chunk, or the IIFE's companion script). A page that never exports must not pay for it.
//   node packages/bench/src/paper.mjs [dist]   (default: a fresh build in build/paper/dist; run `npm run build:ts` first)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD, ROOT } from './lib/paths.mjs';
import { importsOf } from './size.mjs';

const measure = (buf) => ({ min: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip });
const ZERO = { min: 0, gzip: 0 };

/** The IIFE's companion script that holds the DOCX code (see packages/elements/rollup.config.mjs). */
export const EXPORT_SCRIPT = 'guide-form.export.iife.js';

/** `files` of `dist` with their summed sizes. */
function weigh(dist, files) {
  return { files, ...files.map((f) => measure(readFileSync(join(dist, f)))).reduce(add, ZERO) };
}

/** Every file `start` loads through static imports, skipping those in `have`. */
function closure(dist, start, have = new Set()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || have.has(file)) return;
    seen.add(file);
    for (const dep of importsOf(readFileSync(join(dist, file), 'utf8')).stat) visit(dep.replace('./', ''));
  };
  visit(start);
  return [...seen];
}

/**
 * The page weight of a key-rd page in `dist`, without and with the first 下载Word版, for the ESM
 * and the IIFE build.
 * @returns {{ esm: { page, onExport }, iife: { page, onExport } }} each `{ files, min, gzip }`
 */
export function measurePaper(dist) {
  const dynamicOf = (file) => importsOf(readFileSync(join(dist, file), 'utf8')).dyn.map((f) => f.replace('./', ''));
  const dynamic = dynamicOf('guide-form.js');
  const form = dynamic.find((f) => /key-rd/.test(f));
  // The paper actions' chunk follows the form on screen; the DOCX chunk is imported from it (or,
  // in builds before it existed, from the entry).
  const paper = dynamic.find((f) => /^guide-form\.paper-/.test(f));
  const exportChunk = [...dynamic, ...(paper ? dynamicOf(paper) : [])].find((f) => /^guide-form\.export-/.test(f));
  if (!form) throw new Error(`no key-rd chunk imported by ${join(dist, 'guide-form.js')}`);
  if (!exportChunk) throw new Error(`no guide-form.export-*.js chunk imported on demand by ${join(dist, 'guide-form.js')}`);
  const page = [...new Set([...closure(dist, 'guide-form.js'), ...closure(dist, form), ...(paper ? closure(dist, paper) : [])])];
  if (!existsSync(join(dist, EXPORT_SCRIPT))) throw new Error(`no ${EXPORT_SCRIPT} in ${dist}`);
  return {
    esm: { page: weigh(dist, page), onExport: weigh(dist, closure(dist, exportChunk, new Set(page))) },
    iife: { page: weigh(dist, ['guide-form.iife.js']), onExport: weigh(dist, [EXPORT_SCRIPT]) },
  };
}

const K = (n) => `${(n / 1024).toFixed(1)} K`;

/** §5 of RESULTS.md. */
export function paperSection(paper) {
  const row = (build, m) =>
    `| ${build} | ${K(m.page.min)} / **${K(m.page.gzip)}** | +${K(m.onExport.min)} / +${K(m.onExport.gzip)} | ${K(m.page.gzip + m.onExport.gzip)} | ${m.onExport.files.map((f) => `\`${f}\``).join(', ')} |`;
  return [
    '## 5. The paper: what “下载Word版” costs',
    '',
    "The element's production build (`packages/elements/scripts/build.mjs`), a page showing key-rd. The DOCX code (the `docx`",
    'package and `@guide-forms/export`) loads on the first “下载Word版” only: in the ESM build a chunk the entry imports on',
    'demand, in the IIFE build a second classic script next to `guide-form.iife.js` that the element adds (allowed by',
    "`script-src 'self'`). `packages/elements/test/e2e/paper.test.ts` checks in Chromium that no page fetches it before the",
    'click and that the click then downloads a DOCX holding the attachment. min / gzip -9.',
    '',
    '| build | page, never exporting | first 下载Word版 adds | page + export (gzip) | loaded on the click |',
    '|---|--:|--:|--:|---|',
    row('ESM (`guide-form.js` + key-rd chunk + shared)', paper.esm),
    row('IIFE (`guide-form.iife.js`, every form)', paper.iife),
    '',
  ].join('\n');
}

/** A fresh production build of the elements in build/paper/dist; returns that folder. */
export function buildElements() {
  const dist = join(BUILD, 'paper', 'dist');
  rmSync(dist, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'packages/elements/scripts/build.mjs'), '--out', dist], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`elements build failed:\n${r.stdout}\n${r.stderr}`);
  return dist;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${paperSection(measurePaper(process.argv[2] ?? buildElements()))}\n`);
}
