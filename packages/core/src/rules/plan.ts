import { truthy } from '../logic/ops.js';
import { type LogicRunner, runnerOf } from '../logic/runner.js';
import { parsePointer } from '../pointer.js';
import type { RuleOutcome } from '../types.js';
import type { CompiledRule } from './compile.js';

/**
 * One rule ready to judge on every check: its functions (generated code or closures) found once
 * (not looked up per call) and the pointers it `needs` parsed once. Made from a {@link CompiledRule}, which stays plain data.
 */
export interface RulePlan {
  compiled: CompiledRule;
  /** The segments of each `needs` pointer. */
  needs: readonly (readonly string[])[];
  when: LogicRunner | null;
  logic: LogicRunner;
}

const PLANS = new WeakMap<readonly CompiledRule[], RulePlan[]>();

/**
 * The plans of a form's rules, made once per list of compiled rules and remembered.
 *
 * @example
 * for (const plan of rulePlans(form.rules)) judgeRule(plan, data);
 */
export function rulePlans(rules: readonly CompiledRule[]): RulePlan[] {
  let plans = PLANS.get(rules);
  if (!plans) {
    plans = rules.map((compiled) => ({
      compiled,
      needs: (compiled.rule.needs ?? []).map(parsePointer),
      when: compiled.when ? runnerOf(compiled.when) : null,
      logic: runnerOf(compiled.logic),
    }));
    PLANS.set(rules, plans);
  }
  return plans;
}

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * `getPointer` on a pointer's parsed segments (`parsePointer`): own properties of objects, index
 * segments of lists — without remembering the pointer or making an object per step.
 *
 * @example
 * valueAt({ unit: { unitType: '企业' } }, ['unit', 'unitType']); // '企业'
 */
export function valueAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string;
    if (Array.isArray(node)) {
      if (!INDEX.test(segment)) return undefined;
      const index = Number(segment);
      if (index >= node.length) return undefined;
      node = node[index];
    } else if (typeof node === 'object' && node !== null && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return undefined;
  }
  return node;
}

/**
 * `runRule` for a planned rule, inside a `judging` scope for `data` (and `withToday`): the same
 * outcome — `notApplicable` when a field it `needs` is blank or its `when` is false, else `pass`
 * when its logic is true. Throws what the logic throws.
 */
export function judgeRule(plan: RulePlan, data: unknown): RuleOutcome {
  for (const segments of plan.needs) {
    const value = valueAt(data, segments);
    if (value === undefined || value === null || value === '') return 'notApplicable';
  }
  if (plan.when && !truthy(plan.when(data))) return 'notApplicable';
  return truthy(plan.logic(data)) ? 'pass' : 'fail';
}
