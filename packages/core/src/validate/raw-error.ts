/** A JSON Schema error as ajv reports it, runtime-compiled or standalone alike. */
export interface RawSchemaError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

/** Validates data against one form's schema and returns every error (never throws). */
export type SchemaValidator = (data: unknown) => RawSchemaError[];

/**
 * Makes the validator of one category in one year from its schema — or, when `key.condition` is
 * set, the validator of one `if` subschema of that form (its canonical text, see `conditionKey`),
 * which decides whether the condition holds: no errors means it holds.
 */
export type ValidatorFactory = (
  key: { category: string; year: number; condition?: string },
  schema: unknown,
  shared: unknown[],
) => SchemaValidator;
