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

/** Operators whose arguments are amounts: a param used there is a number. */
const NUMERIC = new Set(['>', '>=', '<', '<=', '+', '-', '*', '/', '%', 'min', 'max', 'percent', 'trunc']);

/** The params a logic tree uses as amounts (an argument of `>=`, `+`, `max`, …). */
function numericParams(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) numericParams(n, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [op, args] of Object.entries(node)) {
      if (NUMERIC.has(op)) {
        for (const arg of Array.isArray(args) ? args : [args]) {
          const name = typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? (arg as { param?: unknown }).param : undefined;
          if (typeof name === 'string') out.add(name);
        }
      }
      numericParams(args, out);
    }
  }
  return out;
}

/** An ISO-8601 calendar date or month: compared as text, it orders as the dates do. */
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** What a person probably meant by a threshold written as text: `"300万"` → 300, `"２００"` → 200. */
function numberIn(text: string): number | undefined {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s,，]/g, '');
  const m = /^(\d+(?:\.\d+)?)(?:万元|万|元)?$/.exec(ascii);
  return m ? Number(m[1]) : undefined;
}

/**
 * The problems of params whose use says what type they are: a param compared or added
 * (`{">=": [{"var": …}, {"param": "min"}]}`) is an amount, so it must be a number (or a date written
 * YYYY-MM-DD / YYYY-MM, which compares as dates do) — `"300万"`,
 * `"two hundred"`, `"２００"` or `[300]` would make every submission fail (or pass) the rule.
 * Used by the engine and by `guide-forms lint`, which adds the hint.
 *
 * @example
 * paramTypeProblems({ id: 'R14', params: { min: '300万' }, logic: { '>=': [{ var: '/x' }, { param: 'min' }] } }, 'rules/2023/key-rd.rules.json', '/rules/0')[0]?.message;
 * // '规则 R14：参数 "min" 用于比较或计算，应为数字，实际为文字 "300万"'
 */
export function paramTypeProblems(
  rule: { id?: unknown; params?: unknown; when?: unknown; logic?: unknown; computed?: unknown },
  file: string,
  at: string,
): GuideFormsError[] {
  const params = rule.params;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return [];
  const out: GuideFormsError[] = [];
  for (const name of numericParams([rule.when, rule.logic, rule.computed])) {
    if (!Object.hasOwn(params, name)) continue;
    const value = (params as Record<string, unknown>)[name];
    if (typeof value === 'number' && Number.isFinite(value)) continue;
    // A date written YYYY-MM-DD (or YYYY-MM) compares correctly as text against dates and `today`.
    if (typeof value === 'string' && ISO_DATE.test(value)) continue;
    const found =
      typeof value === 'string'
        ? `文字 ${JSON.stringify(value)}`
        : Array.isArray(value)
          ? `列表 ${JSON.stringify(value)}`
          : JSON.stringify(value);
    const meant = typeof value === 'string' ? numberIn(value) : undefined;
    out.push(
      new GuideFormsError('param-type', `规则 ${String(rule.id)}：参数 "${name}" 用于比较或计算，应为数字，实际为${found}`, {
        file,
        pointer: joinPointer(joinPointer(at, 'params'), name),
        expected: meant === undefined ? 'a number, e.g. 300' : String(meant),
        found: JSON.stringify(value),
      }),
    );
  }
  return out;
}
