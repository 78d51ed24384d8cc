#!/usr/bin/env node
// A small static server for the demo and the end-to-end tests, with a strict
// Content-Security-Policy: no inline script, no eval, no inline style attributes. It serves
// only what the demo needs (DEMO_PATHS), never hidden files or node_modules, never a file a
// symlink leads out of the root, and never redirects to another origin (docs/security.md).
// Requests under /v1/ are passed to `guide-forms serve` (--api, default http://127.0.0.1:8787),
// so the demo posts to its own origin: connect-src 'self' holds and the API needs no CORS.
//   node scripts/serve.mjs [--port 8080] [--root .] [--api http://127.0.0.1:8787]
// `--port 0` picks a free port; the first line printed is `listening on <url>`.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
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
  // The bench's pages (packages/bench) bundle icon fonts.
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/**
 * What the demo needs, as URL path prefixes: the page, the bundles, and the example
 * submissions its “用示例填写” button fetches. Nothing else of the repository is served —
 * not `.git/`, not `node_modules/`, not the sources.
 */
export const DEMO_PATHS = ['/docs/demo/', '/packages/elements/dist/', '/forms/'];

const HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res, status, text) {
  res.writeHead(status, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' });
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

/**
 * The URL path as decoded segments, or `null` when a segment could escape or hide: `.`/`..`,
 * a name starting with `.` (`.git`, `.env`), `node_modules`, or one that decodes to a
 * separator or NUL (`%2F`, `%5C`, `%00`). Segments are decoded one by one, so `%2F%2Fevil`
 * can never become `//evil` in a redirect.
 */
function segmentsOf(pathname) {
  const raw = pathname.split('/').slice(1);
  const out = [];
  for (const [i, part] of raw.entries()) {
    if (part === '' && i === raw.length - 1) break; // trailing slash
    let s;
    try {
      s = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (s === '' || s.startsWith('.') || s === 'node_modules' || /[\\/\0]/.test(s)) return null;
    out.push(s);
  }
  return out;
}

/** The same path, percent-encoded, with exactly one leading slash: never another origin. */
const hrefOf = (segments, slash) => `/${segments.map(encodeURIComponent).join('/')}${slash && segments.length ? '/' : ''}`;

/**
 * Serves files under `root`; `/dir/` serves `dir/index.html`; `/v1/…` goes to `api`. Only
 * paths under `allow` (default {@link DEMO_PATHS}) and files with a known type are served;
 * hidden files, `node_modules` and anything a symlink leads out of `root` are 404; a
 * directory redirect stays on this origin.
 *
 * @example
 * createStaticServer('.').listen(8080, '127.0.0.1');
 * createStaticServer('build/pages', { allow: ['/'] }); // everything of a built folder
 */
export function createStaticServer(root, { allow = DEMO_PATHS, api = DEFAULT_API } = {}) {
  const base = realpathSync(resolve(root));
  return createServer((req, res) => {
    if ((req.url ?? '').startsWith('/v1/')) return proxy(req, res, api);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return send(res, 400, 'bad request\n');
    }
    const segments = segmentsOf(pathname);
    if (segments === null) return send(res, 404, 'not found\n');
    const slash = pathname.endsWith('/');
    const href = hrefOf(segments, slash);
    const dirHref = hrefOf(segments, true);
    if (!allow.some((prefix) => href.startsWith(prefix) || dirHref === prefix || prefix.startsWith(`${dirHref}`))) {
      return send(res, 404, 'not found\n');
    }
    let file = join(base, ...segments);
    let stat;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        if (!slash) {
          res.writeHead(301, { ...HEADERS, location: dirHref });
          return res.end();
        }
        file = join(file, 'index.html');
        stat = statSync(file);
      }
      // A symlink inside the tree may point anywhere: serve only what really lies under root.
      const real = realpathSync(file);
      if (!real.startsWith(base + sep) || !stat.isFile()) throw new Error('outside');
    } catch {
      return send(res, 404, 'not found\n');
    }
    const type = TYPES[extname(file)];
    if (!type) return send(res, 404, 'not found\n');
    res.writeHead(200, { ...HEADERS, 'content-type': type, 'content-length': stat.size });
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
