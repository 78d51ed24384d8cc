import jsonLogic from 'json-logic-js';
import { isCreditCodeChecksumValid } from '../formats/credit-code.js';
import type { Json, Logic } from '../types.js';
import { percent, trunc } from './arithmetic.js';
import { today } from './today.js';

export { type Sanitized, sanitize, sanitizeData } from './sanitize.js';

// Extension operators: GB 32100 check character, so a rule can warn on it; today's date in the
// call's time zone, so a rule can refuse a date in the future or a time limit already past.
jsonLogic.add_operation('uscc_checksum', (code: unknown) => typeof code === 'string' && isCreditCodeChecksumValid(code));
jsonLogic.add_operation('today', (part?: unknown) => today(part ?? 'date'));
// Ratios at a threshold: exact on the written digits, and no Infinity from a zero whole.
jsonLogic.add_operation('percent', percent);
jsonLogic.add_operation('trunc', trunc);

/** Evaluates compiled logic against sanitized data. */
export function applyLogic(logic: Logic, data: Json): unknown {
  return jsonLogic.apply(logic as never, data as never);
}

/** JSON-Logic truthiness (an empty array is false). */
export function truthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}
