#!/usr/bin/env node
// Issue 13's five targets in one run, each against its anchor measured side by side, printed as
// the issue's table (and written to build/targets.md): the key-rd page and the seven-form IIFE
// (gzip -9, exact, as §1 and §5 weigh them), `evaluate` against rjsf's `validateFormData`
// (ab-evaluate.mjs --rjsf: CPU time, interleaved slices), the first render against rjsf's page
// (render-ab.mjs: wall clock to `form-rendered` of the documented embed and of the one-form bundle,
// `build.mjs --form key-rd`; render-cpu.mjs: main-thread CPU, the build measured twice beside rjsf
// so the run shows its own noise), and key → screen at 4× CPU
// slowdown against a plain textarea on the same page (keystroke-cpu.mjs: CPU to the frame that
// shows the character; keystroke.mjs: wall clock to the task after that frame). Timings mean
// something only on a quiet machine (`uptime` load < ~2): the table prints the load before and
// after. Measuring only; about 4 minutes here.
//   npm run build && node packages/bench/src/targets.mjs [--loads 15] [--runs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, BUILD, ROOT } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';
import { measurePaper } from './paper.mjs';

const { values } = parseArgs({
  options: {
    loads: { type: 'string', default: '15' },
    runs: { type: 'string', default: '3' },
  },
});
const OUT = join(BUILD, 'targets');
mkdirSync(OUT, { recursive: true });
const DIST = join(ROOT, 'packages/elements/dist');
for (const need of [join(DIST, 'guide-form.js'), join(ROOT, 'packages/core/dist/node/root.js')])
  if (!existsSync(need)) {
    process.stderr.write(`targets: ${need} is missing — run \`npm run build\` first\n`);
    process.exit(2);
  }

/** Runs one bench script with `--json`, its own output shown as it goes; returns the JSON. */
function step(script, args, tag = '') {
  const file = join(OUT, `${script.replace(/\.mjs$/, '')}${tag}.json`);
  process.stdout.write(`\n— ${script} ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [join(BENCH, 'src', script), ...args, '--json', file], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`targets: ${script} failed (exit ${r.status})`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const loadBefore = loadavg()[0];
const paper = measurePaper(DIST);
const evaluate = step('ab-evaluate.mjs', ['--rjsf']);
// The documented embed (guide-form.js, then the form's chunks) and the one-form bundle (build.mjs --form key-rd:
// guide-form.key-rd.js alone), alternated with rjsf's page in one run.
const ONE_FORM = join(OUT, 'one-form');
const built = spawnSync(
  process.execPath,
  [join(ROOT, 'packages/elements/scripts/build.mjs'), '--form', 'key-rd', '--out', join(ONE_FORM, 'packages/elements/dist')],
  {
    cwd: ROOT,
    encoding: 'utf8',
  },
);
if (built.status !== 0) throw new Error(`targets: build.mjs --form key-rd failed:\n${built.stdout}\n${built.stderr}`);
const render = step('render-ab.mjs', ['--base', ONE_FORM, '--base-entry', 'guide-form.key-rd.js', '--rjsf', '--loads', values.loads]);
const renderCpu = step('render-cpu.mjs', ['--base', ROOT, '--rjsf', '--loads', values.loads]);
const keyCpu = step('keystroke-cpu.mjs', ['--forms', 'key-rd', '--runs', values.runs]);
// The wall clock of a key moves most from run to run (RESULTS §18): one run per `--runs`, the median and the range.
const keyWalls = Array.from({ length: Number(values.runs) }, (_, i) => step('keystroke.mjs', ['--forms', 'key-rd'], `-${i + 1}`).rows[0]);
const loadAfter = loadavg()[0];

const K = (bytes) => `${(bytes / 1024).toFixed(1)} K`;
const x = (r) => `${r.toFixed(2)}×`;
const byPage = (rows, page) => rows.find((r) => r.page === page);
const [a, b, rjsf] = ['base', 'branch', 'rjsf'].map((p) => byPage(render, p));
const [ca, cb, crjsf] = ['base', 'branch', 'rjsf'].map((p) => byPage(renderCpu, p));
const kc = keyCpu.rows[0];
const wallRatios = keyWalls.map((r) => r.key[0] / r.plain[0]);
const rows = [
  ['key-rd page, gzip (§1)', '≤ 30 K', K(paper.esm.page.gzip), paper.esm.page.gzip <= 30 * 1024],
  ['all seven forms, one IIFE, gzip (§5)', '≤ 55 K', K(paper.iife.page.gzip), paper.iife.page.gzip <= 55 * 1024],
  [
    '`evaluate` ÷ rjsf `validateFormData`, eligible (CPU time, median slice)',
    '≥ 1×',
    `${x(evaluate.eligible.ratio)} (${Math.round(evaluate.eligible.this)} vs ${Math.round(evaluate.eligible.base)}/s)`,
    evaluate.eligible.ratio >= 1,
  ],
  [
    'the same, 8 errors',
    '≥ 2×',
    `${x(evaluate.invalid.ratio)} (${Math.round(evaluate.invalid.this)} vs ${Math.round(evaluate.invalid.base)}/s)`,
    evaluate.invalid.ratio >= 2,
  ],
  [
    'first render ÷ rjsf, wall clock to `form-rendered`: the entry `guide-form.js` (the documented embed)',
    '≤ 0.5×',
    `${x(b.rendered / rjsf.rendered)} (${b.rendered.toFixed(0)} vs ${rjsf.rendered.toFixed(0)} ms)`,
    b.rendered / rjsf.rendered <= 0.5,
  ],
  [
    'the same with the one-form bundle `guide-form.key-rd.js` (`build.mjs --form key-rd`)',
    '≤ 0.5×',
    `${x(a.rendered / rjsf.rendered)} (${a.rendered.toFixed(0)} vs ${rjsf.rendered.toFixed(0)} ms; painted ${x(a.painted / rjsf.painted)} against ${x(b.painted / rjsf.painted)})`,
    a.rendered / rjsf.rendered <= 0.5,
  ],
  [
    'the same as main-thread CPU',
    '—',
    `${x(cb.cpu / crjsf.cpu)} / ${x(ca.cpu / crjsf.cpu)} (${cb.cpu.toFixed(1)} / ${ca.cpu.toFixed(1)} vs ${crjsf.cpu.toFixed(1)} ms)`,
    null,
  ],
  [
    'key → screen ÷ plain textarea at 4×, key-rd, as CPU to the frame showing the character',
    '≤ 1.3×',
    `${x(kc.screen / kc.plain)} (${kc.screen.toFixed(1)} vs ${kc.plain.toFixed(1)} ms)`,
    kc.screen / kc.plain <= 1.3,
  ],
  [
    `the same as wall clock to the task after that frame (median of ${wallRatios.length} runs, and their range)`,
    '≤ 1.3×',
    `${x(median(wallRatios))} (runs: ${keyWalls.map((r) => `${x(r.key[0] / r.plain[0])} ${r.key[0].toFixed(1)} vs ${r.plain[0].toFixed(1)} ms`).join('; ')})`,
    median(wallRatios) <= 1.3,
  ],
];
const table = [
  `Issue 13's targets, ${new Date().toISOString().slice(0, 16)} UTC, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  '',
  '| measure | target | this run | met? |',
  '|---|--:|--:|---|',
  ...rows.map(([m, t, v, ok]) => `| ${m} | ${t} | ${v} | ${ok === null ? '—' : ok ? 'yes' : 'no'} |`),
  '',
].join('\n');
writeFileSync(join(BUILD, 'targets.md'), table);
process.stdout.write(`\n${table}\nwritten to ${join(BUILD, 'targets.md')}\n`);
