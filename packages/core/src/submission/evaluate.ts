import type { Engine, EvaluateOptions } from '../engine.js';
import { GuideFormsError } from '../errors.js';
import { localDate, withToday } from '../logic/today.js';
import { runRule } from '../rules/run.js';
import { type ValueLabel, valueLabels } from '../rules/value-label.js';
import type { Finding, Lang } from '../types.js';
import { cleanData } from '../validate/clean.js';
import { toInstant } from '../window.js';
import { brokenFinding, ruleFinding, sortFindings } from './findings.js';
import { type PairRules, pairRulesFor } from './pair-rules.js';
import type { Submission, SubmissionVerdict } from './types.js';

/**
 * Reads the envelope of a submission. Only the envelope can make this throw — a category
 * that is not a string, or that names the summary itself; the halves are data and never do.
 */
function envelope(input: unknown, pair: PairRules, year: number): Submission {
  const value = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
  const { category } = value;
  if (typeof category !== 'string' || category === '') {
    throw new GuideFormsError('bad-submission', '提交内容应为 { "category", "data", "summary" }，category 为征集表的类别（如 "key-rd"）', {
      pointer: '/category',
      expected: 'a category slug',
      found: JSON.stringify(category) ?? 'nothing',
    });
  }
  if (category === pair.summary) {
    throw new GuideFormsError(
      'pair-category',
      `category 应为征集表的类别，"${category}" 是凝练信息表本身；凝练信息表放在 summary 中（${year} 年）`,
      { pointer: '/category', expected: 'the suggestion form’s category', found: category },
    );
  }
  return { category, data: value.data, summary: value.summary };
}

/**
 * Labels for a pair document's values: `/data/…` by the form's fields, `/summary/…` by the
 * summary's, and `/category` — a category, as the summary's `/linked/category` is — by that field.
 */
function pairLabels(engine: Engine, category: string, summary: string, year: number): (lang: Lang) => ValueLabel {
  const form = engine.fields(category, year);
  const condensed = engine.fields(summary, year);
  return (lang) => {
    const ofForm = valueLabels(form, lang);
    const ofSummary = valueLabels(condensed, lang, (p) => (p === '/category' ? '/linked/category' : p));
    return (pointer, value) => {
      if (pointer === '/category') return ofSummary(pointer, value);
      if (pointer.startsWith('/data/')) return ofForm(pointer.slice(5), value);
      if (pointer.startsWith('/summary/')) return ofSummary(pointer.slice(8), value);
      return undefined;
    };
  };
}

/**
 * Evaluates a suggestion form and its summary together: each half with the engine, then the
 * pair rules on the document `{ category, data, summary }`. The pair's route is the form's.
 */
export function evaluatePair(
  engine: Engine,
  pair: PairRules,
  input: unknown,
  options: EvaluateOptions & { year: number },
): SubmissionVerdict {
  const submission = envelope(input, pair, options.year);
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
  const form = engine.evaluate(submission.category, submission.data, options);
  const summary = engine.evaluate(pair.summary, submission.summary, options);

  // The halves as evaluate sees them: depth-limited, blank texts not filled.
  const doc = cleanData({ category: submission.category, data: submission.data, summary: submission.summary }).data;
  const findings: Finding[] = [];
  const labels = pairLabels(engine, submission.category, pair.summary, options.year);
  const { utcOffset } = engine.getForm(submission.category, options.year).call.window;
  const day = localDate(toInstant(options.now, utcOffset), utcOffset);
  withToday(day, () => {
    for (const compiled of pairRulesFor(pair, submission.category)) {
      try {
        if (runRule(compiled, doc) === 'fail') findings.push(ruleFinding(compiled, doc, lang, labels));
      } catch {
        findings.push(brokenFinding(compiled, lang));
      }
    }
  });
  sortFindings(findings);
  const ok = form.ok && summary.ok && !findings.some((f) => f.severity === 'block');
  return { ok, form, summary, findings, route: form.route };
}
