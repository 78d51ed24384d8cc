import jsonLogic from 'json-logic-js';
import { isCreditCodeChecksumValid } from '../formats/credit-code.js';
import type { Json, Logic } from '../types.js';

export { type Sanitized, sanitize, sanitizeData } from './sanitize.js';

// The one extension operator: GB 32100 check character, so a rule can warn on it.
jsonLogic.add_operation('uscc_checksum', (code: unknown) => typeof code === 'string' && isCreditCodeChecksumValid(code));

/** Evaluates compiled logic against sanitized data. */
export function applyLogic(logic: Logic, data: Json): unknown {
  return jsonLogic.apply(logic as never, data as never);
}

/** JSON-Logic truthiness (an empty array is false). */
export function truthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}
