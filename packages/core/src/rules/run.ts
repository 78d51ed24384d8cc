import { truthy } from '../logic/ops.js';
import { runCompiled } from '../logic/runner.js';
import { getPointer } from '../pointer.js';
import type { RuleOutcome } from '../types.js';
import type { CompiledRule } from './compile.js';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Evaluates one rule: `notApplicable` when a field it `needs` is blank (the schema
 * reports that) or its `when` is false; otherwise `pass` when its logic is true.
 * `data` is depth-bounded, blank texts removed (`cleanData`); the logic reads it through its
 * sanitized view.
 */
export function runRule(compiled: CompiledRule, data: unknown): RuleOutcome {
  for (const pointer of compiled.rule.needs ?? []) {
    if (isBlank(getPointer(data, pointer))) return 'notApplicable';
  }
  if (compiled.when && !truthy(runCompiled(compiled.when, data))) return 'notApplicable';
  return truthy(runCompiled(compiled.logic, data)) ? 'pass' : 'fail';
}
