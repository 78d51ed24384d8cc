#!/usr/bin/env node
// Limits of issue 14, measured: how long `evaluate` and `guide-forms check` take, and how much
// memory they use, on oversized submissions (1 MB strings, 10,000 rows, 100,000 keys, a 50 MB
// file, 100,000 levels of nesting). Each case runs in a fresh Node process, so its peak RSS is
// its own. Prints a Markdown table; docs/security.md quotes it.
//   npm run build:ts && node packages/bench/src/limits.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const NOW = '2021-11-01T10:00:00+08:00';
const eligible = () => JSON.parse(readFileSync(join(ROOT, 'forms/key-rd/examples/eligible.json'), 'utf8'));

/** The submissions measured, each built from the eligible key-rd example. */
const CASES = {
  'eligible example (baseline)': () => eligible(),
  '1 MB string in 单位名称': () => {
    const d = eligible();
    d.unit.unitName = '大'.repeat(1 << 20);
    return d;
  },
  '1 MB string in 10 text fields': () => {
    const d = eligible();
    for (const k of Object.keys(d.content).slice(0, 5)) d.content[k] = 'x'.repeat(1 << 20);
    for (const k of ['unitName', 'address', 'unitIntro', 'contactName', 'email']) d.unit[k] = 'y'.repeat(1 << 20);
    return d;
  },
  '10,000 rows of 考核指标 (objects)': () => {
    const d = eligible();
    const row = d.indicators.milestones[0];
    d.indicators.milestones = Array.from({ length: 10_000 }, (_, i) => ({ ...row, item: `${row.item}${i}` }));
    return d;
  },
  '10,000 keywords (strings, uniqueItems)': () => {
    const d = eligible();
    d.classification.keywords = Array.from({ length: 10_000 }, (_, i) => `关键词${i}`);
    return d;
  },
  '100,000 unknown keys in /unit': () => {
    const d = eligible();
    for (let i = 0; i < 100_000; i++) d.unit[`k${i}`] = i;
    return d;
  },
  '50 MB submission (50 × 1 MB unknown strings)': () => {
    const d = eligible();
    d.extra = Array.from({ length: 50 }, () => 'z'.repeat(1 << 20));
    return d;
  },
  '100,000 levels of nesting': () => {
    const d = eligible();
    let deep = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    d.extra = deep;
    return d;
  },
};

if (process.argv[2] === '--case') {
  const name = process.argv[3];
  const mode = process.argv[4];
  const { loadEngine } = await import(join(ROOT, 'packages/core/dist/node/index.js'));
  const data = CASES[name]();
  const engine = loadEngine(ROOT);
  engine.evaluate('key-rd', {}, { now: NOW }); // compile once, not measured
  let result;
  if (mode === 'evaluate') {
    const times = [];
    let v;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      v = engine.evaluate('key-rd', data, { now: NOW });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    result = {
      ms: times[2],
      outcome: `${v.ok ? 'ok' : 'not ok'}, ${v.errors.length} errors (${[...new Set(v.errors.map((e) => e.keyword))].join(', ')})`,
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'gf-limits-'));
    const file = join(dir, 'data.json');
    const text = JSON.stringify(data);
    writeFileSync(file, text);
    const t = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/guide-forms.js'), 'check', 'key-rd', file, '--now', NOW], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const ms = performance.now() - t;
    rmSync(dir, { recursive: true, force: true });
    const line = (r.stderr.trim() || r.stdout.split('\n')[0]).replace(/^.*?: /, '').slice(0, 90);
    result = { ms, outcome: `exit ${r.status}: ${line}`, bytes: Buffer.byteLength(text) };
  }
  process.stdout.write(JSON.stringify({ ...result, rssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const rows = [
  '| input | size | `evaluate` (median of 5) | peak RSS | `guide-forms check` (one run, whole process) | outcome of check |',
  '|---|---|---|---|---|---|',
];
for (const name of Object.keys(CASES)) {
  const run = (mode) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name, mode], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (r.status !== 0)
      return { ms: Number.NaN, outcome: `crashed: ${r.stderr.split('\n').find((l) => l.trim()) ?? ''}`, rssMb: Number.NaN };
    return JSON.parse(r.stdout);
  };
  const ev = run('evaluate');
  const ck = run('check');
  const size = ck.bytes >= 1 << 20 ? `${(ck.bytes / 1048576).toFixed(1)} MB` : `${(ck.bytes / 1024).toFixed(1)} KB`;
  rows.push(
    `| ${name} | ${size} | ${ev.ms.toFixed(1)} ms — ${ev.outcome} | ${ev.rssMb.toFixed(0)} MB | ${ck.ms.toFixed(0)} ms | ${ck.outcome} |`,
  );
  process.stderr.write(`${name} done\n`);
}
process.stdout.write(
  `${rows.join('\n')}\n\nNode ${process.version}, ${process.arch}; measured ${new Date().toISOString().slice(0, 10)}.\n`,
);
