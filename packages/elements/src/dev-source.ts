/// <reference types="vite/client" />
import { Engine } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { buildCatalog, type Catalog } from '@guide-forms/core/tooling';
import type { FormSource } from './source.js';

/**
 * A {@link FormSource} over an in-memory catalog, compiling validators with ajv at run
 * time. Compiling each form happens on first `load`, so a broken file rejects there.
 */
export function catalogSource(catalog: Catalog): FormSource {
  const engine = new Engine(catalog, ajvValidators());
  return {
    async load(category, year) {
      engine.getForm(category, year);
      return engine;
    },
  };
}

/**
 * The dev source: every form and rule file of the repository, through Vite's
 * `import.meta.glob`. Tests and Storybook use it; needs `unsafe-eval` (ajv compiles
 * at run time), so production bundles register a precompiled source instead.
 *
 * @example
 * import { setFormSource } from '@guide-forms/elements';
 * import { devSource } from '@guide-forms/elements/src/dev-source.js';
 * setFormSource(devSource());
 */
export function devSource(): FormSource {
  // Vite's glob keys are root paths (`/forms/key-rd/schema.json`): core's builder reads them as they are.
  const forms = import.meta.glob('/forms/*/schema.json', { eager: true, import: 'default' });
  const rules = import.meta.glob('/rules/*/*.json', { eager: true, import: 'default' });
  return catalogSource(buildCatalog([...Object.entries(forms), ...Object.entries(rules)]));
}
