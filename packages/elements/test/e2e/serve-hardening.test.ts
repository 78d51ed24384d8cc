/**
 * Issue 14: the demo server (scripts/serve.mjs) serves only what the demo needs, never
 * redirects off-site, never serves .git/ or node_modules/, never follows a symlink out of
 * its root. Requests are sent raw (node:http), so no client normalises `..` or `%2F` first.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../../scripts/serve.mjs';

let dir: string;
let outside: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gf-serve-'));
  outside = mkdtempSync(join(tmpdir(), 'gf-serve-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  const root = join(dir, 'root');
  for (const d of ['docs/demo', 'packages/elements/dist', 'forms/key-rd/examples', '.git', 'node_modules/x', 'docs/demo/.hidden']) {
    mkdirSync(join(root, d), { recursive: true });
  }
  writeFileSync(join(root, 'docs/demo/index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(root, 'docs/demo/demo.js'), 'export {};');
  writeFileSync(join(root, 'packages/elements/dist/guide-form.js'), 'export {};');
  writeFileSync(join(root, 'forms/key-rd/examples/eligible.json'), '{}');
  writeFileSync(join(root, '.git/config'), '[core]');
  writeFileSync(join(root, 'node_modules/x/index.js'), 'x');
  writeFileSync(join(root, 'docs/demo/.hidden/a.js'), 'x');
  writeFileSync(join(root, 'package.json'), '{}');
  writeFileSync(join(root, 'docs/demo/unknown.exe'), 'MZ');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'docs/demo/link.txt'));
  symlinkSync(outside, join(root, 'docs/demo/out'));
  symlinkSync(join(root, 'docs/demo/demo.js'), join(root, 'docs/demo/inside.js'));
  server = createStaticServer(root);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as { port: number }).port;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

function get(
  path: string,
  method = 'GET',
): Promise<{ status: number; location: string | undefined; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  it('serves the demo, the bundles and the examples, with the strict CSP', async () => {
    for (const path of [
      '/docs/demo/',
      '/docs/demo/demo.js',
      '/packages/elements/dist/guide-form.js',
      '/forms/key-rd/examples/eligible.json',
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('/docs/demo/inside.js')).status).toBe(200); // a symlink that stays inside
  });

  it.each([
    '/%2F%2Fevil.example%2F..%2Fdocs%2Fdemo',
    '/%2F%2Fevil.example/docs/demo',
    '/docs/demo/%2F%2Fevil.example',
    '/%5C%5Cevil.example/docs/demo',
  ])('never redirects %s off-site (404)', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.location).toBeUndefined();
  });

  it('redirects a directory only to the same path on this origin', async () => {
    const r = await get('/docs/demo?x=//evil.example');
    expect(r.status).toBe(301);
    expect(r.location).toBe('/docs/demo/');
    // The URL parser resolves %2e%2e itself; what is left is a path on this origin.
    expect((await get('/docs/%2e%2e/docs/demo')).location).toBe('/docs/demo/');
  });

  it.each([
    '/.git/config',
    '/.git/',
    '/node_modules/x/index.js',
    '/docs/demo/.hidden/a.js',
    '/package.json',
    '/docs/demo/../../package.json',
    '/docs/demo/%2e%2e/%2e%2e/package.json',
    '/docs/demo/..%2F..%2Fpackage.json',
    '/docs/demo/%00.js',
    '/docs/demo/unknown.exe',
    '/docs/demo/link.txt',
    '/docs/demo/out/secret.txt',
    '/',
    '/docs/demo/%E0%A4%A',
  ])('refuses %s (404, nothing leaked)', async (path) => {
    const r = await get(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('SECRET');
    expect(r.body).not.toContain('[core]');
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('/docs/demo/', 'POST')).status).toBe(405);
    expect((await get('/docs/demo/', 'HEAD')).status).toBe(200);
  });
});
