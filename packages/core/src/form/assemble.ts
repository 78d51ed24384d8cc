import { GuideFormsError } from '../errors.js';
import { registerConditions } from '../fields/conditions.js';
import { toPattern } from '../pointer.js';
import type { CompiledRouting } from '../route.js';
import type { CompiledRule } from '../rules/compile.js';
import { checkNeeds } from '../rules/needs.js';
import { deref } from '../schema/deref.js';
import { indexFields } from '../schema/fields.js';
import { fillRuleParams } from '../schema/rule-params.js';
import type { CallFile, JsonSchema } from '../types.js';
import type { SchemaValidator, ValidatorFactory } from '../validate/raw-error.js';
import type { CompiledForm, CompiledSchema, FormDefinition } from './types.js';

/**
 * What a form is made of once its year's data is read and its rules are checked: the input of
 * the runtime half of the compile pipeline ({@link assembleForm}). The catalog path
 * (`compileForm`) makes it from `forms/` and `rules/`; a page gets it from its bundle, where
 * the build made it the same way (`guide-forms build`), so the page carries neither the
 * catalog builder nor the rule checker.
 */
export interface FormParts {
  category: string;
  year: number;
  /** The form's schema with the year's options filled, `$ref`s kept (what a validator compiles). */
  schema: JsonSchema;
  /** The shared schemas, options filled. */
  shared: JsonSchema[];
  call: CallFile;
  /** The rules in force, checked and compiled (`compileFormRules`). */
  rules: CompiledRule[];
  /** The call's routing, its conditions compiled (`compileRouting`). */
  routing: CompiledRouting;
  /** The file of the form's schema, named in errors (`forms/key-rd/schema.json`). */
  file: string;
  /** The files of the shared schemas by `$id`, for errors found in them (the catalog path has them). */
  sharedFiles?: Readonly<Record<string, string>>;
}

/** Makes the validator of a form's schema, turning what the factory throws into a located error. */
export function formValidator(
  parts: Pick<FormParts, 'category' | 'year' | 'schema' | 'shared' | 'file' | 'sharedFiles'>,
  factory: ValidatorFactory,
): SchemaValidator {
  const { category, year, schema, shared, file, sharedFiles } = parts;
  try {
    return factory({ category, year }, schema, shared);
  } catch (error) {
    if (error instanceof GuideFormsError && error.code === 'schema-invalid' && error.pointer !== undefined) {
      // The schema check names the place, and the `$id` of the schema it is in when that is not the form's.
      const inShared = error.file === undefined ? undefined : (sharedFiles?.[error.file] ?? error.file);
      throw new GuideFormsError(error.code, error.message, {
        file: inShared ?? file,
        pointer: error.pointer,
        expected: 'a JSON Schema 2020-12 with the keywords guide-forms checks (docs/architecture.md)',
        found: error.found,
      });
    }
    if (error instanceof GuideFormsError) throw error;
    throw new GuideFormsError('schema-invalid', `表单 ${category} 的 JSON Schema 无效：${(error as Error).message}`, {
      file,
      pointer: '',
      expected: 'a JSON Schema 2020-12 with the keywords guide-forms checks (docs/architecture.md)',
      found: (error as Error).message,
    });
  }
}

/**
 * The schema half: `$ref`s resolved, fields indexed, the validator made.
 *
 * @example
 * schemaHalf(parts, schemaValidators()).fields.has('/totalInvestment'); // true
 */
export function schemaHalf(
  parts: Pick<FormParts, 'category' | 'year' | 'schema' | 'shared' | 'file' | 'sharedFiles'>,
  factory: ValidatorFactory,
): CompiledSchema {
  const { schema, shared, file } = parts;
  const resolved = deref(schema, Object.fromEntries(shared.map((s) => [String(s.$id), s])), file);
  return { schema, shared, resolved, fields: indexFields(resolved), validate: formValidator(parts, factory) };
}

/**
 * Compiles each distinct `if` subschema of the form with the same factory as its validator
 * (`key.condition` is the subschema's JSON text), for field states (`Engine#fieldStates`): which
 * sections show is decided by the validator, never by a second interpreter.
 */
function compileConditions(definition: FormDefinition, factory: ValidatorFactory, file: string): void {
  const { category, year } = definition;
  registerConditions(definition.schema, (condition) => {
    let validate: SchemaValidator;
    try {
      validate = factory({ category, year, condition: condition.key }, condition.schema, []);
    } catch (error) {
      if (error instanceof GuideFormsError) throw error;
      throw new GuideFormsError('schema-invalid', `表单 ${category} 的条件 ${condition.key} 无效：${(error as Error).message}`, {
        file,
        pointer: condition.pointer,
        expected: 'a JSON Schema 2020-12 with the keywords guide-forms checks (docs/architecture.md)',
        found: (error as Error).message,
      });
    }
    return (data) => validate(data).length === 0;
  });
}

/**
 * The runtime half of the compile pipeline: from a form's {@link FormParts} to the
 * {@link CompiledForm} the engine evaluates with — the schema half, the definition (hints
 * filled with the rules' params), the conditions' checks and the domains the form offers.
 * Server and page run this same function; only where the parts come from differs.
 *
 * @example
 * const form = assembleForm(parts, schemaValidators());
 * form.definition.rules.map((r) => r.id); // ['R1', …]
 */
export function assembleForm(parts: FormParts, factory: ValidatorFactory): CompiledForm {
  const compiled = schemaHalf(parts, factory);
  const { category, year, call, rules, routing } = parts;
  checkNeeds(rules, compiled.fields, category);
  const domainPointer = call.routing.domainPointer;
  const domainEnum = domainPointer === undefined ? undefined : compiled.fields.get(toPattern(domainPointer))?.schema.enum;
  const inForce = rules.map((r) => r.rule);
  const definition: FormDefinition = { category, year, schema: fillRuleParams(compiled.resolved, inForce), rules: inForce, call };
  compileConditions(definition, factory, parts.file);
  return { ...compiled, definition, rules, routing, domains: Array.isArray(domainEnum) ? domainEnum : undefined };
}
