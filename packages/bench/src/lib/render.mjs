// Time to first render of the key-rd form in headless Chromium: each page of build/pages/
// (size.mjs builds them) is loaded N times in a fresh browser context, the pages interleaved;
// the figure is the `form-rendered` mark each page sets when its library reports the form on
// screen (ms since navigation start: fetch from localhost, parse, run, render). One more load
// per page under the project's strict CSP (scripts/serve.mjs) says whether it works there.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../../scripts/chromium.mjs';
import { createStaticServer } from '../../../../scripts/serve.mjs';
import { BUILD } from './paths.mjs';
import { median } from './stats.mjs';

export const PAGES = ['guide-forms', 'rjsf', 'jsonforms', 'survey', 'formily', 'formio'];

/** The repository's static server over `root`; paths under /relaxed/ are served without the CSP header. */
export function server(root = join(BUILD, 'pages')) {
  const s = createStaticServer(root, { allow: ['/'] });
  const [handler] = s.listeners('request');
  s.removeAllListeners('request');
  s.on('request', (req, res) => {
    if (req.url?.startsWith('/relaxed/')) {
      req.url = req.url.slice('/relaxed'.length);
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (status, headers) => {
        if (headers && typeof headers === 'object') delete headers['content-security-policy'];
        return writeHead(status, headers);
      };
    }
    handler(req, res);
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

const COUNT_CONTROLS = () => {
  let n = 0;
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches('input:not([type=hidden]), textarea, select')) n++;
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return n;
};

/** One load of `url` in a fresh context: the `form-rendered` mark, first contentful paint, controls, CSP violations. */
export async function load(browser, url, { csp = false, extra = null } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = [];
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (csp) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations = [...(window.__violations ?? []), `${e.violatedDirective} ${e.blockedURI}`];
      });
    });
  }
  try {
    await page.goto(url, { waitUntil: 'load' });
    const ok = await page
      .waitForFunction(() => document.documentElement.dataset.rendered === 'yes', null, { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    const ms = ok ? await page.evaluate(() => performance.getEntriesByName('form-rendered')[0]?.startTime ?? null) : null;
    // The frame after the mark: the form laid out and painted (mark.js).
    const painted = ok
      ? await page
          .waitForFunction(() => document.documentElement.dataset.painted === 'yes', null, { timeout: 15_000 })
          .then(() => page.evaluate(() => performance.getEntriesByName('form-painted')[0]?.startTime ?? null))
          .catch(() => null)
      : null;
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    const controls = ok ? await page.evaluate(COUNT_CONTROLS) : 0;
    if (csp) violations.push(...(await page.evaluate(() => window.__violations ?? [])));
    // What else a caller reads from the loaded page (render-ab.mjs: when each script arrived).
    const more = ok && extra ? await page.evaluate(extra) : null;
    return { ok, ms, painted, fcp, controls, violations, errors, extra: more };
  } finally {
    await context.close();
  }
}

export async function measureRender({ loads = 15, pages = PAGES } = {}) {
  const srv = await server();
  const base = `http://127.0.0.1:${srv.address().port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const samples = Object.fromEntries(pages.map((p) => [p, []]));
    const info = {};
    for (const p of pages) info[p] = await load(browser, `${base}/relaxed/${p}/`); // warm-up, also the sanity check
    for (let i = 0; i < loads; i++) {
      for (let j = 0; j < pages.length; j++) {
        const p = pages[(i + j) % pages.length];
        const r = await load(browser, `${base}/relaxed/${p}/`);
        if (r.ok) samples[p].push(r);
      }
    }
    const strict = {};
    for (const p of pages) strict[p] = await load(browser, `${base}/${p}/`, { csp: true });
    const results = pages.map((p) => {
      const ms = samples[p].map((s) => s.ms);
      return {
        id: p,
        loads: ms.length,
        median: ms.length ? median(ms) : null,
        min: ms.length ? Math.min(...ms) : null,
        max: ms.length ? Math.max(...ms) : null,
        fcp: samples[p].length ? median(samples[p].map((s) => s.fcp ?? 0)) : null,
        inputs: info[p].controls,
        errors: info[p].errors.slice(0, 3).map((e) => e.slice(0, 160)),
        strictCsp: {
          rendered: strict[p].ok,
          violations: [...new Set(strict[p].violations)].slice(0, 4),
          errors: strict[p].errors.slice(0, 2).map((e) => e.slice(0, 160)),
        },
      };
    });
    const g = results[0]?.median ?? 1;
    for (const r of results) r.ratio = r.median === null ? null : r.median / g;
    return { loads, browser: browser.version(), results };
  } finally {
    await browser.close();
    await new Promise((r) => srv.close(r));
  }
}
