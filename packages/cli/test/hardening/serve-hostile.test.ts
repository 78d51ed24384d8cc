// Issue 14: `guide-forms serve` answers hostile requests — malformed, huge, deep or non-UTF-8
// bodies, wrong content types, control characters, prototype keys, random bodies — with a
// verdict (200) or one JSON error line (4xx), never a 500 and never a stack trace.
import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionFor } from '../../../core/test/fuzz/arbitraries.js';
import { REPO } from '../run-cli.js';
import { example, listen, post, Q_NOW, type Running } from '../serve-helpers.js';

let server: Running;
beforeAll(async () => {
  server = await listen();
}, 60_000);
afterAll(() => server?.close());

const url = (path: string) => `${server.base}${path}`;
const STACK = /\n\s+at .*:\d+:\d+/;

/** A raw POST: bytes as given, any content type (or none). */
function raw(path: string, body: Uint8Array | string, contentType?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url(path));
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: `${u.pathname}${u.search}`,
        method: 'POST',
        headers: contentType ? { 'content-type': contentType } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The error answer: one JSON object `{ error: { code, message } }` with a one-line message. */
function errorOf(text: string): { code: string; message: string } {
  const body = JSON.parse(text) as { error: { code: string; message: string } };
  expect(body.error.message).not.toMatch(/\n/);
  expect(text).not.toMatch(STACK);
  return body.error;
}

const keyRd = () => example('forms/key-rd/examples/eligible.json') as { project: Record<string, unknown>; unit: Record<string, unknown> };

describe('guide-forms serve on hostile bodies', () => {
  it.each([
    ['truncated JSON', '{"unit":{"unitName":"大连', 'bad-json'],
    ['a trailing comma', '{"a":1,}', 'bad-json'],
    ['a comment', '{"a":1 /* x */}', 'bad-json'],
    ['NaN', '{"a":NaN}', 'bad-json'],
    ['nested 10,000 levels', `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'too-deep'],
    ['199.999999999999999', '{"project":{"totalRdInvestment":199.999999999999999}}', 'inexact-number'],
    ['1e999', '{"project":{"totalRdInvestment":1e999}}', 'inexact-number'],
  ])('%s → 400 %s', async (_, body, code) => {
    const r = await raw(`/v1/check/key-rd?${Q_NOW}`, body, 'application/json');
    expect(r.status).toBe(400);
    expect(errorOf(r.text).code).toBe(code);
  });

  it('a GBK body → 400 bad-encoding, even when it says charset=gbk', async () => {
    const gbk = Uint8Array.from([...Buffer.from('{"unit":{"unitName":"'), 0xb4, 0xf3, 0xc1, 0xac, ...Buffer.from('"}}')]);
    for (const type of ['application/json', 'application/json; charset=gbk']) {
      const r = await raw(`/v1/check/key-rd?${Q_NOW}`, gbk, type);
      expect(r.status).toBe(400);
      expect(errorOf(r.text).code).toBe('bad-encoding');
    }
  });

  it('over the 1 MiB body limit → 413', async () => {
    const r = await raw(`/v1/check/key-rd?${Q_NOW}`, JSON.stringify({ a: 'x'.repeat(1 << 20) }), 'application/json');
    expect(r.status).toBe(413);
    expect(errorOf(r.text).code).toBe('body-too-large');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/json'])(
    'Content-Type %s → 415',
    async (type) => {
      const r = await raw(`/v1/check/key-rd?${Q_NOW}`, '{}', type);
      expect(r.status).toBe(415);
      expect(errorOf(r.text).code).toBe('unsupported-media-type');
    },
  );

  it('no Content-Type → 415', async () => {
    const r = await raw(`/v1/check/key-rd?${Q_NOW}`, '{}');
    expect(r.status).toBe(415);
  });

  it('nested past the data limit but within the text limit → a verdict with one maxDepth error', async () => {
    const data = { ...keyRd(), extra: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) };
    const r = await post(url(`/v1/check/key-rd?${Q_NOW}`), data);
    expect(r.status).toBe(200);
    const v = (await r.json()) as { ok: boolean; errors: { keyword: string }[] };
    expect(v.ok).toBe(false);
    expect(v.errors.filter((e) => e.keyword === 'maxDepth')).toHaveLength(1);
  });

  it('control characters and prototype keys are data: a verdict, nothing polluted, valid JSON out', async () => {
    const data = keyRd();
    data.unit.unitName = '\u001b[2J\u001b[31mFAKE: 通过 OK\u009b\u202e';
    const body = JSON.stringify(data).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    const r = await raw(`/v1/check/key-rd?${Q_NOW}`, body, 'application/json');
    expect(r.status).toBe(200);
    JSON.parse(r.text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an object where a string is expected → 200 with schema errors', async () => {
    const r = await post(url(`/v1/check/key-rd?${Q_NOW}`), { classification: { category: {}, domain: {} } });
    expect(r.status).toBe(200);
    const v = (await r.json()) as { valid: boolean; route: unknown };
    expect(v.valid).toBe(false);
    expect(v.route).toBeNull();
  });

  it.each([
    ['/v1/check/key-rd?lang=%1B%5B2J', 400],
    ['/v1/check/key-rd?now=not-a-date', 400],
    ['/v1/check/key-rd?year=20%0A22', 400],
    ['/v1/check/%1B%5B2J', 404],
    ['/v1/check/__proto__', 404],
    ['/v1/check/constructor', 404],
  ])('%s → %s with one JSON error line', async (path, status) => {
    for (const lang of ['zh-CN', 'en']) {
      const r = await raw(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, '{}', 'application/json');
      expect(r.status).toBe(status);
      const error = errorOf(r.text);
      expect(error.message.includes('\u001b')).toBe(false);
    }
  });
});

describe('guide-forms serve on fuzzed bodies', () => {
  it.each(['key-rd', 'summary'])(
    '%s: a verdict or a 4xx JSON error, never 500 (40 bodies)',
    async (category) => {
      const body = fc.oneof(
        submissionFor(REPO, category).map((d) => JSON.stringify(d) ?? 'null'),
        fc.string({ unit: 'binary', maxLength: 200 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          const r = await raw(`/v1/check/${category}?${Q_NOW}`, text, 'application/json');
          expect(r.status).toBeLessThan(500);
          expect(r.text).not.toMatch(STACK);
          if (r.status === 200) expect(typeof (JSON.parse(r.text) as { ok: unknown }).ok).toBe('boolean');
          else errorOf(r.text);
        }),
        { numRuns: 40 },
      );
    },
    60_000,
  );
});
