// guide-forms serve in operation: the OpenAPI document validates against the OpenAPI 3.1
// schema; a reload that fails (bad JSON, a lint error) keeps the old rules and one that
// passes swaps them; and the real process reloads on SIGHUP and finishes an in-flight
// request on SIGTERM before exiting 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineStore } from '../src/serve/engines.js';
import { REPO } from './run-cli.js';
import { example, listen, post, Q_NOW, tempDir, tempRoot } from './serve-helpers.js';

const parent = tempDir();
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(parent, { recursive: true, force: true });
});

const R14 = 'rules/2022/key-rd.rules.json';
function setR14Min(root: string, min: number): void {
  const path = join(root, R14);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { rules: { id: string; params: { min: number } }[] };
  file.rules.find((r) => r.id === 'R14')!.params.min = min;
  writeFileSync(path, JSON.stringify(file, null, 2));
}
function keyRdAt(amount: number): unknown {
  const data = example('forms/key-rd/examples/eligible.json') as { project: { totalRdInvestment: number; matchingFunds: number } };
  data.project.totalRdInvestment = amount;
  data.project.matchingFunds = 100; // 配套资金 stays below the total (R33.matching), so only R14 can speak

  return data;
}

describe('OpenAPI', () => {
  it('GET /openapi.json is OpenAPI 3.1 with every route and the verdict types, and validates', async () => {
    const server = await listen();
    try {
      const doc = (await (await fetch(`${server.base}/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
        components: { schemas: Record<string, unknown> };
      };
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual([
        '/health',
        '/v1/batch',
        '/v1/check',
        '/v1/check/{category}',
        '/v1/forms',
        '/v1/forms/{category}',
      ]);
      expect(Object.keys(doc.paths['/v1/check/{category}']!.post!.responses).sort()).toEqual(['200', '400', '404', '405', '413', '415']);
      for (const name of ['Verdict', 'SubmissionVerdict', 'Finding', 'SchemaError', 'Route', 'WindowState', 'Error']) {
        expect(doc.components.schemas[name], name).toBeDefined();
      }
      expect(JSON.stringify(doc.paths['/v1/check']!.post!.responses['200'])).toContain('#/components/schemas/SubmissionVerdict');
      const result = await new Validator().validate(doc as never);
      expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
      expect(result.valid).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('reload', () => {
  it('keeps the old rules when the new files do not parse or do not lint, and swaps when they pass', async () => {
    const root = tempRoot(parent);
    const server = await listen({ store: new EngineStore(root) });
    const r14 = async (): Promise<string[]> =>
      (
        (await (await post(`${server.base}/v1/check/key-rd?${Q_NOW}`, keyRdAt(250))).json()) as { findings: { rule: string }[] }
      ).findings.map((f) => f.rule);
    try {
      expect(await r14()).toEqual([]);
      const good = readFileSync(join(root, R14), 'utf8');

      writeFileSync(join(root, R14), good.replace('"rules": [', '"rules": [,'));
      const parse = await server.app.store.reload();
      expect(parse).toMatchObject({ ok: false, reason: expect.stringContaining('key-rd.rules.json') });
      expect(await r14()).toEqual([]);

      writeFileSync(join(root, R14), good);
      setR14Min(root, 300);
      const file = JSON.parse(readFileSync(join(root, R14), 'utf8'));
      file.rules.find((r: { id: string }) => r.id === 'R14').logic = { gte: [{ var: '/project/totalRdInvestment' }, { param: 'min' }] };
      writeFileSync(join(root, R14), JSON.stringify(file, null, 2));
      const lint = await server.app.store.reload();
      expect(lint).toMatchObject({ ok: false, reason: expect.stringMatching(/^lint: .*key-rd\.rules\.json.*R14/) });
      expect(await r14()).toEqual([]);

      writeFileSync(join(root, R14), good);
      setR14Min(root, 300);
      expect(await server.app.store.reload()).toMatchObject({ ok: true });
      expect(await r14()).toEqual(['R14']);
    } finally {
      await server.close();
    }
  });
});

/** Starts `guide-forms serve --port 0` in `cwd` and waits for its listening line. */
async function spawnServe(
  cwd: string,
): Promise<{ child: ChildProcess; base: string; lines: Record<string, unknown>[]; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, [join(REPO, 'packages/cli/bin/guide-forms.js'), 'serve', '--port', '0'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const lines: Record<string, unknown>[] = [];
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let buffer = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d) => reject(new Error(String(d))));
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
        buffer = buffer.slice(nl + 1);
        lines.push(line);
        if (line.event === 'listening') resolve(String(line.address));
        nl = buffer.indexOf('\n');
      }
    });
  });
  return { child, base, lines, exit };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1800 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(check()).toBe(true);
}

describe('the process', () => {
  it('SIGHUP reloads (a broken file is refused and logged), SIGTERM finishes the request in flight and exits 0', {
    timeout: 240_000,
  }, async () => {
    const root = tempRoot(parent);
    const { child, base, lines, exit } = await spawnServe(root);
    const listening = lines.find((l) => l.event === 'listening')!;
    expect(listening.listeningMs).toBeTypeOf('number');
    // Forms compile after the server listens; the log says when every one is done.
    await until(() => lines.some((l) => l.event === 'compiled'));
    expect(lines.findIndex((l) => l.event === 'compiled')).toBeGreaterThan(lines.indexOf(listening));

    writeFileSync(join(root, R14), '{ "year": 2022, ');
    child.kill('SIGHUP');
    await until(() => lines.some((l) => l.event === 'reload'));
    expect(lines.find((l) => l.event === 'reload')).toMatchObject({ ok: false, reason: expect.stringContaining('key-rd.rules.json') });
    expect((await post(`${base}/v1/check/key-rd?${Q_NOW}`, keyRdAt(250))).status).toBe(200);

    writeFileSync(join(root, R14), readFileSync(join(REPO, R14), 'utf8'));
    setR14Min(root, 300);
    child.kill('SIGHUP');
    await until(() => lines.filter((l) => l.event === 'reload').length === 2);
    expect(lines.filter((l) => l.event === 'reload')[1]).toMatchObject({ ok: true });
    const after = (await (await post(`${base}/v1/check/key-rd?${Q_NOW}`, keyRdAt(250))).json()) as { ok: boolean };
    expect(after.ok).toBe(false);

    // A request whose body is still arriving when SIGTERM comes is answered before the exit.
    const body = JSON.stringify(example('forms/key-rd/examples/eligible.json'));
    const answer = new Promise<{ status: number; ok: boolean }>((resolve, reject) => {
      const req = request(
        `${base}/v1/check/key-rd?${Q_NOW}`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, ok: (JSON.parse(text) as { ok: boolean }).ok }));
        },
      );
      req.on('error', reject);
      req.on('socket', (socket) =>
        socket.on('connect', () => {
          req.write(body.slice(0, 100));
          // Let the server start reading this request, then ask it to stop.
          setTimeout(() => {
            child.kill('SIGTERM');
            void until(() => lines.some((l) => l.event === 'closing')).then(() => req.end(body.slice(100)));
          }, 300);
        }),
      );
    });
    expect(await answer).toEqual({ status: 200, ok: true });
    expect(await exit).toBe(0);
    expect(lines.at(-1)).toMatchObject({ event: 'closed' });
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests.map((l) => l.status)).toEqual([200, 200, 200]);
  });
});
