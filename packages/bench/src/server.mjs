#!/usr/bin/env node
// Checks per second of one key-rd submission through `guide-forms serve` (Fastify on
// 127.0.0.1, JSON over keep-alive HTTP, N requests in flight) against `evaluate` called
// in-process, as a ratio. Rounds are interleaved (in-process, HTTP, in-process, …) after a
// warm-up; the figure is the median round. Needs `npm run build:ts` (the CLI runs from dist).
//   node packages/bench/src/server.mjs [--rounds 9] [--slice 1000] [--concurrency 8]
import { parseArgs } from 'node:util';
import { evaluate } from '@guide-forms/core';
import { eligible } from './lib/data.mjs';
import { median } from './lib/stats.mjs';
import { startSection } from './server-start.mjs';

const NOW = '2021-11-01T10:00:00+08:00';

/** Calls evaluate for about `ms`; calls per second. */
function inProcess(data, ms) {
  let n = 0;
  const start = performance.now();
  let now = start;
  while (now < start + ms) {
    for (let i = 0; i < 8; i++) evaluate('key-rd', data, { now: NOW });
    n += 8;
    now = performance.now();
  }
  return (n * 1000) / (now - start);
}

/** Keeps `concurrency` requests in flight for about `ms`; answered requests per second (all must be 200 and ok). */
async function overHttp(url, body, ms, concurrency) {
  let n = 0;
  let wrong = 0;
  const start = performance.now();
  const end = start + ms;
  const worker = async () => {
    while (performance.now() < end) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const verdict = await res.json();
      if (res.status !== 200 || verdict.ok !== true) wrong++;
      n++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { perSec: (n * 1000) / (performance.now() - start), wrong };
}

/**
 * Measures the server against in-process `evaluate`. The server runs in this process, so
 * both share the CPU the way a deployment shares it with its client on one machine.
 */
export async function measureServer({ rounds = 9, sliceMs = 1000, concurrency = 8 } = {}) {
  const { buildApp } = await import(new URL('../../cli/dist/serve/app.js', import.meta.url).href);
  const app = await buildApp({ log: false });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const data = eligible();
    const body = JSON.stringify(data);
    const url = `${base}/v1/check/key-rd?now=${encodeURIComponent(NOW)}`;
    inProcess(data, 400);
    await overHttp(url, body, 400, concurrency);
    const local = [];
    const http = [];
    let wrong = 0;
    for (let r = 0; r < rounds; r++) {
      const first = r % 2 === 0;
      if (first) local.push(inProcess(data, sliceMs));
      const h = await overHttp(url, body, sliceMs, concurrency);
      http.push(h.perSec);
      wrong += h.wrong;
      if (!first) local.push(inProcess(data, sliceMs));
    }
    const evaluatePerSec = median(local);
    const httpPerSec = median(http);
    return {
      rounds,
      sliceMs,
      concurrency,
      bodyBytes: Buffer.byteLength(body),
      evaluatePerSec,
      evaluateRange: [Math.min(...local), Math.max(...local)],
      httpPerSec,
      httpRange: [Math.min(...http), Math.max(...http)],
      ratio: httpPerSec / evaluatePerSec,
      wrong,
    };
  } finally {
    await app.close();
  }
}

/** Section 4 of RESULTS.md. */
export function serverSection(server) {
  const n = (v) => Math.round(v).toLocaleString('en');
  return [
    '## 4. The check over HTTP (`guide-forms serve`)',
    '',
    `Checks per second of the key-rd eligible example (${server.bodyBytes} bytes of JSON): \`evaluate\` called in-process against`,
    `\`POST /v1/check/key-rd\` to \`guide-forms serve\` on 127.0.0.1 (Fastify, keep-alive, ${server.concurrency} requests in flight, client and server`,
    `in the same Node process, each answer parsed and checked ok). ${server.rounds} interleaved rounds of ${server.sliceMs} ms; median, min–max in brackets.`,
    '',
    '| how | checks/s | range | ratio |',
    '|---|--:|--:|--:|',
    `| \`evaluate\` in-process | ${n(server.evaluatePerSec)} | ${n(server.evaluateRange[0])}–${n(server.evaluateRange[1])} | 1× |`,
    `| HTTP, \`guide-forms serve\` | ${n(server.httpPerSec)} | ${n(server.httpRange[0])}–${n(server.httpRange[1])} | ${server.ratio.toFixed(2)}× |`,
    '',
    `Wrong answers: ${server.wrong}. The ratio is what a backend pays for calling over HTTP instead of linking core: JSON parsing of the`,
    "body, the verdict's serialisation and the HTTP round trip on top of the same `evaluate`.",
    '',
    ...(server.start ? [startSection(server.start)] : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '9' },
      slice: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  const r = await measureServer({ rounds: Number(values.rounds), sliceMs: Number(values.slice), concurrency: Number(values.concurrency) });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
