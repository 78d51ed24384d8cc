// The pages an A/B of the first render loads (render-ab.mjs, render-cpu.mjs): the bench's key-rd
// page (src/pages/guide-forms.js) over another checkout's packages/elements/dist (`base`, read only)
// and over this one's (`branch`), and optionally §3's rjsf page (built here by size.mjs's
// `buildAnchor`), each copied into build/<name>/<page>/.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeGuideFormsPage } from './guide-forms-page.mjs';
import { BUILD, ROOT } from './paths.mjs';

/** A guide-forms page over the dist at `dist`, in `out` (`guide-forms-page.mjs`). */
async function guideFormsPage(out, dist, tool, entry = 'guide-form.js') {
  if (!existsSync(join(dist, entry))) throw new Error(`${tool}: ${dist}/${entry} is missing: build that checkout first`);
  await writeGuideFormsPage(out, `./dist/${entry}`);
  cpSync(dist, join(out, 'dist'), { recursive: true });
}

/**
 * Writes build/<name>/{base,branch[,rjsf]}/ afresh and returns that folder and the page names. The
 * base page loads `baseEntry` of its dist (default `guide-form.js`; `guide-form.key-rd.js` for a
 * one-form bundle).
 *
 * @example
 * const { out, pages } = await preparePages('render-ab', '/work/main', true); // pages: ['base', 'branch', 'rjsf']
 */
export async function preparePages(name, baseCheckout, rjsf, baseEntry = 'guide-form.js') {
  const out = join(BUILD, name);
  rmSync(out, { recursive: true, force: true });
  const pages = ['base', 'branch'];
  await guideFormsPage(join(out, 'base'), join(resolve(baseCheckout), 'packages/elements/dist'), name, baseEntry);
  await guideFormsPage(join(out, 'branch'), join(ROOT, 'packages/elements/dist'), name);
  if (rjsf) {
    // Built here, from this checkout's page and mark.js (the same esbuild build as size.mjs).
    const { ANCHORS, buildAnchor, writeInputs } = await import('../size.mjs');
    writeInputs();
    await buildAnchor(ANCHORS.find((a) => a.id === 'rjsf'));
    cpSync(join(BUILD, 'pages/rjsf'), join(out, 'rjsf'), { recursive: true });
    pages.push('rjsf');
  }
  return { out, pages };
}
