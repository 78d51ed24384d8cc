/** The JSON types a schema's `type` names. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

const TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

/** Whether `name` is a JSON type. */
export const isJsonType = (name: unknown): name is JsonType => typeof name === 'string' && TYPES.has(name);

/**
 * Whether `data` is of the JSON type `type`. A number must be finite (JSON has no NaN or
 * Infinity; ajv's `strictNumbers`), an integer also whole.
 */
export function hasType(data: unknown, type: JsonType): boolean {
  switch (type) {
    case 'string':
      return typeof data === 'string';
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    case 'integer':
      return typeof data === 'number' && Number.isInteger(data);
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    case 'array':
      return Array.isArray(data);
    default:
      return typeof data === 'object' && data !== null && !Array.isArray(data);
  }
}
