/**
 * The custom-elements manifest of @guide-forms/elements, from the class JSDoc
 * (`@fires`, `@csspart`, `@cssprop`) and Lit's `static properties`. Storybook's autodocs
 * and controls read it (see .storybook/preview.ts). Run `npm run manifest` from the root.
 *
 * @type {import('@custom-elements-manifest/analyzer').Config}
 */
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/generated/**', 'packages/elements/src/**/*.d.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dev: false,
  // The root package.json is not the package; packages/elements/package.json names the file itself.
  packagejson: false,
  plugins: [tidyDocs()],
};

/**
 * Two things the analyzer gets wrong on our JSDoc, fixed after analysis:
 * - several `@csspart name - text` on one line come out as one part whose description
 *   holds the others; they are split into one part each;
 * - `dispatchEvent(new CustomEvent(type, …))` with a variable `type` is listed as an
 *   event literally named "type"; only events documented with `@fires` are kept.
 */
function tidyDocs() {
  const inline = /\s*@csspart\s+([\w-]+)\s+-\s+/;
  return {
    name: 'guide-forms-tidy-docs',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.cssParts) decl.cssParts = decl.cssParts.flatMap(splitParts);
          if (decl.events) decl.events = decl.events.filter((e) => e.description);
        }
      }
    },
  };

  function splitParts(part) {
    const pieces = (part.description ?? '').split(inline);
    const out = [{ ...part, description: pieces[0].trim() }];
    for (let i = 1; i + 1 < pieces.length; i += 2) out.push({ name: pieces[i], description: pieces[i + 1].trim() });
    return out;
  }
}
