import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type ServeOptions } from '../src/serve/app.js';
import { REPO } from './run-cli.js';

/** A moment inside the 2022 window, URL-encoded for a query. */
export const NOW = '2021-11-01T10:00:00+08:00';
export const Q_NOW = `now=${encodeURIComponent(NOW)}`;

/** A server listening on 127.0.0.1 on a free port, with its log lines captured. */
export interface Running {
  app: FastifyInstance;
  base: string;
  logs: string[];
  close(): Promise<void>;
}

/** Builds the app and listens on 127.0.0.1:0 (real HTTP). */
export async function listen(options: ServeOptions = {}): Promise<Running> {
  const logs: string[] = [];
  const app = await buildApp({ root: REPO, ...options, log: { write: (line: string) => void logs.push(line) } });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, base, logs, close: () => app.close() };
}

/** A parsed example file of the repository. */
export function example(rel: string): unknown {
  return JSON.parse(readFileSync(join(REPO, rel), 'utf8'));
}

/** POSTs a JSON value (or raw text with its own content type). */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const raw = typeof body === 'string' && headers['content-type'] !== undefined;
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: raw ? (body as string) : JSON.stringify(body),
  });
}

/** A copy of forms/ and rules/ in a temporary folder, to edit. */
export function tempRoot(parent: string): string {
  const root = mkdtempSync(join(parent, 'root-'));
  cpSync(join(REPO, 'forms'), join(root, 'forms'), { recursive: true });
  mkdirSync(join(root, 'rules'));
  cpSync(join(REPO, 'rules', '2022'), join(root, 'rules', '2022'), { recursive: true });
  return root;
}

/** A temporary parent folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gf-serve-'));
}
