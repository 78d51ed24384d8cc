import { type Catalog, fileOf } from '../catalog.js';
import { SHARED_FORM } from '../catalog-entries.js';
import { compileRouting } from '../route.js';
import { type CompiledRule, compileRuleFile } from '../rules/compile.js';
import { formSchemas } from '../schema/form-schemas.js';
import type { ValidatorFactory } from '../validate/raw-error.js';
import { assembleForm, type FormParts, schemaHalf } from './assemble.js';
import type { CompiledForm, CompiledSchema } from './types.js';

export type { CompiledForm, CompiledSchema, FormDefinition } from './types.js';

/**
 * Compiles the schema of a category in a year: options filled (`x-options`, `{options:…}`),
 * `$ref`s resolved, fields indexed, the validator made. Every error is a {@link GuideFormsError}
 * naming the file and JSON Pointer — an unknown option list, an unresolvable `$ref`, a schema
 * the validator refuses (`schema-invalid`, at the refused keyword's pointer; `""` when the factory
 * cannot tell where).
 *
 * @example
 * compileFormSchema(catalog, 'key-rd', 2022, schemaValidators()).fields.has('/totalInvestment'); // true
 */
export function compileFormSchema(catalog: Catalog, category: string, year: number, factory: ValidatorFactory): CompiledSchema {
  const { schema, shared } = formSchemas(catalog, category, year);
  return schemaHalf(
    { category, year, schema, shared, file: fileOf(catalog, `forms/${category}`), sharedFiles: sharedFiles(catalog) },
    factory,
  );
}

/** The rules in force for a category in a year: the `common` ones that apply to it, then its own. */
export function compileFormRules(catalog: Catalog, category: string, year: number): CompiledRule[] {
  const rules = catalog.years[year]?.rules ?? {};
  const common = rules.common ? compileRuleFile(rules.common, fileOf(catalog, `rules/${year}/common`)) : [];
  const own = rules[category] ? compileRuleFile(rules[category], fileOf(catalog, `rules/${year}/${category}`)) : [];
  return rulesInForce(category, common, own);
}

/**
 * The rules in force for a category: the common ones whose `appliesTo` names it (or that name
 * none), then its own — the same choice whether the rules were compiled now or at build time.
 */
export function rulesInForce(category: string, common: readonly CompiledRule[], own: readonly CompiledRule[]): CompiledRule[] {
  return [...common.filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes(category)), ...own];
}

/**
 * The build half of the compile pipeline: a category's {@link FormParts} read from a catalog —
 * its schemas with the year's options, its rules in force checked and compiled, the call's
 * routing. Every error names the file and JSON Pointer.
 *
 * @example
 * formParts(catalog, 'key-rd', 2022).rules.map((r) => r.rule.id); // ['R1', …]
 */
export function formParts(catalog: Catalog, category: string, year: number): FormParts {
  const { schema, shared } = formSchemas(catalog, category, year);
  const call = catalog.years[year]!.call;
  return {
    category,
    year,
    schema,
    shared,
    call,
    rules: compileFormRules(catalog, category, year),
    routing: compileRouting(call, fileOf(catalog, `rules/${year}/call`)),
    file: fileOf(catalog, `forms/${category}`),
    sharedFiles: sharedFiles(catalog),
  };
}

/** The file of each shared schema by `$id`: all come from forms/_shared/ (catalog-entries.ts), as the catalog read it. */
function sharedFiles(catalog: Catalog): Record<string, string> {
  const file = fileOf(catalog, `forms/${SHARED_FORM}`);
  return Object.fromEntries(Object.keys(catalog.shared).map((id) => [id, file]));
}

/**
 * The one compile pipeline of a form — the engine, lint, types, the build and the tests all
 * come through here: the build half ({@link formParts}: schemas, rules in force, routing), then
 * the runtime half (`assembleForm`: validator, definition, conditions), which a page runs on the
 * parts its bundle carries.
 *
 * @example
 * const form = compileForm(catalog, 'key-rd', 2022, schemaValidators());
 * form.definition.rules.map((r) => r.id); // ['R1', …, 'R14', …]
 */
export function compileForm(catalog: Catalog, category: string, year: number, factory: ValidatorFactory): CompiledForm {
  return assembleForm(formParts(catalog, category, year), factory);
}
