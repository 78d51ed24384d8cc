// Reads forms/ and rules/ and prepares what one year's bundle needs: the schemas with
// year options applied exactly as the Engine does, and the rule files without their tests.
import { applyOptions, fileOf, loadCatalog } from '@guide-forms/core/node';

/**
 * @typedef {import('@guide-forms/core').JsonSchema} JsonSchema
 * @typedef {import('@guide-forms/core').RuleFile} RuleFile
 * @typedef {import('@guide-forms/core').CallFile} CallFile
 *
 * @typedef {object} PreparedForm
 * @property {string} category
 * @property {JsonSchema} schema   options applied, `$ref`s kept (what ajv compiles)
 * @property {RuleFile | null} rules
 *
 * @typedef {object} PreparedYear
 * @property {number} year
 * @property {CallFile} call
 * @property {Record<string, JsonSchema>} shared   options applied, by `$id`
 * @property {RuleFile | null} common
 * @property {Record<string, string>} files
 * @property {PreparedForm[]} forms   in the order of `call.categories`
 * @property {string[]} missing   categories of the call without `forms/<category>/schema.json`
 */

/** The latest year in `rules/`. */
export function latestYear(catalog) {
  const years = Object.keys(catalog.years)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) throw new Error('rules/ holds no year');
  return /** @type {number} */ (years[years.length - 1]);
}

/**
 * Loads the catalog under `root` and prepares `year` (default: the latest).
 * Keep in step with `Engine#compile` (packages/core/src/engine.ts): the validator
 * factory there receives `applyOptions(form)` and every `applyOptions(shared)`.
 * @returns {PreparedYear}
 */
export function prepareYear(root, year) {
  const catalog = loadCatalog(root);
  const y = year ?? latestYear(catalog);
  const entry = catalog.years[y];
  if (!entry) throw new Error(`rules/${y}/ does not exist (years: ${Object.keys(catalog.years).join(', ')})`);
  const { call, rules } = entry;
  const shared = Object.fromEntries(
    Object.values(catalog.shared).map((s) => {
      const applied = applyOptions(s, call.options, fileOf(catalog, 'forms/_shared'));
      return [String(applied.$id), applied];
    }),
  );
  const forms = [];
  const missing = [];
  for (const category of call.categories) {
    const base = catalog.forms[category];
    if (!base) {
      missing.push(category);
      continue;
    }
    forms.push({
      category,
      schema: applyOptions(base, call.options, fileOf(catalog, `forms/${category}`)),
      rules: rules[category] ? stripRuleFile(rules[category]) : null,
    });
  }
  return {
    year: y,
    call: withoutSchemaKey(call),
    shared,
    common: rules.common ? stripRuleFile(rules.common) : null,
    files: catalog.files ?? {},
    forms,
    missing,
  };
}

/** Rule tests are for `guide-forms test`; a browser never runs them. */
function stripRuleFile(file) {
  const { $schema: _, ...rest } = file;
  return { ...rest, rules: rest.rules.map((rule) => ({ ...rule, tests: [] })) };
}

function withoutSchemaKey(file) {
  const { $schema: _, ...rest } = file;
  return rest;
}
