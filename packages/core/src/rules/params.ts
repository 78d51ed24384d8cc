import { GuideFormsError } from '../errors.js';
import { joinPointer } from '../pointer.js';

/** A param name, as `{"param": "min"}` and `{min}` in messages write it. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list with an object, null or another list inside';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * The problems of a rule's `params`: each value must be a number, a string, true/false or a
 * list of those. `null` would compare as 0 (`{">=": [x, null]}` passes any amount) and an
 * object or a list holding one would be inlined into the logic and evaluated as an operation,
 * bypassing the operator allow-list. Used by the engine (which refuses the rule file) and by
 * `guide-forms lint` (which reports every problem), so both say the same thing.
 *
 * @example
 * paramProblems({ min: null }, 'rules/2022/key-rd.rules.json', '/rules/0', 'R14')[0]?.message;
 * // '规则 R14：参数 "min" 的值应为数字、文字、是/否或由它们组成的列表，实际为 null'
 */
export function paramProblems(params: unknown, file: string, at: string, rule: string): GuideFormsError[] {
  if (params === undefined) return [];
  const where = joinPointer(at, 'params');
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    return [
      new GuideFormsError('rule-param', `规则 ${rule}：params 应为对象，例如 {"min": 200}`, {
        file,
        pointer: where,
        expected: 'an object of named values',
        found: describe(params),
      }),
    ];
  }
  const out: GuideFormsError[] = [];
  for (const [name, value] of Object.entries(params)) {
    const pointer = joinPointer(where, name);
    if (!PARAM_NAME.test(name)) {
      out.push(
        new GuideFormsError('rule-param', `规则 ${rule}：参数名 "${name}" 只能由字母、数字和下划线组成，且不以数字开头`, {
          file,
          pointer,
          expected: PARAM_NAME.source,
          found: name,
        }),
      );
    }
    const ok = isScalar(value) || (Array.isArray(value) && value.every(isScalar));
    if (!ok) {
      out.push(
        new GuideFormsError(
          'rule-param',
          `规则 ${rule}：参数 "${name}" 的值应为数字、文字、是/否或由它们组成的列表，实际为 ${describe(value)}`,
          {
            file,
            pointer,
            expected: 'a number, string, boolean or a list of them',
            found: describe(value),
          },
        ),
      );
    }
  }
  return out;
}
