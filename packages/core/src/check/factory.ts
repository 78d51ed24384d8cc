import type { RawSchemaError, ValidatorFactory } from '../validate/raw-error.js';
import { compileSchema } from './compile.js';

/**
 * The {@link ValidatorFactory} of guide-forms: every form's schema and every `if` condition
 * compiled by {@link compileSchema}, in Node and in the page alike, so both give the same verdict.
 * A condition (the same `if` in many forms, “所属领域为其他”) is compiled once per factory.
 *
 * @example
 * const engine = new Engine(catalog, schemaValidators());
 */
export function schemaValidators(): ValidatorFactory {
  const conditions = new Map<string, (data: unknown) => RawSchemaError[]>();
  return ({ condition }, schema, shared) => {
    if (condition === undefined) return compileSchema(schema, shared);
    let check = conditions.get(condition);
    if (!check) {
      check = compileSchema(schema, shared);
      conditions.set(condition, check);
    }
    return check;
  };
}
