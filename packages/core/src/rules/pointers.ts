import { GuideFormsError } from '../errors.js';
import { FORBIDDEN_SEGMENTS, joinPointer, parsePointer } from '../pointer.js';

/** RFC 6901 syntax: empty, or `/`-separated segments where `~` is only `~0` or `~1`. */
const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** The lists of field pointers a rule declares. */
export const POINTER_LISTS = ['fields', 'needs', 'marksRequired'] as const;

/**
 * The problems of the pointer lists of a rule (`fields`, `needs`, `marksRequired`): each item
 * must be a well-formed JSON Pointer naming no prototype segment. `"needs": ["/__proto__"]`
 * is never filled in by a submission, so the rule would always be "not applicable" — R14
 * would let 199.99 through. Shared by the engine and `guide-forms lint`.
 *
 * @example
 * pointerProblems({ needs: ['/__proto__'] }, 'rules/2022/key-rd.rules.json', '/rules/0', 'R14')[0]?.pointer;
 * // '/rules/0/needs/0'
 */
export function pointerProblems(rule: Record<string, unknown>, file: string, at: string, id: string): GuideFormsError[] {
  const out: GuideFormsError[] = [];
  for (const list of POINTER_LISTS) {
    const value = rule[list];
    if (value === undefined && list !== 'fields') continue;
    if (!Array.isArray(value)) {
      out.push(
        new GuideFormsError('rule-pointer', `规则 ${id}：${list} 应为 JSON Pointer 列表`, {
          file,
          pointer: joinPointer(at, list),
          expected: 'an array of JSON Pointers',
          found: JSON.stringify(value) ?? 'nothing',
        }),
      );
      continue;
    }
    value.forEach((item, i) => {
      const pointer = joinPointer(at, list, i);
      if (typeof item !== 'string' || !POINTER.test(item)) {
        out.push(
          new GuideFormsError(
            'rule-pointer',
            `规则 ${id}：${list} 中的 ${JSON.stringify(item)} 不是 JSON Pointer（应以 / 开头，如 "/project/totalRdInvestment"）`,
            {
              file,
              pointer,
              expected: 'a JSON Pointer',
              found: JSON.stringify(item) ?? 'nothing',
            },
          ),
        );
        return;
      }
      const bad = parsePointer(item).find((s) => FORBIDDEN_SEGMENTS.has(s));
      if (bad !== undefined) {
        out.push(
          new GuideFormsError('rule-pointer', `规则 ${id}：${list} 不得指向原型链上的 "${bad}"（${item}）`, {
            file,
            pointer,
            expected: 'a data field',
            found: item,
          }),
        );
      }
    });
  }
  return out;
}
