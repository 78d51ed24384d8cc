import { GuideFormsError } from '../errors.js';
import { toPattern } from '../pointer.js';
import type { FieldInfo } from '../schema/fields.js';
import type { CompiledRule } from './compile.js';

/**
 * Refuses a rule whose `needs` names a field the form does not have. A needed field the
 * applicant can never fill leaves the rule "not applicable" for every submission — R14 with
 * `"needs": ["/nope/x"]` would let 199.99 万元 through — so the engine refuses it, as lint does,
 * naming the rule file and the pointer of the item.
 *
 * @example
 * checkNeeds(form.rules, form.fields, 'key-rd'); // throws on "needs": ["/nope/x"]
 */
export function checkNeeds(rules: readonly CompiledRule[], fields: ReadonlyMap<string, FieldInfo>, category: string): void {
  for (const { rule, file, pointer } of rules) {
    (rule.needs ?? []).forEach((need, k) => {
      if (fields.has(toPattern(need))) return;
      throw new GuideFormsError('unknown-field', `规则 ${rule.id}：needs 中的字段 "${need}" 在表单 ${category} 中不存在`, {
        file,
        pointer: `${pointer}/needs/${k}`,
        expected: `a field of forms/${category}/schema.json`,
        found: need,
      });
    });
  }
}
