// Runs rollup over generated sources and checks what comes out.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { plugins, rollupConfigs } from '../../rollup.config.mjs';

/** Code a strict CSP (no `unsafe-eval`) refuses, or that only works in Node. */
export const FORBIDDEN = [
  { what: 'require(', re: /\brequire\(/ },
  { what: 'new Function', re: /\bnew Function\b/ },
  { what: 'eval(', re: /\beval\(/ },
  { what: 'Function(', re: /\bFunction\(/ },
];

/**
 * Bundles `generatedDir` into `distDir` (emptied first); `forms` adds a one-form bundle of each.
 * @returns {Promise<import('rollup').OutputChunk[][]>} the chunks of each build: ESM, IIFE, the DOCX
 *   script, the English script, then one per form of `forms`
 */
export async function bundle({ generatedDir, distDir, forms = [] }) {
  rmSync(distDir, { recursive: true, force: true });
  const outputs = [];
  for (const config of rollupConfigs({ generatedDir, distDir, forms })) {
    const build = await rollup(config);
    try {
      const { output } = await build.write(config.output);
      outputs.push(output.filter((o) => o.type === 'chunk'));
    } finally {
      await build.close();
    }
  }
  return outputs;
}

/** Every `.js` file in `distDir` with the forbidden constructs found in it. */
export function forbiddenIn(distDir) {
  const problems = [];
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(distDir, file), 'utf8');
    for (const { what, re } of FORBIDDEN) {
      const m = re.exec(text);
      if (m) problems.push(`${file}: contains ${what} … ${text.slice(Math.max(0, m.index - 40), m.index + 40)} …`);
    }
  }
  return problems;
}

// A string only the docx package holds (the XML of a repeated header row).
const DOCX_MARK = 'w:tblHeader';

/**
 * The files that carry the DOCX code but should not: every file a page loads up front. Only the
 * ESM export chunk and `guide-form.export.iife.js` may hold it (they load on “下载Word版”).
 */
export function docxInlinedIn(distDir) {
  return readdirSync(distDir)
    .filter((f) => f.endsWith('.js') && !/^guide-form\.export[-.]/.test(f))
    .filter((f) => readFileSync(join(distDir, f), 'utf8').includes(DOCX_MARK))
    .map((f) => `${f}: holds the DOCX code, which must load only on “下载Word版”`);
}

/** Minified and gzip -9 size of a file. */
export function sizes(path) {
  const text = readFileSync(path);
  return { min: text.length, gzip: gzipSync(text, { level: 9 }).length };
}

/**
 * The files a page showing `category` of `year` loads from the ESM build without the applicant
 * doing anything: the entry (the paper actions, 打印 and 下载Word版, are in it: every page draws
 * them with the form), its static imports, and the form's chunk with its own imports. The parts
 * fetched on demand (review, draft notices, month widget, English, DOCX) are not counted.
 */
export function filesForCategory(chunks, category, year) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  const form = chunks.find((c) =>
    c.facadeModuleId?.replaceAll('\\', '/').endsWith(`${year === undefined ? '' : `/${year}`}/forms/${category}.js`),
  );
  const seen = new Set();
  const visit = (chunk) => {
    if (!chunk || seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const dep of chunk.imports) visit(byName.get(dep));
  };
  visit(entry);
  visit(form);
  return [...seen];
}

/**
 * Bundles the generated modules themselves (no element) as ESM for Node, through the same
 * plugins as the browser builds: `esm.js` (one chunk per form), `iife.js` (all in one) and
 * `english.iife.js` (the IIFE's English script: a test sets it as the `GuideFormsEnglish` global
 * the browser's script tag would define). Tests import these to compare what a page judges with
 * the Node engine.
 * @returns {Promise<{ esm: string, iife: string, english: string }>} the paths of the entry files
 */
export async function bundleForNode({ generatedDir, outDir }) {
  const paths = {};
  for (const name of ['esm', 'iife', 'english']) {
    const build = await rollup({
      input: join(generatedDir, name === 'english' ? 'english.iife.js' : `${name}.js`),
      plugins: plugins(join(generatedDir, name === 'english' ? 'iife.js' : `${name}.js`), { minify: false }),
      preserveEntrySignatures: 'strict',
    });
    try {
      await build.write({ dir: join(outDir, name), format: 'es', entryFileNames: 'index.js' });
    } finally {
      await build.close();
    }
    paths[name] = join(outDir, name, 'index.js');
  }
  return paths;
}
