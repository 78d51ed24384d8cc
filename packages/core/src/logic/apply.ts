import jsonLogic from 'json-logic-js';
import { isCreditCodeChecksumValid } from '../formats/credit-code.js';
import type { Json, Logic } from '../types.js';
import { percent, trunc } from './arithmetic.js';
import { normalize } from './normalize.js';
import { today } from './today.js';

export { type Sanitized, sanitize, sanitizeData } from './sanitize.js';

let extended = false;

/**
 * Extension operators: GB 32100 check character, so a rule can warn on it; today's date in the
 * call's time zone, so a rule can refuse a date in the future or a time limit already past;
 * ratios at a threshold, exact on the written digits, and no Infinity from a zero whole.
 * Added on first use, not on import: the engine runs rules as closures (`closure.ts`), so a page
 * that never calls this does not carry json-logic-js.
 */
function extend(): void {
  if (extended) return;
  extended = true;
  jsonLogic.add_operation('uscc_checksum', (code: unknown) => typeof code === 'string' && isCreditCodeChecksumValid(code));
  jsonLogic.add_operation('today', (part?: unknown) => today(part ?? 'date'));
  jsonLogic.add_operation('percent', percent);
  jsonLogic.add_operation('trunc', trunc);
  jsonLogic.add_operation('normalize', normalize);
}

/**
 * Evaluates compiled logic against sanitized data with json-logic-js — the reference the
 * engine's closures (`runLogic`) are tested against; the engine itself runs `runLogic`.
 */
export function applyLogic(logic: Logic, data: Json): unknown {
  extend();
  return jsonLogic.apply(logic as never, data as never);
}

export { truthy } from './ops.js';
