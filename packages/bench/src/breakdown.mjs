#!/usr/bin/env node
// What the key-rd page's bytes are made of: re-runs the production ESM build (the same rollup
// config as `npm run build`, over the sources it generated) without writing, and groups every
// module of the chunks a key-rd page loads (the entry with the paper actions, its static imports, the key-rd
// chunk; not the parts fetched on demand)
// into the parts named in RESULTS.md. Each part's code is minified with esbuild on its own (no tree-shaking) and
// gzipped on its own, so the parts add up to more than the chunks (gzip shares its dictionary
// across a whole file): read them as the order of what to cut, the chunk totals as the truth.
//   node packages/bench/src/breakdown.mjs [category]   (run `npm run build` first)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { rollupConfigs } from '../../elements/rollup.config.mjs';
import { filesForCategory } from '../../elements/scripts/lib/bundle.mjs';
import { ROOT } from './lib/paths.mjs';

/** The part of the page a module belongs to, from its path. */
export function partOf(id) {
  const p = id.replaceAll('\\', '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(p)) return 'Lit';
  if (/node_modules\/json-logic-js\//.test(p)) return 'json-logic-js';
  if (/node_modules\/ajv\//.test(p)) return 'ajv runtime helpers';
  if (/node_modules\//.test(p)) return `other: ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)[1]}`;
  if (/generated\/\d{4}\/validators\/formats\.js$|core\/dist\/formats\//.test(p)) return 'formats (core + precompiled table)';
  if (/generated\/\d{4}\/catalog\/[^/]+\.en\.js$/.test(p)) return 'English of the data (lang="en" only)';
  if (/generated\/\d{4}\/catalog\/common\.js$/.test(p)) return 'call.json + shared schema + common rules (data)';
  if (/generated\/\d{4}\/catalog\//.test(p)) return "form's schema + rules (data)";
  if (/generated\/\d{4}\/validators\/[^/]+\.conditions\.js$/.test(p)) return "form's condition validators (ajv standalone)";
  if (/generated\/\d{4}\/validators\//.test(p)) return "form's validator (ajv standalone)";
  if (/generated\//.test(p)) return 'generated glue (years, loadForm)';
  if (/core\/dist\/check\//.test(p)) return 'schema check (core, compiles the schema in the page)';
  if (/core\/dist\//.test(p)) return 'core engine (@guide-forms/core)';
  if (/\.styles\.ts$/.test(p)) return 'styles (css``)';
  if (/i18n\/strings\.ts$/.test(p)) return 'UI strings (zh; English is a chunk fetched for lang="en")';
  if (/(draft|draft-keeper|review|journey|toc|essentials)\.ts$/.test(p)) return 'journey: drafts, review, section map, essentials';
  if (/export\//.test(p)) return 'paper actions (buttons; DOCX itself is a lazy chunk)';
  if (/fields\/month\.ts$/.test(p)) return 'month widget';
  if (/fields\//.test(p)) return 'field renderers';
  return 'element (guide-form, panels, model, controller)';
}

/**
 * Per-part bytes of the page showing `category`.
 * @returns {Promise<{ files: { name: string, min: number, gzip: number }[], parts: { part: string, min: number, gzip: number }[] }>}
 */
export async function breakdown(category = 'key-rd') {
  const generatedDir = join(ROOT, 'packages/elements/src/generated');
  if (!existsSync(join(generatedDir, 'esm.js'))) throw new Error('packages/elements/src/generated/ is empty: run npm run build first');
  const [config] = rollupConfigs({ generatedDir, distDir: join(ROOT, 'packages/bench/build/breakdown') });
  const build = await rollup({ ...config, onwarn: () => {} });
  const { output } = await build.generate(config.output);
  await build.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const names = filesForCategory(chunks, category);
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const files = [];
  const code = new Map();
  for (const chunk of chunks.filter((c) => names.includes(c.fileName))) {
    files.push({ name: chunk.fileName, min: chunk.code.length, gzip: gzip(chunk.code) });
    for (const [id, m] of Object.entries(chunk.modules)) {
      if (!m.code) continue;
      const part = partOf(id);
      code.set(part, `${code.get(part) ?? ''}\n${m.code}`);
    }
  }
  const parts = [];
  for (const [part, text] of code) {
    // Rendered modules keep their top-level names for one another: minify without tree-shaking.
    const out = await transform(text, { minify: true, treeShaking: false, target: 'es2022', loader: 'js' });
    parts.push({ part, min: out.code.length, gzip: gzip(out.code) });
  }
  parts.sort((a, b) => b.gzip - a.gzip);
  return { files, parts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, parts } = await breakdown(process.argv[2]);
  const kb = (n) => `${(n / 1024).toFixed(1)} K`;
  process.stdout.write('| file | min | gzip |\n|---|--:|--:|\n');
  for (const f of files) process.stdout.write(`| ${f.name.replace(/-[\w-]{8}\.js$/, '-….js')} | ${kb(f.min)} | ${kb(f.gzip)} |\n`);
  const total = files.reduce((a, f) => ({ min: a.min + f.min, gzip: a.gzip + f.gzip }), { min: 0, gzip: 0 });
  process.stdout.write(`| **total** | ${kb(total.min)} | **${kb(total.gzip)}** |\n\n`);
  process.stdout.write('| part (minified and gzipped on its own) | min | gzip |\n|---|--:|--:|\n');
  for (const p of parts) process.stdout.write(`| ${p.part} | ${kb(p.min)} | ${kb(p.gzip)} |\n`);
}
