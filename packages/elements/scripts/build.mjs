#!/usr/bin/env node
// Builds dist/guide-form.js (ESM, one chunk per form) and dist/guide-form.iife.js (every
// form) with validators precompiled by ajv standalone, so pages need no `unsafe-eval`.
// Run after `npm run build:ts`:  node packages/elements/scripts/build.mjs [--year Y] [--out DIR]
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundle, filesForCategory, forbiddenIn, sizes } from './lib/bundle.mjs';
import { generate } from './lib/generate.mjs';

const elements = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(elements, '../..');

const { values } = parseArgs({
  options: { year: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write('usage: node packages/elements/scripts/build.mjs [--year Y] [--out DIR]\n');
  process.exit(0);
}
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
  process.stderr.write(`build: --year must be a four-digit year, got "${values.year}"\n`);
  process.exit(2);
}

const distDir = resolve(values.out ?? join(elements, 'dist'));
const { dir, prepared } = generate({ root, year: values.year ? Number(values.year) : undefined, outDir: join(elements, 'src/generated') });
process.stdout.write(`generated ${relative(root, dir)}/ for ${prepared.year}: ${prepared.forms.map((f) => f.category).join(', ')}\n`);
if (prepared.missing.length) {
  process.stdout.write(`warning: call.json lists forms without a schema, not bundled: ${prepared.missing.join(', ')}\n`);
}

const [esm, iife] = await bundle({ generatedDir: dir, distDir });

const problems = forbiddenIn(distDir);
if (problems.length) {
  process.stderr.write(`build: output would need unsafe-eval or Node:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1).padStart(6)} K`;
const row = (name, s) => `${name.padEnd(44)} ${kb(s.min)} ${kb(s.gzip)}\n`;
process.stdout.write(`\n${'file'.padEnd(44)} ${'min'.padStart(8)} ${'gzip'.padStart(8)}\n`);
for (const chunk of [...esm, ...iife]) process.stdout.write(row(chunk.fileName, sizes(join(distDir, chunk.fileName))));
process.stdout.write('\nwhat a page loads (ESM, one form):\n');
for (const { category } of prepared.forms) {
  const total = filesForCategory(esm, category)
    .map((f) => sizes(join(distDir, f)))
    .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
  process.stdout.write(row(`  ${category}`, total));
}
process.stdout.write(`\nwrote ${relative(root, distDir)}/ (no require(, new Function, eval( or Function( in the output)\n`);
void iife;
