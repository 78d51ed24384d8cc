// The bench's guide-forms page (§1, §3, render-ab, render-cpu, profile-render) as docs/embedding.md embeds the
// element: the host's HTML names the entry, `<script type="module" src="…/guide-form.js">`, and
// the host's own code — here `src/pages/guide-forms.js` with `mark.js` — is bundled by esbuild like
// every anchor's page (each anchor's library, page code and `mark.js` are one `page.js`). The entry
// stays the build's own file (`./dist/guide-form.js`, external): its chunks are what is measured.
//
// Before 2026-11-29 (RESULTS §17) `page.js` was copied unbundled and was the only thing the HTML
// named: the browser found the entry and `mark.js` only once `page.js` had arrived and been parsed,
// a round trip no anchor paid and a documented embed does not make.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BENCH } from './paths.mjs';

/** The entry as the page's HTML and `page.js` name it (the build's dist copied to `<out>/dist/`). */
export const ENTRY = './dist/guide-form.js';

/**
 * Writes `<out>/page.js` (bundled, the entry external) and `<out>/index.html`; the caller puts the
 * build's dist in `<out>/dist/`. `entry` names another entry of that dist (`./dist/guide-form.key-rd.js`,
 * a one-form bundle) for the HTML and the page code.
 *
 * @example
 * await writeGuideFormsPage('/tmp/page'); // then cpSync(dist, '/tmp/page/dist', { recursive: true })
 */
export async function writeGuideFormsPage(out, entry = ENTRY) {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { page: join(BENCH, 'src/pages/guide-forms.js') },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: [ENTRY],
    legalComments: 'none',
    outdir: out,
    logLevel: 'error',
  });
  // Another entry of the build (a one-form bundle, `build.mjs --form`): the page imports it instead.
  if (entry !== ENTRY) {
    const page = join(out, 'page.js');
    writeFileSync(page, readFileSync(page, 'utf8').replaceAll(JSON.stringify(ENTRY), JSON.stringify(entry)));
  }
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>guide-forms</title></head>
<body><div id="app"></div><script type="module" src="${entry}"></script><script type="module" src="page.js"></script></body></html>
`,
  );
}
