// Rollup configuration of the two browser bundles. `scripts/build.mjs` generates the
// sources first and runs these; `npx rollup -c packages/elements/rollup.config.mjs`
// works too once `src/generated/` exists.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { transform as transformCss } from 'lightningcss';

const here = dirname(fileURLToPath(import.meta.url));
export const ENTRY = join(here, 'src/entries/guide-form.ts');
/** Entry of the IIFE build's DOCX script, `guide-form.export.iife.js` (global `GuideFormsExport`). */
export const EXPORT_ENTRY = join(here, 'src/entries/export.ts');
/** The file the IIFE build's “下载Word版” loads next to `guide-form.iife.js`. */
export const EXPORT_SCRIPT = 'guide-form.export.iife.js';
/** The file the IIFE build loads next to `guide-form.iife.js` for a form shown in English. */
export const ENGLISH_SCRIPT = 'guide-form.english.iife.js';
const VIRTUAL = 'guide-forms:precompiled';

/** Resolves `guide-forms:precompiled` to the generated module of this bundle. */
function precompiled(file) {
  return {
    name: 'guide-forms-precompiled',
    resolveId: (id) => (id === VIRTUAL ? file : null),
  };
}

/**
 * The elements are TypeScript with NodeNext imports (`./x.js` naming `./x.ts`): resolve
 * those and strip types with esbuild (no type-check here — `tsc --noEmit` does that).
 */
function typescript() {
  return {
    name: 'guide-forms-typescript',
    resolveId(id, importer) {
      // Generated modules (src/generated/) import the IIFE's English loader the same way.
      const fromSource = importer?.endsWith('.ts') || /[\\/]generated[\\/]/.test(importer ?? '');
      if (!fromSource || !id.startsWith('.') || !id.endsWith('.js')) return null;
      const ts = resolve(dirname(importer), `${id.slice(0, -3)}.ts`);
      return existsSync(ts) ? ts : null;
    },
    async transform(source, id) {
      if (!id.endsWith('.ts')) return null;
      const code = id.endsWith('.styles.ts') ? minifyCss(source, id) : source;
      const out = await transform(code, {
        loader: 'ts',
        format: 'esm',
        target: 'es2022',
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return { code: out.code, map: null };
    },
  };
}

/**
 * Minifies the stylesheet of every `css\`…\`` template in a `*.styles.ts` module with
 * lightningcss (whitespace, comments, shorter colours and values): Lit ships the text as
 * written, and terser leaves template contents alone. Only templates without `${…}` and
 * backslashes are touched, so the text Lit receives means exactly what the source says.
 */
export function minifyCss(code, id) {
  // Browsers of the ES2022 era the bundles target: keeps `max-width` media queries as written
  // (range syntax needs Chrome 104 / Safari 16.4).
  const targets = { chrome: 90 << 16, firefox: 90 << 16, safari: 15 << 16 };
  return code.replace(/\bcss`([^`$\\]*)`/g, (_, text) => {
    const out = transformCss({ filename: id, code: Buffer.from(text), minify: true, targets }).code.toString();
    return /[`$\\]/.test(out) ? `css\`${text}\`` : `css\`${out}\``;
  });
}

/**
 * The IIFE build loads the DOCX code as a second classic script, not by `import()`: every
 * import of `export/load-export.js` becomes `export/load-export.iife.ts` there.
 */
function iifeExportLoader() {
  return iifeSwap('./load-export.js', 'src/export/load-export.iife.ts');
}

/**
 * The IIFE build takes the UI strings' English from its English script, not by `import()` (which
 * it would inline into every Chinese page): `i18n/load-strings-en.js` becomes `load-strings-en.iife.ts`.
 */
function iifeEnglishStrings() {
  return iifeSwap('./load-strings-en.js', 'src/i18n/load-strings-en.iife.ts');
}

/** Every import of `id` (but the replacement's own) resolves to `file` (relative to this package). */
function iifeSwap(id, file) {
  const iife = join(here, file);
  return {
    name: `guide-forms-iife-swap:${id}`,
    resolveId: (source, importer) => (source === id && importer && importer !== iife ? iife : null),
  };
}

/**
 * The IIFE build is one classic script: its lazily loaded parts (`lazy/parts.ts`) are imported
 * statically instead (`lazy/parts.iife.ts`), so they render in the same pass as the form.
 */
function iifeParts() {
  const iife = join(here, 'src/lazy/parts.iife.ts');
  return {
    name: 'guide-forms-iife-parts',
    resolveId: (id, importer) =>
      /(^|\/)lazy\/parts\.js$|^\.\/parts\.js$/.test(id) && importer && importer !== iife && importer.includes(`${join(here, 'src')}`)
        ? iife
        : null,
  };
}

/**
 * A form's chunk imports the year's common chunk (call.json, shared schema, common rules): the
 * browser would find that out only once the form's chunk has arrived and been parsed, then fetch
 * the common chunk — two round trips in a row before the first render. Every `import()` of a chunk
 * also imports, at the same moment, the chunks that chunk imports (but the entry, which is loaded
 * already), so they are fetched side by side (what Vite's preload helper does, without a helper or
 * `<link>`: the module map fetches and evaluates each once, dependencies first as before). A chunk
 * that fails rejects the import as before.
 */
export function parallelChunkImports() {
  return {
    name: 'guide-forms-parallel-chunk-imports',
    renderDynamicImport({ format, chunk, targetChunk, getTargetChunkImports }) {
      if (format !== 'es' || !targetChunk) return null;
      // The entry (form chunks import core from it) and the importing chunk are loaded already.
      const deps = (getTargetChunkImports() ?? []).filter(
        (d) => d.type === 'internal' && !d.chunk.isEntry && d.fileName !== chunk.fileName,
      );
      if (!deps.length) return null;
      const more = deps.map((d) => `import(${d.resolvedImportPath})`).join(',');
      return { left: 'Promise.all([import(', right: `),${more}]).then((m)=>m[0])` };
    },
  };
}

/** The plugins of a bundle whose `guide-forms:precompiled` is `generatedModule`. */
export function plugins(generatedModule, { minify = true, iife = false } = {}) {
  return [
    precompiled(generatedModule),
    iife && iifeExportLoader(),
    iife && iifeEnglishStrings(),
    iife && iifeParts(),
    typescript(),
    nodeResolve({ browser: true }),
    // json-logic-js is CommonJS (the reference the rules are tested against; tree-shaken from pages).
    commonjs({ transformMixedEsModules: true }),
    json({ preferConst: true, compact: true }),
    parallelChunkImports(),
    minify && terser({ compress: { passes: 2 }, format: { comments: false }, ecma: 2020 }),
  ].filter(Boolean);
}

/**
 * The ESM build (entry + one chunk per form) and the IIFE build (all forms) for the
 * sources generated in `generatedDir` (`src/generated`, every year), written to `distDir`;
 * with `forms`, also a one-form bundle of each (`guide-form.<category>.js`).
 */
export function rollupConfigs({ generatedDir, distDir, forms = [] }) {
  const onwarn = (warning, warn) => {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
    warn(warning);
  };
  // json-logic-js (CJS) is the reference the engine's rule closures are tested against; core
  // calls it only in tooling (applyLogic). Declared free of side effects so a page that never
  // calls it does not carry it (rollup cannot prove that of a converted CommonJS module).
  const treeshake = { moduleSideEffects: (id) => !/[\\/]node_modules[\\/]json-logic-js[\\/]/.test(id) };
  // A form's chunk is named by its year and category: guide-form.2022.key-rd-<hash>.js.
  // The DOCX code (“下载Word版”) is guide-form.export-<hash>.js, fetched on the first click.
  const chunkFileNames = (chunk) => {
    const m = /[\\/](\d{4})[\\/]forms[\\/]([^\\/]+)\.js$/.exec(chunk.facadeModuleId ?? '');
    if (m) return `guide-form.${m[1]}.${m[2]}-[hash].js`;
    if (/[\\/]export[\\/](?:dist|src)[\\/]index\.[jt]s$/.test(chunk.facadeModuleId ?? '')) return 'guide-form.export-[hash].js';
    // English texts of a year (common) or a form, fetched for lang="en": guide-form.2022.key-rd.en-<hash>.js.
    const en = /[\\/](\d{4})[\\/]catalog[\\/]([^\\/]+)\.en\.js$/.exec(chunk.facadeModuleId ?? '');
    if (en) return `guide-form.${en[1]}.${en[2]}.en-[hash].js`;
    // The year's call.json, shared schema and common rules.
    const common = chunk.moduleIds.map((id) => /[\\/](\d{4})[\\/]catalog[\\/]common\.js$/.exec(id)).find(Boolean);
    if (common) return `guide-form.${common[1]}.common-[hash].js`;
    return 'guide-form.[name]-[hash].js';
  };
  /** The ESM build of the entry over one `guide-forms:precompiled` module. */
  const esm = (precompiled, entryFileNames) => ({
    input: ENTRY,
    plugins: plugins(precompiled),
    onwarn,
    treeshake,
    // Form chunks may import core from the entry chunk instead of splitting it out.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: distDir, format: 'es', entryFileNames, chunkFileNames },
  });
  return [
    esm(join(generatedDir, 'esm.js'), 'guide-form.js'),
    {
      input: ENTRY,
      plugins: plugins(join(generatedDir, 'iife.js'), { iife: true }),
      onwarn,
      treeshake,
      // One file for pages without modules. The DOCX code is not in it: “下载Word版” adds the script below.
      output: { file: join(distDir, 'guide-form.iife.js'), format: 'iife', name: 'GuideForms', inlineDynamicImports: true },
    },
    {
      input: EXPORT_ENTRY,
      plugins: plugins(join(generatedDir, 'iife.js')),
      onwarn,
      // Core comes from guide-form.iife.js (load-export.iife.ts sets the global): one core instance
      // compiled the form, and fieldStates accepts only conditions it compiled.
      external: ['@guide-forms/core', '@guide-forms/core/tooling'],
      output: {
        file: join(distDir, EXPORT_SCRIPT),
        format: 'iife',
        name: 'GuideFormsExport',
        globals: { '@guide-forms/core': 'GuideFormsCore', '@guide-forms/core/tooling': 'GuideFormsCoreTooling' },
      },
    },
    {
      // The English texts of every form of the IIFE build (entries/english.iife.ts adds it for lang="en").
      input: join(generatedDir, 'english.iife.js'),
      plugins: plugins(join(generatedDir, 'iife.js')),
      onwarn,
      output: { file: join(distDir, ENGLISH_SCRIPT), format: 'iife', name: 'GuideFormsEnglish' },
    },
    // One-form bundles (`build.mjs --form key-rd`): guide-form.key-rd.js holds the element and that form, so a
    // page showing only it makes one request before the form, not two (its parts on demand stay chunks).
    ...forms.map((category) => esm(join(generatedDir, 'one', `${category}.js`), `guide-form.${category}.js`)),
  ];
}

/** For `rollup -c`: the sources `scripts/build.mjs` generated last (every year it built). */
export default function () {
  const generated = join(here, 'src/generated');
  if (!existsSync(join(generated, 'esm.js'))) throw new Error('src/generated/ is empty: run node packages/elements/scripts/build.mjs');
  return rollupConfigs({ generatedDir: generated, distDir: join(here, 'dist') });
}
