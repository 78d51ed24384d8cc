import { Ajv2020, type ErrorObject, type Options } from 'ajv/dist/2020.js';
import { ANNOTATIONS } from '../check/keywords.js';
import { formats } from '../formats/index.js';
import type { RawSchemaError, ValidatorFactory } from '../validate/raw-error.js';
import { lengthKeyword } from './length.js';

/** Annotation keywords of guide-forms schemas (the schema check's list); ajv accepts and ignores them. */
export const ANNOTATION_KEYWORDS: readonly string[] = ANNOTATIONS.filter((k) => k.startsWith('x-'));

/** ajv settings shared by runtime compilation and the standalone build, so verdicts match. */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  messages: false,
  // multipleOf 0.0001 (万元 to 4 decimals, i.e. 1 元) without float false alarms: 123.4567 / 0.0001
  // is 1234566.9999999998. A tolerance of 1e-4 on the quotient rejects 5–8 decimals and accepts
  // every 4-decimal amount up to the 10,000,000 万元 maximum (checked over 200,000 random amounts).
  multipleOfPrecision: 4,
};

/**
 * A configured ajv instance: 2020-12, guide-forms' formats (an unknown format is an error under
 * strict mode, never ignored), our annotation keywords, and `maxLength`/`minLength` that count
 * characters only when needed (`lengthKeyword`).
 */
export function createAjv(extra: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...extra });
  for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, { type: 'string', validate: check });
  ajv.addVocabulary([...ANNOTATION_KEYWORDS]);
  // The same keywords, counting characters only when a string's length cannot decide.
  for (const keyword of ['maxLength', 'minLength'] as const) ajv.removeKeyword(keyword).addKeyword(lengthKeyword(keyword));
  return ajv;
}

export function toRaw(errors: readonly ErrorObject[] | null | undefined): RawSchemaError[] {
  return (errors ?? []).map((e) => ({
    keyword: e.keyword,
    instancePath: e.instancePath,
    schemaPath: e.schemaPath,
    params: e.params as Record<string, unknown>,
  }));
}

/**
 * Validators compiled at run time with ajv: the reference the schema check (`schemaValidators`,
 * what the engine uses in Node and in the page) is tested against, and the benchmarks' anchor.
 */
export function ajvValidators(): ValidatorFactory {
  // Conditions are small and repeat across forms (“所属领域为其他”): one instance, one compile each.
  let conditionAjv: Ajv2020 | null = null;
  const conditions = new Map<string, (data: unknown) => RawSchemaError[]>();
  return ({ category, year, condition }, schema, shared) => {
    if (condition !== undefined) {
      let check = conditions.get(condition);
      if (!check) {
        conditionAjv ??= createAjv();
        const validate = conditionAjv.compile(schema as object);
        check = (data) => (validate(data) ? [] : toRaw(validate.errors));
        conditions.set(condition, check);
      }
      return check;
    }
    const ajv = createAjv();
    for (const s of shared) ajv.addSchema(s as object);
    const validate = ajv.compile(schema as object);
    void category;
    void year;
    return (data) => (validate(data) ? [] : toRaw(validate.errors));
  };
}
