import { judging } from '../logic/read.js';
import { withToday } from '../logic/today.js';
import { type CompiledRouting, routeIn } from '../route.js';
import type { CompiledRule } from '../rules/compile.js';
import { judgeRule, rulePlans } from '../rules/plan.js';
import { valueLabels } from '../rules/value-label.js';
import type { FieldInfo } from '../schema/fields.js';
import type { Finding, Lang, Route, SchemaError } from '../types.js';
import { repeatsErrors } from '../validate/one-per-mistake.js';
import { brokenFinding, ruleFinding } from './findings.js';

/** What a form's rules and routing make of a submission. */
export interface Judgement {
  /** The rules' and the routing's findings, block → warn → info, none repeating a field's error. */
  findings: Finding[];
  route: Route | null;
}

/** What {@link judgeForm} reads of a compiled form. */
export interface JudgedForm {
  rules: readonly CompiledRule[];
  /** The form's fields, for the labels of the choices a message quotes. */
  fields?: ReadonlyMap<string, FieldInfo>;
  routing: CompiledRouting;
  domains: readonly unknown[] | undefined;
}

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

/**
 * Runs a form's rules and routing on data as `judgedData` gave it (`plain`: read as it is), on
 * `day` (`{"today": …}`), after the schema's `errors` are known: a rule that fails is written up
 * only when its finding does not repeat a field's own error (`withoutRepeats`), so messages are
 * made for what the applicant reads. A rule that throws is a `block` finding naming its file.
 *
 * @example
 * const { findings, route } = judgeForm(form, data, true, errors, '2021-11-01', 'zh-CN');
 */
export function judgeForm(
  form: JudgedForm,
  data: unknown,
  plain: boolean,
  errors: readonly SchemaError[],
  day: string,
  lang: Lang,
): Judgement {
  const plans = rulePlans(form.rules);
  const { fields } = form;
  return withToday(day, () =>
    judging(data, plain, () => {
      const findings: Finding[] = [];
      for (const plan of plans) {
        const { compiled } = plan;
        let finding: Finding;
        // Each failed rule is written up only when it does not repeat a field's error.
        try {
          if (judgeRule(plan, data) !== 'fail' || repeatsErrors(compiled.rule.fields, errors)) continue;
          finding = ruleFinding(compiled, data, lang, fields && ((say) => valueLabels(fields, say)));
        } catch {
          if (repeatsErrors(compiled.rule.fields, errors)) continue;
          finding = brokenFinding(compiled, lang);
        }
        findings.push(finding);
      }
      const routed = routeIn(form.routing, data, lang, form.domains, fields && valueLabels(fields, lang));
      if (routed.finding && !repeatsErrors(routed.finding.pointers, errors)) findings.push(routed.finding);
      if (findings.length > 1) findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      return { findings, route: routed.route };
    }),
  );
}
