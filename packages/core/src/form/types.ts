import type { CompiledRouting } from '../route.js';
import type { CompiledRule } from '../rules/compile.js';
import type { FieldInfo } from '../schema/fields.js';
import type { CallFile, JsonSchema, Rule } from '../types.js';
import type { SchemaValidator } from '../validate/raw-error.js';

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
