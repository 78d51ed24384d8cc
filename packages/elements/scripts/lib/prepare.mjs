// Reads forms/ and rules/ and prepares what one year's bundle needs — the build half of core's
// compile pipeline (`formParts`), run here so a page only assembles (`assembleForm`): the schemas
// with the year's options applied exactly as the Engine does, the rules checked and compiled
// (pointers turned into paths, params inlined) without their source logic, tests and titles, and
// the call's routing compiled.

import { loadCatalog } from '@guide-forms/core/node';
import {
  catalogYears,
  compileRouting,
  compileRuleFile,
  defaultYear,
  fileOf,
  formSchemas,
  prebuiltRouting,
  prebuiltRule,
} from '@guide-forms/core/tooling';

/**
 * @typedef {import('@guide-forms/core').JsonSchema} JsonSchema
 * @typedef {import('@guide-forms/core').CallFile} CallFile
 * @typedef {import('@guide-forms/core/tooling').CompiledRule} CompiledRule
 * @typedef {import('@guide-forms/core/tooling').CompiledRouting} CompiledRouting
 *
 * @typedef {object} PreparedForm
 * @property {string} category
 * @property {JsonSchema} schema   options applied, `$ref`s kept (what ajv compiles)
 * @property {CompiledRule[]} rules   the form's own rules, compiled (`prebuiltRule`)
 *
 * @typedef {object} PreparedYear
 * @property {number} year
 * @property {CallFile} call   without what a page never reads (`$schema`, `batch`, the option lists)
 * @property {Record<string, JsonSchema>} shared   options applied, by `$id`
 * @property {CompiledRule[]} commonRules   common.rules.json compiled (`prebuiltRule`); each form takes those that apply to it
 * @property {CompiledRouting['steps']} routing   call.json's routing conditions, compiled to code (`prebuiltRouting`)
 * @property {Record<string, string>} files
 * @property {PreparedForm[]} forms   in the order of `call.categories`
 * @property {string[]} missing   categories of the call without `forms/<category>/schema.json`
 */

/**
 * Loads the catalog under `root` and prepares `year` (default: the latest year that is not a
 * draft, as the Engine picks it). Schemas come from core's `formSchemas`, the function the
 * Engine compiles its validators from, so the precompiled ones see the same schemas.
 * @returns {PreparedYear}
 */
export function prepareYear(root, year) {
  const catalog = loadCatalog(root);
  const y = year ?? defaultYear(catalog);
  const entry = y === undefined ? undefined : catalog.years[y];
  if (y === undefined || !entry)
    throw new Error(`rules/${y ?? '<year>'}/ does not exist (years: ${Object.keys(catalog.years).join(', ')})`);
  const { call, rules } = entry;
  // Checked and compiled as the Engine does; a broken rule file fails the build with its file and pointer.
  const compiled = (key) => (rules[key] ? compileRuleFile(rules[key], fileOf(catalog, `rules/${y}/${key}`)).map(prebuiltRule) : []);
  const forms = [];
  const missing = [];
  let shared = {};
  for (const category of call.categories) {
    if (!catalog.forms[category]) {
      missing.push(category);
      continue;
    }
    const schemas = formSchemas(catalog, category, y);
    shared = Object.fromEntries(schemas.shared.map((s) => [String(s.$id), s]));
    forms.push({ category, schema: schemas.schema, rules: compiled(category) });
  }
  return {
    year: y,
    call: withoutSchemaKey(call),
    shared,
    commonRules: compiled('common'),
    routing: prebuiltRouting(compileRouting(call, fileOf(catalog, `rules/${y}/call`))),
    files: catalog.files ?? {},
    forms,
    missing,
  };
}

/**
 * What a page never reads of call.json: `$schema`, `batch` (the checks across a batch, `guide-forms
 * batch` only), the option lists the build filled the schemas from (`options`, `optionsProse`,
 * `optionsDetail`; `optionsEn` stays — the paper names a chosen value in English by it — and travels
 * with the English) and the routing steps' `when` and `note` (compiled into the year's `routing`).
 */
function withoutSchemaKey(file) {
  const { $schema: _, batch: _b, options: _o, optionsProse: _p, optionsDetail: _d, ...rest } = file;
  // The routing steps' conditions travel compiled (`routing` of the year); each step keeps its department.
  const byCategory = rest.routing.byCategory.map(({ department }) => ({ department }));
  return { ...rest, routing: { ...rest.routing, byCategory } };
}

/**
 * @typedef {object} YearChoice
 * @property {number[]} years   the years to build, oldest first
 * @property {{ year: number, reason: string }[]} leftOut   every other year under rules/, and why
 */

/**
 * Which years a build holds: every finalized year (a draft — `"draft": true` — is not
 * published), or only `only` when given. Every year left out is named with the reason, so
 * the build can say what a page will not find.
 * @returns {YearChoice}
 */
export function chooseYears(root, only) {
  const catalog = loadCatalog(root);
  const all = catalogYears(catalog);
  const years = [];
  const leftOut = [];
  for (const y of all) {
    const draft = catalog.years[y]?.call.draft === true;
    if (only !== undefined && y !== only) leftOut.push({ year: y, reason: draft ? 'draft' : 'not asked for (--year)' });
    else if (draft) leftOut.push({ year: y, reason: 'draft' });
    else years.push(y);
  }
  if (only !== undefined && !all.includes(only)) throw new Error(`rules/${only}/ does not exist (years: ${all.join(', ')})`);
  if (!years.length) {
    throw new Error(
      only !== undefined
        ? `${only} is still a draft: run guide-forms rollover --finalize ${only} first`
        : `no finalized year under rules/ (drafts: ${leftOut.map((l) => l.year).join(', ')})`,
    );
  }
  return { years, leftOut };
}
