#!/usr/bin/env node
// Builds dist/guide-form.js (ESM, one chunk per form per year, loaded on demand) and
// dist/guide-form.iife.js (every form of every year), rules compiled to code and schemas checked
// by core's closures, so pages need no `unsafe-eval`. Every finalized year under rules/ is built,
// so a page asking for year="2022" keeps 2022's rules after 2023 is published; `--year Y`
// builds only Y. Every year left out (a draft, or not asked for) is named in the output.
// Run after `npm run build:ts`:  node packages/elements/scripts/build.mjs [--year Y] [--out DIR]
//
// The forms and rules come from GUIDE_FORMS_ROOT when it is set (the folder with forms/ and
// rules/, as every guide-forms command reads it), else from this repository. A root other
// than this repository gets its bundles in <root>/dist/ unless --out says otherwise.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundle, docxInlinedIn, filesForCategory, forbiddenIn, sizes } from './lib/bundle.mjs';
import { generate } from './lib/generate.mjs';

const elements = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(elements, '../..');
const root = process.env.GUIDE_FORMS_ROOT ? resolve(process.env.GUIDE_FORMS_ROOT) : repo;

const { values } = parseArgs({
  options: {
    year: { type: 'string' },
    out: { type: 'string' },
    form: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: node packages/elements/scripts/build.mjs [--year Y] [--out DIR] [--form CATEGORY[,CATEGORY…]]…\n' +
      '  --form key-rd   also writes guide-form.key-rd.js: the element and that one form in one file, for a page that shows only it\n',
  );
  process.exit(0);
}
/** The one-form bundles asked for (`--form a --form b` or `--form a,b`), each once. */
const forms = [
  ...new Set(
    (values.form ?? [])
      .flatMap((f) => f.split(','))
      .map((f) => f.trim())
      .filter(Boolean),
  ),
];
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
  process.stderr.write(`build: --year must be a four-digit year, got "${values.year}"\n`);
  process.exit(2);
}

const distDir = resolve(values.out ?? (root === repo ? join(elements, 'dist') : join(root, 'dist')));
// Generated sources must sit inside this package so the bundler resolves lit and core; another
// root's go to a folder of their own, removed afterwards.
mkdirSync(join(elements, 'src/generated'), { recursive: true });
const generatedDir = root === repo ? join(elements, 'src/generated') : mkdtempSync(join(elements, 'src/generated/.root-'));
const cleanUp = () => {
  if (root !== repo) rmSync(generatedDir, { recursive: true, force: true });
};
let generated;
try {
  generated = generate({ root, year: values.year ? Number(values.year) : undefined, outDir: generatedDir });
} catch (error) {
  cleanUp();
  // A GuideFormsError names its file and pointer (`rules/2022/key-rd.rules.json#/rules/3/logic: …`).
  process.stderr.write(`build: ${error.name === 'GuideFormsError' ? String(error) : error.message}\n`);
  process.exit(2);
}
const { dir, years, leftOut } = generated;
const built = new Set(years.flatMap((p) => p.forms.map((f) => f.category)));
const unknownForms = forms.filter((f) => !built.has(f));
if (unknownForms.length) {
  cleanUp();
  process.stderr.write(`build: --form ${unknownForms.join(', ')}: no such form in this build (forms: ${[...built].join(', ')})\n`);
  process.exit(2);
}
for (const prepared of years) {
  process.stdout.write(`generated ${relative(root, dir)}/${prepared.year}/: ${prepared.forms.map((f) => f.category).join(', ')}\n`);
  if (prepared.missing.length) {
    process.stdout.write(`warning: ${prepared.year} call.json lists forms without a schema, not bundled: ${prepared.missing.join(', ')}\n`);
  }
}
const REASON = { draft: '草稿 draft — run guide-forms rollover --finalize first', 'not asked for (--year)': '未选 not asked for (--year)' };
process.stdout.write(`years in this build: ${years.map((p) => p.year).join(', ')} (default ${years.at(-1).year})\n`);
for (const { year, reason } of leftOut) {
  process.stdout.write(`not in this build: ${year} — ${REASON[reason] ?? reason}; a page asking for year="${year}" gets an error\n`);
}

const [esm, iife, exportScript, englishScript, ...oneForm] = await bundle({ generatedDir: dir, distDir, forms }).finally(cleanUp);

const problems = [...forbiddenIn(distDir), ...docxInlinedIn(distDir)];
if (problems.length) {
  process.stderr.write(`build: output would need unsafe-eval or Node, or grew by the DOCX code:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(6)} K`;
const row = (name, s) => `${name.padEnd(44)} ${kb(s.min)} ${kb(s.gzip)}\n`;
process.stdout.write(`\n${'file'.padEnd(44)} ${'min'.padStart(8)} ${'gzip'.padStart(8)}\n`);
for (const chunk of [...esm, ...iife, ...exportScript, ...englishScript])
  process.stdout.write(row(chunk.fileName, sizes(join(distDir, chunk.fileName))));
process.stdout.write('\nwhat a page loads (ESM, one form):\n');
for (const prepared of years) {
  for (const { category } of prepared.forms) {
    const total = filesForCategory(esm, category, prepared.year)
      .map((f) => sizes(join(distDir, f)))
      .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
    process.stdout.write(row(`  ${prepared.year} ${category}`, total));
  }
}
if (forms.length) {
  process.stdout.write('\none-form bundles (the element and one form in one file; parts on demand stay chunks):\n');
  for (const i of forms.keys()) {
    const entry = oneForm[i].find((c) => c.isEntry);
    process.stdout.write(row(`  ${entry.fileName}`, sizes(join(distDir, entry.fileName))));
  }
}
process.stdout.write(
  '\n“下载Word版” loads the DOCX code on the first click only: guide-form.export-*.js (ESM), guide-form.export.iife.js (next to the IIFE)\n' +
    'lang="en" loads the English texts on demand: guide-form.*.en-*.js and guide-form.strings-en-*.js (ESM), guide-form.english.iife.js (next to the IIFE)\n',
);
process.stdout.write(`\nwrote ${relative(root, distDir)}/ (no require(, new Function, eval( or Function( in the output)\n`);
