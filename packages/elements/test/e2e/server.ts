/** Starts `scripts/serve.mjs` on a free port and Chromium, for the end-to-end tests. */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';

export const root = resolve(import.meta.dirname, '../../../..');

/** Builds the bundles when they are missing (`npm test` builds them before vitest runs). */
export function ensureBundles(): void {
  const dist = join(root, 'packages/elements/dist');
  if (existsSync(join(dist, 'guide-form.js')) && existsSync(join(dist, 'guide-form.iife.js'))) return;
  for (const [command, args] of [
    ['npm', ['run', 'build:ts']],
    ['node', ['packages/elements/scripts/build.mjs']],
  ] as const) {
    const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/** The static server with the strict CSP, on a free localhost port; `/v1/` goes to `api` when given. */
export async function startServer(api?: string): Promise<{ url: string; stop: () => void }> {
  const args = ['scripts/serve.mjs', '--port', '0', '--root', root, ...(api ? ['--api', api] : [])];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, args, { cwd: root });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const m = /listening on (\S+)/.exec(out);
      if (m) resolveUrl(m[1] as string);
    });
    child.stderr.on('data', (chunk: Buffer) => reject(new Error(`serve.mjs: ${String(chunk)}`)));
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url, stop: () => child.kill() };
}

/** Headless Chromium from Debian (Playwright cannot download its own here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * The bundles, the static server and Chromium for a test file: started before its tests, stopped
 * after them. Read `browser` and `url` inside the tests (they exist once `beforeAll` has run).
 */
export function useSiteAndBrowser(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: { url: string; stop: () => void } | undefined;
  beforeAll(async () => {
    ensureBundles();
    server = await startServer();
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSiteAndBrowser: read browser and url inside a test, after beforeAll');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
