/// <reference types="vite/client" />
import { Engine, GuideFormsError } from '@guide-forms/core';
import { buildCatalog, type Catalog, schemaValidators } from '@guide-forms/core/tooling';
import type { FormSource } from './source.js';

/**
 * A {@link FormSource} over an in-memory catalog, compiled at run time as the server compiles
 * it (core's schema check, rules as generated code where the page allows it). Compiling each
 * form happens on first `load`, so a broken file rejects there.
 */
export function catalogSource(catalog: Catalog): FormSource {
  const engine = new Engine(catalog, schemaValidators());
  return {
    async load(category, year) {
      engine.getForm(category, year);
      return engine;
    },
  };
}

/**
 * The dev source: every form and rule file of the repository, through Vite's
 * `import.meta.glob`. Tests and Storybook use it; it carries the catalog builder and the rule
 * compiler (under a CSP without `unsafe-eval` the rules run through core's closure interpreter),
 * so production bundles register a precompiled source instead.
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
  // Every other call series, `calls/<series>/` with the same layout: one catalog each.
  const seriesForms = import.meta.glob('/calls/*/forms/*/schema.json', { eager: true, import: 'default' });
  const seriesRules = import.meta.glob('/calls/*/rules/*/*.json', { eager: true, import: 'default' });
  const bySeries = new Map<string, [string, unknown][]>();
  for (const [path, contents] of [...Object.entries(seriesForms), ...Object.entries(seriesRules)]) {
    const m = /^\/calls\/([^/]+)\/(.+)$/.exec(path);
    if (!m) continue;
    const [, series, rel] = m as unknown as [string, string, string];
    bySeries.set(series, [...(bySeries.get(series) ?? []), [rel, contents]]);
  }
  return seriesSource(catalogSource(buildCatalog([...Object.entries(forms), ...Object.entries(rules)])), bySeries);
}

/** The default series' source, and one over each other series' entries, picked by `call`. */
function seriesSource(dalian: FormSource, bySeries: Map<string, [string, unknown][]>): FormSource {
  const sources = new Map<string, FormSource>();
  return {
    load(category, year, call) {
      if (call === undefined || call === 'dalian') return dalian.load(category, year);
      const entries = bySeries.get(call);
      if (!entries) {
        const known = ['dalian', ...bySeries.keys()].join('、');
        return Promise.reject(
          new GuideFormsError('unknown-call', `没有名为 ${JSON.stringify(call)} 的征集系列（已有：${known}）`, { found: call }),
        );
      }
      let source = sources.get(call);
      if (!source) {
        source = catalogSource(buildCatalog(entries));
        sources.set(call, source);
      }
      return source.load(category, year);
    },
  };
}
