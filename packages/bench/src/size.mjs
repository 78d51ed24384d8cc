#!/usr/bin/env node
// Page weight of the key-rd form: guide-forms' production build against a minimal page per
// anchor that renders the same form with validation. Anchor pages are bundled with esbuild
// (minify, browser, ESM, NODE_ENV=production); sizes are min and gzip -9 bytes of everything
// the page loads (JS, and the CSS the library needs to look right). Writes build/size.json and
// build/pages/<id>/ (served by the render timing).
//   node packages/bench/src/size.mjs            (run `npm run build:ts` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getForm } from '@guide-forms/core';
import { build } from 'esbuild';
import { toFormily } from './converters/formily.mjs';
import { toFormio } from './converters/formio.mjs';
import { toJsonForms } from './converters/jsonforms.mjs';
import { toRjsf } from './converters/rjsf.mjs';
import { toSurvey } from './converters/survey.mjs';
import { writeGuideFormsPage } from './lib/guide-forms-page.mjs';
import { BENCH, BUILD, ROOT } from './lib/paths.mjs';

/** The anchors: page entry, packages whose versions the report names, what the page holds. */
export const ANCHORS = [
  {
    id: 'rjsf',
    name: 'react-jsonschema-form',
    entry: 'rjsf.jsx',
    packages: ['@rjsf/core', '@rjsf/utils', '@rjsf/validator-ajv8', 'react', 'react-dom'],
    includes:
      'React 19 + react-dom, @rjsf/core default (unstyled Bootstrap-3 markup) theme, validator-ajv8 (ajv compiles the schema in the browser)',
  },
  {
    id: 'jsonforms',
    name: 'JSON Forms',
    entry: 'jsonforms.jsx',
    packages: ['@jsonforms/core', '@jsonforms/react', '@jsonforms/vanilla-renderers', 'react', 'react-dom'],
    includes: "React 19 + react-dom, @jsonforms/react + vanilla renderers (unstyled), JSON Forms' ajv (compiles in the browser)",
  },
  {
    id: 'survey',
    name: 'SurveyJS',
    entry: 'survey.js',
    packages: ['survey-core', 'survey-js-ui'],
    includes:
      'survey-core + survey-js-ui (framework-free UI, Preact bundled) + the default theme stylesheet (its fontless variant: the normal one fetches Open Sans from Google Fonts)',
  },
  {
    id: 'formily',
    name: 'Formily',
    entry: 'formily.jsx',
    packages: ['@formily/core', '@formily/react', '@formily/json-schema', 'react', 'react-dom'],
    includes:
      'React 19 + react-dom, @formily/core + @formily/react + json-schema, ~12 hand-written plain-HTML widgets (no antd/Fusion adapter)',
  },
  {
    id: 'formio',
    name: 'Form.io',
    entry: 'formio.js',
    packages: ['@formio/js', '@formio/core'],
    includes: '@formio/js/form (renderer, no builder) + formio.form.min.css; Bootstrap CSS the templates expect is not counted',
  },
];

export const FORBIDDEN = [
  { what: 'new Function', re: /\bnew Function\b/ },
  { what: 'eval(', re: /\beval\(/ },
  { what: 'Function(', re: /[^.\w]Function\(/ },
];

export function version(pkg) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

const measure = (buf) => ({ min: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip });
const ZERO = { min: 0, gzip: 0 };

function html(title, css) {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${css ? '<link rel="stylesheet" href="page.css">' : ''}</head>
<body><div id="app"></div><script type="module" src="page.js"></script></body></html>
`;
}

/** Writes the converted form of each anchor to build/input/<id>.json. */
export function writeInputs() {
  const schema = getForm('key-rd', 2022).schema;
  const dir = join(BUILD, 'input');
  mkdirSync(dir, { recursive: true });
  const inputs = {
    rjsf: toRjsf(schema),
    jsonforms: toJsonForms(schema),
    survey: toSurvey(schema),
    formily: toFormily(schema),
    formio: toFormio(schema),
  };
  for (const [id, value] of Object.entries(inputs)) writeFileSync(join(dir, `${id}.json`), JSON.stringify(value));
  return inputs;
}

/** Builds one anchor's page into build/pages/<id>/ (esbuild, minified); `writeInputs()` first. */
export async function buildAnchor(anchor) {
  const out = join(BUILD, 'pages', anchor.id);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: { page: join(BENCH, 'src/pages', anchor.entry) },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' },
    legalComments: 'none',
    outdir: out,
    metafile: true,
    logLevel: 'error',
  });
  const js = readFileSync(join(out, 'page.js'));
  const cssPath = join(out, 'page.css');
  const css = existsSync(cssPath) ? readFileSync(cssPath) : null;
  writeFileSync(join(out, 'index.html'), html(anchor.name, css !== null));
  const text = js.toString('utf8');
  return {
    id: anchor.id,
    name: anchor.name,
    includes: anchor.includes,
    versions: Object.fromEntries(anchor.packages.map((p) => [p, version(p)])),
    files: [relative(BUILD, join(out, 'page.js')), ...(css ? [relative(BUILD, cssPath)] : [])],
    js: measure(js),
    css: css ? measure(css) : ZERO,
    needsEval: FORBIDDEN.filter(({ re }) => re.test(text)).map(({ what }) => what),
    inputs: Object.keys(result.metafile.inputs).length,
  };
}

/** Static and dynamic `import` specifiers of a built chunk. */
export function importsOf(code) {
  const stat = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => m[1]);
  const dyn = [...code.matchAll(/import\(\s*["'](\.\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
  return { stat, dyn };
}

/** guide-forms: the elements build into build/pages/guide-forms/dist, then the files a key-rd page loads. */
async function buildGuideForms() {
  const out = join(BUILD, 'pages', 'guide-forms');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const dist = join(out, 'dist');
  const r = spawnSync(process.execPath, [join(ROOT, 'packages/elements/scripts/build.mjs'), '--out', dist], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`guide-forms build failed:\n${r.stdout}\n${r.stderr}`);
  await writeGuideFormsPage(out);
  // Entry + its static imports, the key-rd chunk it imports on demand + that chunk's static imports.
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of importsOf(readFileSync(join(dist, file), 'utf8')).stat) visit(dep.replace('./', ''));
  };
  visit('guide-form.js');
  const formChunk = importsOf(readFileSync(join(dist, 'guide-form.js'), 'utf8')).dyn.find((f) => /key-rd/.test(f));
  if (!formChunk) throw new Error('no key-rd chunk imported by dist/guide-form.js');
  visit(formChunk.replace('./', ''));
  // The paper actions (打印, 下载Word版) follow the form on screen without a click: part of the page
  // (in the entry since i13g; a chunk of their own in older builds).
  const paperChunk = importsOf(readFileSync(join(dist, 'guide-form.js'), 'utf8')).dyn.find((f) => /guide-form\.paper-/.test(f));
  if (paperChunk) visit(paperChunk.replace('./', ''));
  const files = [...seen];
  const js = files.map((f) => measure(readFileSync(join(dist, f)))).reduce(add, ZERO);
  const text = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  return {
    id: 'guide-forms',
    name: 'guide-forms',
    includes:
      'dist/guide-form.js (with the paper actions) + the key-rd chunk + the year’s common chunk they import: Lit, renderer, styles, core engine with its schema check, the schema and rules compiled at build time. Not counted: what loads on demand (the review on 提交, draft notices, the month widget, English texts, the DOCX code)',
    versions: { lit: version('lit'), ajv: version('ajv') },
    files: files.map((f) => relative(BUILD, join(dist, f))),
    js,
    css: ZERO,
    needsEval: FORBIDDEN.filter(({ re }) => re.test(text)).map(({ what }) => what),
    buildLog: r.stdout,
  };
}

export async function measureSize() {
  writeInputs();
  const rows = [await buildGuideForms()];
  for (const anchor of ANCHORS) rows.push(await buildAnchor(anchor));
  const base = add(rows[0].js, rows[0].css);
  for (const row of rows) {
    row.total = add(row.js, row.css);
    row.ratio = { min: row.total.min / base.min, gzip: row.total.gzip / base.gzip };
  }
  return { rows };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await measureSize();
  writeFileSync(join(BUILD, 'size.json'), `${JSON.stringify(size, null, 2)}\n`);
  const k = (n) => `${(n / 1024).toFixed(1)} K`.padStart(9);
  for (const r of size.rows) {
    process.stdout.write(
      `${r.id.padEnd(12)} js ${k(r.js.min)} ${k(r.js.gzip)}  css ${k(r.css.min)} ${k(r.css.gzip)}  total ${k(r.total.min)} ${k(r.total.gzip)}  ×${r.ratio.gzip.toFixed(1)} gzip ${r.needsEval.join(',')}\n`,
    );
  }
}
