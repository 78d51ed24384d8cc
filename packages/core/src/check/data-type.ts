/** The JSON types a schema's `type` names. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

const TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

/** Whether `name` is a JSON type. */
export const isJsonType = (name: unknown): name is JsonType => typeof name === 'string' && TYPES.has(name);

/**
 * Whether a value is of a JSON type. A number must be finite (JSON has no NaN or Infinity; ajv's
 * `strictNumbers`), an integer also whole.
 */
export const TYPE_IS: Readonly<Record<JsonType, (d: unknown) => boolean>> = {
  string: (d) => typeof d === 'string',
  number: (d) => typeof d === 'number' && Number.isFinite(d),
  integer: (d) => typeof d === 'number' && Number.isInteger(d),
  boolean: (d) => typeof d === 'boolean',
  null: (d) => d === null,
  array: (d) => Array.isArray(d),
  object: (d) => typeof d === 'object' && d !== null && !Array.isArray(d),
};

/** Whether `data` is of the JSON type `type` ({@link TYPE_IS}). */
export const hasType = (data: unknown, type: JsonType): boolean => TYPE_IS[type](data);
