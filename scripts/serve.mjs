#!/usr/bin/env node
// A small static server for the demo and the end-to-end tests, with a strict
// Content-Security-Policy: no inline script, no eval, no inline style attributes.
// Requests under /v1/ are passed to `guide-forms serve` (--api, default http://127.0.0.1:8787),
// so the demo posts to its own origin: connect-src 'self' holds and the API needs no CORS.
//   node scripts/serve.mjs [--port 8080] [--root .] [--api http://127.0.0.1:8787]
// `--port 0` picks a free port; the first line printed is `listening on <url>`.
import { createReadStream, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** The policy every response carries. `'self'` only; `data:` images for inline icons. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CSP });
  res.end(text);
}

/** Where `/v1/` requests go unless --api says otherwise: `guide-forms serve`'s default address. */
export const DEFAULT_API = 'http://127.0.0.1:8787';

/** Passes a `/v1/` request to the API; 502 with a JSON error when nothing answers there. */
function proxy(req, res, api) {
  const target = new URL(req.url ?? '/', api);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host }, timeout: 15_000 }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-security-policy': CSP });
    answer.pipe(res);
  });
  const fail = (error) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'content-security-policy': CSP });
    res.end(
      JSON.stringify({
        error: 'api-unreachable',
        message: `guide-forms serve is not answering at ${api} (${error.code ?? error.message})`,
      }),
    );
  };
  upstream.on('timeout', () => upstream.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
  upstream.on('error', fail);
  req.pipe(upstream);
}

/** Serves files under `root`; `/dir/` serves `dir/index.html`; `/v1/…` goes to `api`. */
export function createStaticServer(root, { api = DEFAULT_API } = {}) {
  const base = resolve(root);
  return createServer((req, res) => {
    if ((req.url ?? '').startsWith('/v1/')) return proxy(req, res, api);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'bad request\n');
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return send(res, 403, 'forbidden\n');
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/`, 'content-security-policy': CSP });
          return res.end();
        }
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return send(res, 404, `not found: ${path}\n`);
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      root: { type: 'string', default: '.' },
      api: { type: 'string', default: DEFAULT_API },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve: --port must be 0–65535, got "${values.port}"\n`);
    process.exit(2);
  }
  if (!URL.canParse(values.api) || !/^https?:$/.test(new URL(values.api).protocol)) {
    process.stderr.write(`serve: --api must be an http(s) URL, got "${values.api}"\n`);
    process.exit(2);
  }
  const server = createStaticServer(values.root, { api: values.api });
  server.on('error', (error) => {
    process.stderr.write(`serve: ${error.message}\n`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}/`;
    process.stdout.write(`listening on ${url} (root ${resolve(values.root)})\n`);
    process.stdout.write(`demo: ${url}docs/demo/ (checks go to ${values.api} via /v1/)\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
