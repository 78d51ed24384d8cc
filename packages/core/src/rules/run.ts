import { applyLogic, truthy } from '../logic/apply.js';
import { getPointer } from '../pointer.js';
import type { Json, RuleOutcome } from '../types.js';
import type { CompiledRule } from './compile.js';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Evaluates one rule: `notApplicable` when a field it `needs` is blank (the schema
 * reports that) or its `when` is false; otherwise `pass` when its logic is true.
 * `safe` is the sanitized copy of `data`.
 */
export function runRule(compiled: CompiledRule, data: unknown, safe: Json): RuleOutcome {
  for (const pointer of compiled.rule.needs ?? []) {
    if (isBlank(getPointer(data, pointer))) return 'notApplicable';
  }
  if (compiled.when && !truthy(applyLogic(compiled.when.logic, safe))) return 'notApplicable';
  return truthy(applyLogic(compiled.logic.logic, safe)) ? 'pass' : 'fail';
}
