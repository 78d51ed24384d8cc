import type { Catalog } from '../catalog.js';
import { fileOf } from '../catalog.js';
import { GuideFormsError } from '../errors.js';
import { type CompiledRule, compileRuleFile } from '../rules/compile.js';
import type { CallFile, RuleFile } from '../types.js';

/** The name of the pair rule file in `rules/<year>/`: `pair.rules.json`. */
export const PAIR_RULES = 'pair';

/** The pair rules of a year, compiled, and the category that plays the summary (附件7). */
export interface PairRules {
  /** The category of the summary half, from `call.json`'s `pair.summary` (e.g. `summary`). */
  summary: string;
  file: string;
  rules: CompiledRule[];
}

/**
 * The category of a call's summary half (`pair.summary` in call.json), or `undefined` when
 * the call does not pair its forms. Browser-safe: the element reads it from the form's call.
 *
 * @example
 * summaryCategory(call); // 'summary'
 */
export function summaryCategory(call: CallFile): string | undefined {
  const summary = call.pair?.summary;
  return typeof summary === 'string' && call.categories.includes(summary) ? summary : undefined;
}

/**
 * True when a category is a suggestion form of a paired call: the call pairs, and the category
 * is open and is not the summary itself — the forms that offer the way on to the summary.
 *
 * @example
 * pairsWithSummary(call, 'key-rd'); // true
 * pairsWithSummary(call, 'summary'); // false
 */
export function pairsWithSummary(call: CallFile, category: string): boolean {
  const summary = summaryCategory(call);
  return summary !== undefined && category !== summary && call.categories.includes(category);
}

/**
 * The pairing of a year: the summary category from `call.json`'s `pair`, and the rules of
 * `rules/<year>/pair.rules.json` (none when the file is absent). `null` when the call does
 * not pair. A `pair.summary` that is not an open category, or a pair rule file in a year
 * whose call does not pair, is a {@link GuideFormsError} naming the file and pointer.
 *
 * @example
 * compilePairRules(catalog, 2022)?.summary; // 'summary'
 */
export function compilePairRules(catalog: Catalog, year: number): PairRules | null {
  const entry = catalog.years[year];
  if (!entry) return null;
  const ruleFile = entry.rules[PAIR_RULES] as RuleFile | undefined;
  const file = fileOf(catalog, `rules/${year}/${PAIR_RULES}`);
  const callFile = fileOf(catalog, `rules/${year}/call`);
  const { call } = entry;
  if (call.pair === undefined) {
    if (!ruleFile) return null;
    throw new GuideFormsError(
      'pair-summary',
      `有 ${PAIR_RULES}.rules.json，但 call.json 没有写明配对（"pair": { "summary": 凝练信息表的类别 }）`,
      {
        file: callFile,
        pointer: '/pair',
        expected: '{ "summary": "<category>" }',
        found: 'nothing',
      },
    );
  }
  const summary = summaryCategory(call);
  if (summary === undefined) {
    throw new GuideFormsError('pair-summary', `call.json 的 pair.summary 应为 ${year} 年开放的类别之一`, {
      file: callFile,
      pointer: '/pair/summary',
      expected: call.categories.join(', '),
      found: JSON.stringify(call.pair.summary) ?? 'nothing',
    });
  }
  return { summary, file, rules: ruleFile ? compileRuleFile(ruleFile, file) : [] };
}

/** The pair rules that apply to a suggestion form of `category` (`appliesTo` absent: all). */
export function pairRulesFor(pair: PairRules, category: string): CompiledRule[] {
  return pair.rules.filter((r) => !r.rule.appliesTo || r.rule.appliesTo.includes(category));
}
