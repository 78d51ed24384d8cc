#!/usr/bin/env node
// How long `guide-forms serve` takes to start: from spawning the process to the first `/health`
// answer and to the first check answered, and the CPU time its `listening` log line reports.
// The bundled CLI (what `bin/guide-forms.js` runs) is measured against the same CLI unbundled
// (dist/main.js, hundreds of modules), interleaved, as a ratio. Needs `npm run build:ts`.
//   node packages/bench/src/server-start.mjs [--runs 7]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { eligible } from './lib/data.mjs';
import { median } from './lib/stats.mjs';

const CLI = fileURLToPath(new URL('../../cli/', import.meta.url));
const NOW = encodeURIComponent('2021-11-01T10:00:00+08:00');
const HOW = {
  bundled: [`${CLI}bin/guide-forms.js`, 'serve', '--port', '0'],
  unbundled: [
    '--input-type=module',
    '-e',
    `import { main } from '${CLI}dist/main.js'; process.exitCode = await main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });`,
    'serve',
    '--port',
    '0',
  ],
};

/** One start: ms to the listening line, to /health, to the first check; the line's CPU ms. */
async function startOnce(args) {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise((resolve, reject) => {
      let buffer = '';
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      child.stdout.on('data', (d) => {
        buffer += d;
        for (const text of buffer.split('\n').slice(0, -1)) {
          const parsed = JSON.parse(text);
          if (parsed.event === 'listening') resolve(parsed);
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      });
    });
    const listening = performance.now() - t0;
    const health = await fetch(`${line.address}/health`);
    if (!health.ok) throw new Error(`/health answered ${health.status}`);
    const healthMs = performance.now() - t0;
    const check = await fetch(`${line.address}/v1/check/key-rd?now=${NOW}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(eligible()),
    });
    if (!(await check.json()).ok) throw new Error('the eligible example was not ok');
    return { listeningMs: listening, cpuMs: line.listeningCpuMs, healthMs, checkMs: performance.now() - t0 };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Interleaved starts of the bundled and the unbundled CLI; medians of each measure. */
export async function measureStart({ runs = 7 } = {}) {
  const samples = { bundled: [], unbundled: [] };
  await startOnce(HOW.bundled); // fills the OS file cache for both
  for (let r = 0; r < runs; r++)
    for (const how of r % 2 ? ['unbundled', 'bundled'] : ['bundled', 'unbundled']) samples[how].push(await startOnce(HOW[how]));
  const med = (how, key) => median(samples[how].map((s) => s[key]));
  const result = { runs };
  for (const how of Object.keys(HOW))
    result[how] = {
      listeningMs: med(how, 'listeningMs'),
      cpuMs: med(how, 'cpuMs'),
      healthMs: med(how, 'healthMs'),
      checkMs: med(how, 'checkMs'),
    };
  return result;
}

/** The start-time table of RESULTS.md §4. */
export function startSection(start) {
  const n = (v) => Math.round(v).toLocaleString('en');
  const row = (how, label) => {
    const s = start[how];
    return `| ${label} | ${n(s.cpuMs)} | ${n(s.listeningMs)} | ${n(s.healthMs)} | ${n(s.checkMs)} | ${(s.healthMs / start.unbundled.healthMs).toFixed(2)}× |`;
  };
  return [
    `Start, from spawning \`guide-forms serve\` (median of ${start.runs} interleaved starts each; forms compile after the listening line,`,
    'one per event-loop turn, so the first check may compile its own form):',
    '',
    '| CLI | CPU ms at listening | ms to listening | ms to first `/health` | ms to first check | /health ratio |',
    '|---|--:|--:|--:|--:|--:|',
    row('bundled', 'bundled (`bin/guide-forms.js`)'),
    row('unbundled', 'unbundled (`dist/main.js`)'),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  process.stdout.write(`${JSON.stringify(await measureStart({ runs: Number(values.runs) }), null, 2)}\n`);
}
