/** The pair of a suggestion: 征集表 (附件1–6) + 指南凝练信息表 (附件7), judged together. */
import { getDefaultEngine } from '../default.js';
import type { EvaluateOptions } from '../engine.js';
import type { Submission, SubmissionVerdict } from './types.js';

export { meetsPairExpectation, pairedExample } from './examples.js';
export { compilePairRules, PAIR_RULES, type PairRules, pairRulesFor } from './pair-rules.js';
export type { Submission, SubmissionVerdict } from './types.js';

/**
 * Checks a whole suggestion — its suggestion form and its 指南凝练信息表 — with the default
 * engine: `ok` only when both halves are ok and no pair rule blocks. Never throws on bad
 * data; an unknown category or year, or an envelope without a category, is a GuideFormsError.
 *
 * @example
 * const v = evaluateSubmission({ category: 'key-rd', data, summary }, { now: '2021-11-01T10:00:00+08:00' });
 * if (!v.ok) console.log(v.form.errors, v.summary.errors, v.findings);
 */
export function evaluateSubmission(submission: Submission, options?: EvaluateOptions): SubmissionVerdict;
/** Checks a pair of any shape, e.g. parsed from a request; the verdict reports what does not fit. */
export function evaluateSubmission(submission: unknown, options?: EvaluateOptions): SubmissionVerdict;
export function evaluateSubmission(submission: unknown, options?: EvaluateOptions): SubmissionVerdict {
  return getDefaultEngine().evaluateSubmission(submission, options);
}
