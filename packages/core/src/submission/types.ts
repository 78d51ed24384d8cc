import type { Finding, Route, Verdict } from '../types.js';

/**
 * One suggestion as the notice asks for it (“需填写指南建议征集表及指南凝练信息表”):
 * a suggestion form of 附件1–6 (`category` and its `data`) plus its 附件7 (`summary`).
 *
 * @example
 * const pair: Submission = { category: 'key-rd', data: keyRdValue, summary: summaryValue };
 */
export interface Submission {
  /** The suggestion form's category, e.g. `key-rd` (not the summary's). */
  category: string;
  /** The suggestion form's value (附件1–6). */
  data: unknown;
  /** The 指南凝练信息表's value (附件7). */
  summary: unknown;
}

/**
 * The verdict of a whole suggestion: each half's own {@link Verdict}, the findings about
 * the pair as a whole and the one route of the pair.
 * Pair findings point into the submission document: `/data/content/title`, `/summary/linked/suggestionTitle`.
 */
export interface SubmissionVerdict {
  /** Both halves ok and no pair finding blocks. */
  ok: boolean;
  /** The suggestion form's verdict (pointers relative to `data`). */
  form: Verdict;
  /** The summary's verdict (pointers relative to `summary`). */
  summary: Verdict;
  /** The pair rules that did not pass, sorted block → warn → info. */
  findings: Finding[];
  /** The pair's office: the suggestion form's route (by its category and 领域). */
  route: Route | null;
}
