#!/usr/bin/env node
// `npm run bench`: size.mjs, then speed.mjs (Node validation + Chromium render), then
// packages/bench/RESULTS.md with the numbers, the machine, the date and the versions.
//   node packages/bench/src/run.mjs [--rounds 15] [--slice 150] [--loads 15]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { INVALID_POINTERS } from './lib/data.mjs';
import { BENCH, BUILD } from './lib/paths.mjs';
import { measureRender } from './lib/render.mjs';
import { buildElements, measurePaper, paperSection } from './paper.mjs';
import { measureServer, serverSection } from './server.mjs';
import { measureStart } from './server-start.mjs';
import { ANCHORS, measureSize, version } from './size.mjs';
import { measureValidation } from './speed.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    slice: { type: 'string', default: '150' },
    loads: { type: 'string', default: '15' },
    'report-only': { type: 'boolean', default: false },
    'server-only': { type: 'boolean', default: false },
    'paper-only': { type: 'boolean', default: false },
  },
});

mkdirSync(BUILD, { recursive: true });
const resultsFile = join(BUILD, 'results.json');
/** `--report-only` rewrites RESULTS.md from the last run's build/results.json. */
async function measureAll() {
  process.stdout.write('size: building the pages …\n');
  const size = await measureSize();
  const paper = measurePaper(join(BUILD, 'pages', 'guide-forms', 'dist'));
  process.stdout.write('speed: validation in Node …\n');
  const validation = await measureValidation({ rounds: Number(values.rounds), sliceMs: Number(values.slice) });
  process.stdout.write('speed: render in Chromium …\n');
  const render = await measureRender({ loads: Number(values.loads) });
  process.stdout.write('speed: the check over HTTP …\n');
  const server = { ...(await measureServer()), start: await measureStart() };
  const measured = { date: new Date().toISOString(), size, paper, validation, render, server };
  writeFileSync(resultsFile, `${JSON.stringify(measured, null, 2)}\n`);
  return measured;
}
const K = (n) => `${(n / 1024).toFixed(1)} K`;
/** Replaces the section whose heading matches `heading` in RESULTS.md, or puts it before `before` (or the caveats). */
function replaceSection(heading, section, before = []) {
  const file = join(BENCH, 'RESULTS.md');
  const text = readFileSync(file, 'utf8').replace(new RegExp(`${heading.source}[\\s\\S]*?(?=\\n## )\\n`), '');
  const at = [...before, '## Reading these numbers honestly'].map((h) => text.indexOf(h)).find((i) => i >= 0) ?? -1;
  writeFileSync(file, at < 0 ? `${text}\n${section}` : `${text.slice(0, at)}${section}\n${text.slice(at)}`);
}
// `--server-only` measures the server alone and replaces §4 of the existing RESULTS.md.
if (values['server-only']) {
  const server = { ...(await measureServer()), start: await measureStart() };
  replaceSection(/## 4\. The check over HTTP/, serverSection(server), ['## 5. ']);
  process.stdout.write(`wrote §4 of packages/bench/RESULTS.md (HTTP ${server.ratio.toFixed(2)}× evaluate)\n`);
  process.exit(0);
}
// `--paper-only` builds the elements and replaces §5 (what 下载Word版 costs) of the existing RESULTS.md.
if (values['paper-only']) {
  const paper = measurePaper(buildElements());
  replaceSection(/## 5\. The paper/, paperSection(paper));
  process.stdout.write(
    `wrote §5 of packages/bench/RESULTS.md (IIFE ${K(paper.iife.page.gzip)} + ${K(paper.iife.onExport.gzip)} on 下载Word版)\n`,
  );
  process.exit(0);
}
const { date, size, paper, validation, render, server } = values['report-only']
  ? JSON.parse(readFileSync(resultsFile, 'utf8'))
  : await measureAll();

const x = (r) => (r >= 10 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(1)}×` : `${r.toPrecision(2)}× (1/${Math.round(1 / r)})`);
const name = (id) => (id === 'guide-forms' ? '**guide-forms**' : (ANCHORS.find((a) => a.id === id)?.name ?? id));
const g = size.rows[0];
const lines = [];
const out = (s = '') => lines.push(s);

out('# Benchmarks: guide-forms against the anchors');
out();
out(
  `Measured ${(date ?? new Date().toISOString()).slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM,`,
);
out(
  `Node ${process.version}, Chromium ${render.browser}, esbuild ${version('esbuild')}. Re-run with \`npm run bench\` (6–7 minutes here);`,
);
out(
  'raw figures go to `packages/bench/build/results.json`. Numbers from one run on a shared 2-core machine: read the ratios, not the digits.',
);
out();
out("Form: **key-rd** (附件2, 60 fields, 6 `if` sections) — `getForm('key-rd', 2022).schema` from `@guide-forms/core`, converted for each");
out('library by `packages/bench/src/converters/` (nearest widget per field; `test/converters.test.ts` checks that none is lost).');
out();
out('## 1. Page weight');
out();
out('Everything a page showing the key-rd form downloads, min and gzip -9 bytes. guide-forms: its production build');
out(
  '(`packages/elements/scripts/build.mjs`, rollup + terser — the same as `npm run build`): `guide-form.js` + the key-rd chunk + the shared',
);
out('chunk(s) they import. Anchors: a minimal page per library (`src/pages/`) bundled by esbuild (minify, browser, ESM,');
out('`NODE_ENV=production`), plus the stylesheet the library needs to look right. Ratio = anchor ÷ guide-forms (gzip total).');
out();
out('| library | JS min | JS gzip | CSS min | CSS gzip | **total gzip** | ratio | needs `unsafe-eval` |');
out('|---|--:|--:|--:|--:|--:|--:|---|');
for (const r of size.rows) {
  out(
    `| ${name(r.id)} | ${K(r.js.min)} | ${K(r.js.gzip)} | ${r.css.min ? K(r.css.min) : '—'} | ${r.css.gzip ? K(r.css.gzip) : '—'} | **${K(r.total.gzip)}** | ${r.id === 'guide-forms' ? '1×' : x(r.ratio.gzip)} | ${r.needsEval.length ? `yes (${r.needsEval.join(', ')})` : 'no'} |`,
  );
}
out();
out('What each page contains:');
out();
for (const r of size.rows)
  out(`- ${name(r.id)} — ${r.includes}. Files: ${r.files.map((f) => `\`${f.replace(/^pages\//, '')}\``).join(', ')}.`);
out();
out('## 2. Validation speed (Node)');
out();
out(`Validations per second of one key-rd submission — the eligible example, and the same with ${INVALID_POINTERS.length} schema errors`);
out(`(${INVALID_POINTERS.map((p) => `\`${p}\``).join(', ')}). Each validator is built once, then called per submission.`);
out(
  `Warm-up 0.4 s each, then ${validation.rounds} interleaved rounds (A B C … A B C …, start rotating) of ${validation.sliceMs} ms per validator;`,
);
out('the figure is the median round, min–max in brackets. Ratio = anchor ÷ guide-forms `evaluate` (> 1: the anchor is faster).');
out('"errors" is what each library reports — their granularity differs (per keyword, per question, per field).');
out();
for (const dataset of ['eligible', 'invalid']) {
  out(`**${dataset === 'eligible' ? 'Eligible example' : `Invalid (${INVALID_POINTERS.length} errors)`}**`);
  out();
  out('| validator | what runs | validations/s | range | ratio | verdict right? | errors |');
  out('|---|---|--:|--:|--:|---|--:|');
  for (const r of validation.results.filter((v) => v.dataset === dataset)) {
    out(
      `| ${r.id.startsWith('guide-forms') ? `**${r.label}**` : r.label} | ${r.what} | ${Math.round(r.opsPerSec).toLocaleString('en')} | ${Math.round(r.min).toLocaleString('en')}–${Math.round(r.max).toLocaleString('en')} | ${r.id === 'guide-forms' ? '1×' : x(r.ratio)} | ${r.correct ? 'yes' : '**no**'} | ${r.errors}${r.logged ? ` (logged ${r.logged} console lines)` : ''} |`,
    );
  }
  out();
}
out('## 3. Time to first render (headless Chromium)');
out();
out(
  `Each page of §1 served from localhost by \`scripts/serve.mjs\`, loaded ${render.loads} times in a fresh browser context, pages interleaved,`,
);
out('after one warm-up load each. "Rendered" = the `form-rendered` mark the page sets when its library says the form is on screen');
out('(guide-forms: `await el.updateComplete`, which includes loading the key-rd chunk and the first evaluation; React pages: after');
out('`flushSync(root.render)`; SurveyJS: `onAfterRenderSurvey`; Form.io: the `createForm` promise), in ms since navigation start.');
out('Each page is the library and the page code (`src/pages/<id>`, with `mark.js`) in one esbuild `page.js`, except guide-forms:');
out('its HTML names the entry as `docs/embedding.md` embeds it (`<script type="module" src="./dist/guide-form.js">`) beside');
out('its bundled page code, so the entry and the page code download side by side and the entry fetches its chunks (since §17;');
out('before, the HTML named only an unbundled `page.js`, which named the entry and `mark.js`: a round trip more).');
out('Ratio = anchor ÷ guide-forms (> 1: the anchor is slower). Controls = visible inputs/textareas/selects on the empty form.');
out("Anchors are timed without the CSP header; the last column is one more load under the project's strict CSP (no `unsafe-eval`).");
out();
out('| page | rendered (median ms) | range | first contentful paint | ratio | controls | under the strict CSP |');
out('|---|--:|--:|--:|--:|--:|---|');
for (const r of render.results) {
  const csp = r.strictCsp.rendered
    ? r.strictCsp.violations.length
      ? `renders; blocked: ${r.strictCsp.violations
          .map((v) => `\`${v.replace(/ https?:\/\/\S+/, ' (remote font)')}\``)
          .filter((v, i, a) => a.indexOf(v) === i)
          .join(', ')}`
      : 'renders, no violation'
    : `**does not render** (${r.strictCsp.violations
        .map((v) => `\`${v.replace(/ https?:\/\/\S+/, ' (remote font)')}\``)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join(', ')} blocked)`;
  out(
    `| ${name(r.id)} | ${r.median?.toFixed(0) ?? 'n/a'} | ${r.min?.toFixed(0)}–${r.max?.toFixed(0)} | ${r.fcp?.toFixed(0) ?? '—'} | ${r.id === 'guide-forms' ? '1×' : r.ratio ? x(r.ratio) : 'n/a'} | ${r.inputs} | ${csp} |`,
  );
}
out();
if (server) out(serverSection(server));
if (paper) out(paperSection(paper));
writeFileSync(join(BENCH, 'build', 'RESULTS.generated.md'), `${lines.join('\n')}\n`);
const notes = readFileSync(join(BENCH, 'src', 'caveats.md'), 'utf8');
writeFileSync(join(BENCH, 'RESULTS.md'), `${lines.join('\n')}\n${notes}`);
process.stdout.write(`wrote packages/bench/RESULTS.md (guide-forms page ${K(g.total.gzip)} gzip)\n`);
