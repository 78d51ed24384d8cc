import { type Catalog, fileOf } from '../catalog.js';
import { GuideFormsError } from '../errors.js';
import { registerConditions } from '../fields/conditions.js';
import { toPattern } from '../pointer.js';
import { type CompiledRouting, compileRouting } from '../route.js';
import { type CompiledRule, compileRuleFile } from '../rules/compile.js';
import { deref } from '../schema/deref.js';
import { type FieldInfo, indexFields } from '../schema/fields.js';
import { formSchemas } from '../schema/form-schemas.js';
import { fillRuleParams } from '../schema/rule-params.js';
import type { CallFile, JsonSchema, Rule } from '../types.js';
import type { SchemaValidator, ValidatorFactory } from '../validate/raw-error.js';

/** A form as in force in one year: the schema (refs resolved, options filled) and its rules. */
export interface FormDefinition {
  category: string;
  year: number;
  schema: JsonSchema;
  rules: Rule[];
  call: CallFile;
}

/** The schema half of a compiled form: what lint, types and the build need without the rules. */
export interface CompiledSchema {
  /** The form's schema with the year's options filled, `$ref`s kept (what a validator compiles). */
  schema: JsonSchema;
  /** The shared schemas, options filled. */
  shared: JsonSchema[];
  /** {@link schema} with every `$ref` replaced, for walkers and renderers. */
  resolved: JsonSchema;
  /** Every field of {@link resolved} by pointer pattern. */
  fields: Map<string, FieldInfo>;
  validate: SchemaValidator;
}

/** Everything compiled once for one category in one year. */
export interface CompiledForm extends CompiledSchema {
  definition: FormDefinition;
  rules: CompiledRule[];
  routing: CompiledRouting;
  /** The domains the form offers (the enum at the call's `domainPointer`), if it has a list. */
  domains: readonly unknown[] | undefined;
}

/**
 * Compiles the schema of a category in a year: options filled (`x-options`, `{options:…}`),
 * `$ref`s resolved, fields indexed, the validator made. Every error is a {@link GuideFormsError}
 * naming the file and JSON Pointer — an unknown option list, an unresolvable `$ref`, a schema
 * the validator refuses (`schema-invalid`, pointer `""`).
 *
 * @example
 * compileFormSchema(catalog, 'key-rd', 2022, ajvValidators()).fields.has('/totalInvestment'); // true
 */
export function compileFormSchema(catalog: Catalog, category: string, year: number, factory: ValidatorFactory): CompiledSchema {
  const file = fileOf(catalog, `forms/${category}`);
  const { schema, shared } = formSchemas(catalog, category, year);
  const resolved = deref(schema, Object.fromEntries(shared.map((s) => [String(s.$id), s])), file);
  let validate: SchemaValidator;
  try {
    validate = factory({ category, year }, schema, shared);
  } catch (error) {
    if (error instanceof GuideFormsError) throw error;
    throw new GuideFormsError('schema-invalid', `表单 ${category} 的 JSON Schema 无效：${(error as Error).message}`, {
      file,
      pointer: '',
      expected: 'a JSON Schema 2020-12 that ajv (strict) compiles',
      found: (error as Error).message,
    });
  }
  return { schema, shared, resolved, fields: indexFields(resolved), validate };
}

/** The rules in force for a category in a year: the `common` ones that apply to it, then its own. */
export function compileFormRules(catalog: Catalog, category: string, year: number): CompiledRule[] {
  const rules = catalog.years[year]?.rules ?? {};
  const out: CompiledRule[] = [];
  if (rules.common) {
    const all = compileRuleFile(rules.common, fileOf(catalog, `rules/${year}/common`));
    out.push(...all.filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes(category)));
  }
  const own = rules[category];
  if (own) out.push(...compileRuleFile(own, fileOf(catalog, `rules/${year}/${category}`)));
  return out;
}

/**
 * Compiles each distinct `if` subschema of the form with the same factory as its validator
 * (`key.condition` is the subschema's JSON text), for field states (`Engine#fieldStates`): which
 * sections show is decided by the validator, never by a second interpreter.
 */
function compileConditions(catalog: Catalog, definition: FormDefinition, factory: ValidatorFactory): void {
  const { category, year } = definition;
  registerConditions(definition.schema, (condition) => {
    let validate: SchemaValidator;
    try {
      validate = factory({ category, year, condition: condition.key }, condition.schema, []);
    } catch (error) {
      if (error instanceof GuideFormsError) throw error;
      throw new GuideFormsError('schema-invalid', `表单 ${category} 的条件 ${condition.key} 无效：${(error as Error).message}`, {
        file: fileOf(catalog, `forms/${category}`),
        pointer: condition.pointer,
        expected: 'a JSON Schema 2020-12 that ajv (strict) compiles',
        found: (error as Error).message,
      });
    }
    return (data) => validate(data).length === 0;
  });
}

/**
 * The one compile pipeline of a form — the engine, lint, types, the build and the tests all
 * come through here: {@link compileFormSchema}, then the rules in force and the call's routing.
 *
 * @example
 * const form = compileForm(catalog, 'key-rd', 2022, ajvValidators());
 * form.definition.rules.map((r) => r.id); // ['R1', …, 'R14', …]
 */
export function compileForm(catalog: Catalog, category: string, year: number, factory: ValidatorFactory): CompiledForm {
  const compiled = compileFormSchema(catalog, category, year, factory);
  const call = catalog.years[year]!.call;
  const rules = compileFormRules(catalog, category, year);
  const routing = compileRouting(call, fileOf(catalog, `rules/${year}/call`));
  const domainPointer = call.routing.domainPointer;
  const domainEnum = domainPointer === undefined ? undefined : compiled.fields.get(toPattern(domainPointer))?.schema.enum;
  const inForce = rules.map((r) => r.rule);
  const definition: FormDefinition = { category, year, schema: fillRuleParams(compiled.resolved, inForce), rules: inForce, call };
  compileConditions(catalog, definition, factory);
  return {
    ...compiled,
    definition,
    rules,
    routing,
    domains: Array.isArray(domainEnum) ? domainEnum : undefined,
  };
}
