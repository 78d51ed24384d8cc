// guide-forms serve over real HTTP on 127.0.0.1: every status code a backend relies on,
// errors as { error: { code, message } } in the requested language, 200 parallel requests,
// the same verdict as evaluate() for every example, and the request log.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, evaluateSubmission } from '@guide-forms/core/node';
import { exampleExpectation } from '@guide-forms/core/tooling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './run-cli.js';
import { example, listen, NOW, post, Q_NOW, type Running } from './serve-helpers.js';

let server: Running;
// Building the app compiles every form once: on a busy machine that outlasts the default hook timeout.
beforeAll(async () => {
  server = await listen();
}, 180_000);
afterAll(() => server.close());

async function error(res: Response): Promise<{ code: string; message: string }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.message).not.toMatch(/\n|\s{2}|at .*\.js/);
  return body.error;
}

const KEY_RD = 'forms/key-rd/examples/eligible.json';

describe('status codes', () => {
  it('200 with the verdict when ok, and when not ok', async () => {
    const ok = await post(`${server.base}/v1/check/key-rd?${Q_NOW}`, example(KEY_RD));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-guide-forms-ok')).toBe('true');
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    const blocked = await post(`${server.base}/v1/check/key-rd?${Q_NOW}`, example('forms/key-rd/examples/fail-R14.json'));
    expect(blocked.status).toBe(200);
    expect(blocked.headers.get('x-guide-forms-ok')).toBe('false');
    const v = (await blocked.json()) as { ok: boolean; findings: { rule: string }[] };
    expect(v.ok).toBe(false);
    expect(v.findings.map((f) => f.rule)).toContain('R14');
  });

  it('400 on malformed JSON, with line and column', async () => {
    const res = await post(`${server.base}/v1/check/key-rd`, '{\n  "unit": {,\n}', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const e = await error(res);
    expect(e.code).toBe('bad-json');
    expect(e.message).toContain('第 2 行第 12 列');
    const en = await post(`${server.base}/v1/check/key-rd?lang=en`, '{"a": tru}', { 'content-type': 'application/json' });
    expect((await error(en)).message).toMatch(/^Malformed JSON in the request body \(1:7/);
  });

  it('400 on JSON nested deeper than core reads, without a stack trace', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const res = await post(`${server.base}/v1/check/key-rd?lang=en`, deep, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const e = await error(res);
    expect(e.code).toBe('too-deep');
    expect(e.message).toMatch(/^The JSON body is nested too deeply \(1:\d+\)$/);
  });

  it('400 on an empty body, a bad query, an unreadable now, or a pair without a category', async () => {
    expect((await error(await fetch(`${server.base}/v1/check/key-rd`, { method: 'POST' }))).code).toBe('empty-body');
    const year = await post(`${server.base}/v1/check/key-rd?year=22`, {});
    expect(year.status).toBe(400);
    expect((await error(year)).code).toBe('bad-request');
    const typo = await post(`${server.base}/v1/check/key-rd?yaer=2022`, {});
    expect(typo.status).toBe(400);
    const now = await post(`${server.base}/v1/check/key-rd?now=tomorrow&lang=en`, {});
    expect(now.status).toBe(400);
    expect(await error(now)).toEqual({
      code: 'bad-now',
      message: '"now" is not an ISO-8601 moment: tomorrow (e.g. 2021-11-01T10:00:00+08:00)',
    });
    const pair = await post(`${server.base}/v1/check`, { data: {}, summary: {} });
    expect(pair.status).toBe(400);
    const self = await post(`${server.base}/v1/check`, { category: 'summary', data: {}, summary: {} });
    expect(self.status).toBe(400);
    expect((await error(self)).code).toBe('pair-category');
  });

  it('404 on an unknown category, year or path — in the requested language', async () => {
    const cat = await post(`${server.base}/v1/check/nope`, {});
    expect(cat.status).toBe(404);
    expect(await error(cat)).toMatchObject({ code: 'unknown-category', message: expect.stringContaining('未知的征集类别 "nope"') });
    const en = await post(`${server.base}/v1/check/nope`, {}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect((await error(en)).message).toMatch(/^Unknown category "nope"/);
    const year = await post(`${server.base}/v1/check/key-rd?year=2030`, {});
    expect(year.status).toBe(404);
    expect((await error(year)).code).toBe('unknown-year');
    const pairCat = await post(`${server.base}/v1/check`, { category: 'nope', data: {}, summary: {} });
    expect(pairCat.status).toBe(404);
    const form = await fetch(`${server.base}/v1/forms/nope?lang=en`);
    expect(form.status).toBe(404);
    const path = await fetch(`${server.base}/v2/check`);
    expect(path.status).toBe(404);
    expect((await error(path)).code).toBe('not-found');
  });

  it('405 with Allow on a known path and the wrong method', async () => {
    for (const [method, path, allow] of [
      ['GET', '/v1/check/key-rd', 'POST'],
      ['PUT', '/v1/check', 'POST'],
      ['POST', '/health', 'GET, HEAD'],
      ['DELETE', '/v1/forms/key-rd', 'GET, HEAD'],
    ] as const) {
      const res = await fetch(`${server.base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect((await error(res)).code).toBe('method-not-allowed');
    }
  });

  it('413 over the body limit', async () => {
    const small = await listen({ store: server.app.store, bodyLimit: 2048 });
    try {
      const res = await post(`${small.base}/v1/check/key-rd?lang=en`, example(KEY_RD));
      expect(res.status).toBe(413);
      expect(await error(res)).toEqual({ code: 'body-too-large', message: 'The request body is over the server’s limit' });
      expect((await post(`${small.base}/v1/check/key-rd`, { unit: {} })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('415 for anything but JSON; JSON with a charset or a +json type is read', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post(`${server.base}/v1/check/key-rd`, 'unit=1', { 'content-type': type });
      expect(res.status, type).toBe(415);
      expect((await error(res)).code).toBe('unsupported-media-type');
    }
    const body = JSON.stringify(example(KEY_RD));
    for (const type of ['application/json; charset=utf-8', 'application/vnd.guide-forms+json']) {
      expect((await post(`${server.base}/v1/check/key-rd?${Q_NOW}`, body, { 'content-type': type })).status, type).toBe(200);
    }
  });
});

describe('the same verdict as evaluate', () => {
  const forms = readdirSync(join(REPO, 'forms')).filter((d) => !d.startsWith('_'));

  it('for every example of every form, in both languages', async () => {
    let n = 0;
    for (const category of forms) {
      for (const file of readdirSync(join(REPO, 'forms', category, 'examples')).filter((f) => exampleExpectation(f))) {
        const data = example(`forms/${category}/examples/${file}`);
        for (const lang of ['zh-CN', 'en'] as const) {
          const res = await post(`${server.base}/v1/check/${category}?${Q_NOW}&lang=${lang}`, data);
          expect(res.status).toBe(200);
          expect(await res.json(), `${category}/${file} ${lang}`).toEqual(evaluate(category, data, { now: NOW, lang }));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(200);
  });

  it('for every pair example and every eligible pair', async () => {
    const pairs = readdirSync(join(REPO, 'forms/summary/pairs')).map((f) => example(`forms/summary/pairs/${f}`));
    for (const c of ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international']) {
      pairs.push({
        category: c,
        data: example(`forms/${c}/examples/eligible.json`),
        summary: example(`forms/summary/examples/eligible-${c}.json`),
      });
    }
    for (const pair of pairs) {
      const res = await post(`${server.base}/v1/check?${Q_NOW}`, pair);
      expect(res.status).toBe(200);
      const expected = evaluateSubmission(pair, { now: NOW });
      expect(res.headers.get('x-guide-forms-ok')).toBe(String(expected.ok));
      expect(await res.json()).toEqual(expected);
    }
  });

  it('200 requests in parallel are each answered with their own verdict', async () => {
    const cases = forms.flatMap((category) =>
      readdirSync(join(REPO, 'forms', category, 'examples'))
        .filter((f) => exampleExpectation(f))
        .map((file) => ({ category, data: example(`forms/${category}/examples/${file}`) })),
    );
    const batch = Array.from({ length: 200 }, (_, i) => cases[i % cases.length]!);
    const answers = await Promise.all(
      batch.map(async ({ category, data }, i) => {
        const lang = i % 2 ? 'en' : 'zh-CN';
        const res = await post(`${server.base}/v1/check/${category}?${Q_NOW}&lang=${lang}`, data);
        return { status: res.status, body: await res.json(), expected: evaluate(category, data, { now: NOW, lang }) };
      }),
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body).toEqual(a.expected);
    }
  });
});

describe('forms, health and the log', () => {
  it('GET /v1/forms lists years, titles and categories; /v1/forms/{category} the form in force and how to submit', async () => {
    const list = (await (await fetch(`${server.base}/v1/forms`)).json()) as {
      defaultYear: number;
      years: {
        year: number;
        title: Record<string, string>;
        summaryCategory: string;
        categories: { category: string; title: string; attachment?: string }[];
      }[];
    };
    expect(list.defaultYear).toBe(2022);
    expect(list.years[0]!.title['zh-CN']).toContain('2022');
    expect(list.years[0]!.summaryCategory).toBe('summary');
    expect(list.years[0]!.categories.find((c) => c.category === 'key-rd')).toMatchObject({
      title: '重点科技研发计划指南建议征集表',
      attachment: '附件2',
    });
    const form = (await (await fetch(`${server.base}/v1/forms/key-rd?year=2022`)).json()) as Record<string, unknown> & {
      rules: Record<string, unknown>[];
      howToSubmit: { platform: { url: string } } | null;
      schema: { properties: Record<string, unknown> };
    };
    expect(form.category).toBe('key-rd');
    expect(form.schema.properties.project).toBeDefined();
    expect(form.rules.find((r) => r.id === 'R14')).toMatchObject({ params: { min: 200 } });
    expect(form.rules.every((r) => !('tests' in r))).toBe(true);
    expect(form.howToSubmit?.platform.url).toMatch(/^http/);
  });

  it('GET /health', async () => {
    expect(await (await fetch(`${server.base}/health`)).json()).toEqual({ status: 'ok', years: [2022], defaultYear: 2022 });
  });

  it('logs one line per request — method, path, status, ms — and never the submission', async () => {
    const data = example(KEY_RD) as { unit: { mobile: string; contactName: string } };
    const before = server.logs.length;
    await post(`${server.base}/v1/check/key-rd?${Q_NOW}`, data);
    await fetch(`${server.base}/v1/check/key-rd`);
    const lines = server.logs.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['POST', '/v1/check/key-rd', 200],
      ['GET', '/v1/check/key-rd', 405],
    ]);
    expect(typeof lines[0]!.ms).toBe('number');
    const all = server.logs.join('\n');
    expect(all).not.toContain(data.unit.mobile);
    expect(all).not.toContain(data.unit.contactName);
    expect(all).not.toContain('now=');
  });
});
