#!/usr/bin/env node
// `evaluate` of this checkout against another checkout's build, in one Node process: both
// `@guide-forms/core` builds loaded side by side, slices alternated (the order flipping each
// round), the eligible key-rd example and the one with 8 errors; prints, per build, the median and
// the best slice in evaluations per second of CPU time (process.cpuUsage: a slice in which the
// process waited for a core does not count as slow), and the ratio of each. For a before/after on
// a busy machine, where only interleaved ratios mean anything; the best slices are the ones least
// disturbed by other work. Both checkouts must be built (`npm run build:ts`). With `--rjsf` instead
// of `--base`, the base is rjsf's `validateFormData` as §2 of RESULTS.md builds it (issue 13's
// anchor for `evaluate`: "as fast", ×1 or more, eligible; twice as fast, ×2, with 8 errors).
// Measuring only.
//   node packages/bench/src/ab-evaluate.mjs --base /path/to/other/checkout [--slice 150] [--rounds 21]
//   node packages/bench/src/ab-evaluate.mjs --rjsf
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { eligible, invalid } from './lib/data.mjs';
import { writeJsonOut } from './lib/json-out.mjs';
import { ROOT } from './lib/paths.mjs';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    slice: { type: 'string', default: '150' },
    rounds: { type: 'string', default: '21' },
    rjsf: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
if (!values.base && !values.rjsf) {
  process.stderr.write('ab-evaluate: --base <checkout> (another built checkout) or --rjsf is required\n');
  process.exit(2);
}
const load = (root) => import(pathToFileURL(join(root, 'packages/core/dist/node/root.js')).href);
const B = await load(ROOT);
const A = values.rjsf ? await rjsfAsBase() : await load(values.base);

/** rjsf's validateFormData behind the `evaluate` signature, built as lib/validators.mjs builds it. */
async function rjsfAsBase() {
  const { customizeValidator } = await import('@rjsf/validator-ajv8');
  const { ajvFormats } = await import('./lib/formats.mjs');
  const validator = customizeValidator({ customFormats: ajvFormats() });
  const schema = B.getForm('key-rd', 2022).schema;
  return { evaluate: (_category, data) => validator.validateFormData(data, schema), rjsf: true };
}
const NOW = '2021-11-01T10:00:00+08:00';
const ms = Number(values.slice);
const rounds = Number(values.rounds);

/** Evaluations per second of CPU time, over about `ms` of wall time. */
function slice(run) {
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 10; i++) run();
    n += 10;
  }
  const used = process.cpuUsage(cpu);
  return (n * 1e6) / (used.user + used.system);
}

const per = (x) => `${Math.round(x)}/s`.padStart(9);
const base = values.rjsf ? 'rjsf' : 'base';
const out = {};
for (const [name, data] of [
  ['eligible', eligible()],
  ['invalid', invalid()],
]) {
  const a = () => A.evaluate('key-rd', data, { year: 2022, now: NOW });
  const b = () => B.evaluate('key-rd', data, { year: 2022, now: NOW });
  if (!A.rjsf && JSON.stringify(a()) !== JSON.stringify(b())) process.stdout.write(`${name}: the two builds give different verdicts\n`);
  slice(a);
  slice(b);
  const ra = [];
  const rb = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2) {
      ra.push(slice(a));
      rb.push(slice(b));
    } else {
      rb.push(slice(b));
      ra.push(slice(a));
    }
  }
  const [ma, mb] = [median(ra), median(rb)];
  const [ba, bb] = [Math.max(...ra), Math.max(...rb)];
  process.stdout.write(
    `${name.padEnd(9)} median: ${base} ${per(ma)}  this ${per(mb)}  ×${(mb / ma).toFixed(2)}   best: ${base} ${per(ba)}  this ${per(bb)}  ×${(bb / ba).toFixed(2)}\n`,
  );
  out[name] = { base: ma, this: mb, ratio: mb / ma, best: { base: ba, this: bb, ratio: bb / ba } };
}
writeJsonOut(values.json, { base, unit: 'evaluations per second of CPU time', ...out });
