#!/usr/bin/env node
// Validations per second in Node, guide-forms against each anchor on the key-rd form, for the
// eligible example and for one with 8 schema errors. Rounds are interleaved (A B C … A B C …)
// after a warm-up; each round runs one validator for a fixed slice of time; the figure is the
// median of the rounds. Writes build/speed.json; RESULTS.md is written by run.mjs.
//   node packages/bench/src/speed.mjs [--rounds 15] [--slice 150] [--no-render]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { eligible, invalid } from './lib/data.mjs';
import { BUILD } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';
import { validators } from './lib/validators.mjs';

const ROUNDS = 15;
const SLICE_MS = 150;

/** Calls `run` for about `ms` milliseconds; returns calls per second. */
async function slice(run, isAsync, ms) {
  let n = 0;
  const start = performance.now();
  const end = start + ms;
  let now = start;
  if (isAsync) {
    while (now < end) {
      for (let i = 0; i < 8; i++) await run();
      n += 8;
      now = performance.now();
    }
  } else {
    while (now < end) {
      for (let i = 0; i < 8; i++) run();
      n += 8;
      now = performance.now();
    }
  }
  return (n * 1000) / (now - start);
}

/** Some anchors log from inside validation (Form.io: "Validator error: Cannot validate value NaN"). */
function quietConsole() {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const counts = { error: 0, warn: 0, log: 0 };
  for (const k of Object.keys(saved)) console[k] = () => counts[k]++;
  return { restore: () => Object.assign(console, saved), counts };
}

export async function measureValidation({ rounds = ROUNDS, sliceMs = SLICE_MS } = {}) {
  const benches = validators();
  const datasets = { eligible: eligible(), invalid: invalid() };
  const results = [];
  for (const [dataset, data] of Object.entries(datasets)) {
    const runs = [];
    for (const b of benches) {
      const run = b.prepare(data);
      const first = run();
      const isAsync = first instanceof Promise;
      const outcome = await first;
      runs.push({ b, run, isAsync, outcome, samples: [], logged: 0 });
    }
    const q = quietConsole();
    try {
      for (const r of runs) await slice(r.run, r.isAsync, 400); // warm-up: let the JIT settle
      for (let i = 0; i < rounds; i++) {
        // Interleaved, and the starting validator rotates so no one always runs first.
        for (let j = 0; j < runs.length; j++) {
          const r = runs[(i + j) % runs.length];
          const before = q.counts.error + q.counts.warn + q.counts.log;
          r.samples.push(await slice(r.run, r.isAsync, sliceMs));
          r.logged += q.counts.error + q.counts.warn + q.counts.log - before;
        }
      }
    } finally {
      q.restore();
    }
    const base = median(runs[0].samples);
    for (const r of runs) {
      const m = median(r.samples);
      results.push({
        dataset,
        id: r.b.id,
        label: r.b.label,
        what: r.b.what,
        valid: r.outcome.valid,
        errors: r.outcome.errors,
        correct: dataset === 'eligible' ? r.outcome.valid : !r.outcome.valid,
        opsPerSec: m,
        min: Math.min(...r.samples),
        max: Math.max(...r.samples),
        ratio: m / base,
        logged: r.logged,
      });
    }
  }
  return { rounds, sliceMs, results };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: String(ROUNDS) },
      slice: { type: 'string', default: String(SLICE_MS) },
      'no-render': { type: 'boolean', default: false },
      loads: { type: 'string', default: '15' },
    },
  });
  const validation = await measureValidation({ rounds: Number(values.rounds), sliceMs: Number(values.slice) });
  let render = null;
  if (!values['no-render']) {
    const { measureRender } = await import('./lib/render.mjs');
    render = await measureRender({ loads: Number(values.loads) });
  }
  mkdirSync(BUILD, { recursive: true });
  writeFileSync(join(BUILD, 'speed.json'), `${JSON.stringify({ validation, render }, null, 2)}\n`);
  for (const r of validation.results) {
    process.stdout.write(
      `${r.dataset.padEnd(9)} ${r.id.padEnd(20)} ${Math.round(r.opsPerSec).toString().padStart(8)}/s  ×${r.ratio.toFixed(2)}  ${r.correct ? '' : 'WRONG VERDICT'}\n`,
    );
  }
  if (render)
    for (const r of render.results) process.stdout.write(`render ${r.id.padEnd(14)} ${r.median.toFixed(1)} ms (${r.inputs} controls)\n`);
}
