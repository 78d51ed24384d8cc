/**
 * The keywords a guide-forms schema may use. Validation keywords, grouped by the type of value
 * they test and listed in the order their errors are reported — ajv's order, so a form's errors
 * read the same as when ajv checked them: keywords for any value first, then those for numbers,
 * strings, arrays and objects, each group only for a value of its type.
 */
export const ANY_KEYWORDS = ['$ref', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf', 'if'] as const;
export const NUMBER_KEYWORDS = ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf'] as const;
export const STRING_KEYWORDS = ['pattern', 'format', 'maxLength', 'minLength'] as const;
export const ARRAY_KEYWORDS = ['maxItems', 'minItems', 'items', 'contains', 'uniqueItems'] as const;
export const OBJECT_KEYWORDS = [
  'maxProperties',
  'minProperties',
  'required',
  'additionalProperties',
  'properties',
  'propertyNames',
] as const;

/** Keywords read together with another (`then`/`else` with `if`), or that only shape the schema. */
export const STRUCTURE_KEYWORDS = ['type', 'then', 'else', '$defs', '$id', '$schema', '$comment'] as const;

/** Annotations: read by the form, never by the check. */
export const ANNOTATIONS = [
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  'x-title-en',
  'x-description-en',
  'x-unit',
  'x-unit-en',
  'x-widget',
  'x-enum-en',
  'x-enum-zh',
  'x-options',
  'x-options-each',
  'x-item-hint',
  'x-item-extra',
  'x-placeholder',
  'x-placeholder-en',
  'x-order',
  'x-attachment',
  'x-copy-from',
] as const;

/** Every keyword a schema may hold; any other is refused when the form is compiled. */
export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set<string>([
  ...ANY_KEYWORDS,
  ...NUMBER_KEYWORDS,
  ...STRING_KEYWORDS,
  ...ARRAY_KEYWORDS,
  ...OBJECT_KEYWORDS,
  ...STRUCTURE_KEYWORDS,
  ...ANNOTATIONS,
]);
