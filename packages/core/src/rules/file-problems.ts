import type { GuideFormsError } from '../errors.js';
import { computedProblems } from './computed.js';
import { paramProblems } from './params.js';
import { pointerProblems } from './pointers.js';

/**
 * The checks of a rule file that the engine's compiler, the loader and lint share — params
 * (`"min": null`), pointer lists (`"needs": ["/__proto__"]`), computed values — so each refuses
 * the same file with the same message. A file or rule that is not an object has none here (its
 * format says so).
 *
 * @example
 * ruleFileProblems({ rules: [{ id: 'R14', needs: ['/__proto__'] }] }, 'rules/2022/key-rd.rules.json')[0]?.pointer; // '/rules/0/needs/0'
 */
export function ruleFileProblems(data: unknown, file: string): GuideFormsError[] {
  const rules = typeof data === 'object' && data !== null ? (data as { rules?: unknown }).rules : undefined;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, i) => {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return [];
    const r = rule as Record<string, unknown>;
    const id = typeof r.id === 'string' ? r.id : `#${i + 1}`;
    return [
      ...pointerProblems(r, file, `/rules/${i}`, id),
      ...paramProblems(r.params, file, `/rules/${i}`, id),
      ...computedProblems(r.computed, r.params, file, `/rules/${i}`, id),
    ];
  });
}
