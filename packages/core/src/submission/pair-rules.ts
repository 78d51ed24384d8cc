import type { Catalog } from '../catalog.js';
import { fileOf } from '../catalog.js';
import { GuideFormsError } from '../errors.js';
import { type CompiledRule, compileRuleFile } from '../rules/compile.js';
import type { RuleFile } from '../types.js';

/** The name of the pair rule file in `rules/<year>/`: `pair.rules.json`. */
export const PAIR_RULES = 'pair';

/** The pair rules of a year, compiled, and the category that plays the summary (附件7). */
export interface PairRules {
  /** The category of the summary half, from the file's `summary` key (e.g. `summary`). */
  summary: string;
  file: string;
  rules: CompiledRule[];
}

/**
 * Compiles `rules/<year>/pair.rules.json`: the rules about a suggestion form and its summary
 * together. `null` when the year has none. A file without a `summary` category that the
 * call opens is a {@link GuideFormsError} naming the file.
 *
 * @example
 * compilePairRules(catalog, 2022)?.summary; // 'summary'
 */
export function compilePairRules(catalog: Catalog, year: number): PairRules | null {
  const ruleFile = catalog.years[year]?.rules[PAIR_RULES] as (RuleFile & { summary?: unknown }) | undefined;
  if (!ruleFile) return null;
  const file = fileOf(catalog, `rules/${year}/${PAIR_RULES}`);
  const categories = catalog.years[year]?.call.categories ?? [];
  const summary = ruleFile.summary;
  if (typeof summary !== 'string' || !categories.includes(summary)) {
    throw new GuideFormsError('rule-file', `${PAIR_RULES}.rules.json 应在 "summary" 中写明凝练信息表的类别（${year} 年开放的类别之一）`, {
      file,
      pointer: '/summary',
      expected: categories.join(', '),
      found: JSON.stringify(summary) ?? 'nothing',
    });
  }
  return { summary, file, rules: compileRuleFile(ruleFile, file) };
}

/** The pair rules that apply to a suggestion form of `category` (`appliesTo` absent: all). */
export function pairRulesFor(pair: PairRules, category: string): CompiledRule[] {
  return pair.rules.filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes(category));
}
