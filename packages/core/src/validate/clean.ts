import { MAX_DATA_DEPTH } from '../limits.js';
import { copyClean, shareClean } from './copy-clean.js';

/** Data as the schema and the rules judge it, and where, if anywhere, it was nested too deeply. */
export interface Cleaned {
  data: unknown;
  /** JSON Pointer of the first value deeper than {@link MAX_DATA_DEPTH} (replaced by `null`), or `null`. */
  tooDeep: string | null;
}

/** Data as the schema and the rules judge it: {@link Cleaned}, and whether rules may read it as it is. */
export interface Judged extends Cleaned {
  /** True when no object of `data` has its own `toString` (see {@link readableAsIs}). */
  plain: boolean;
}

/**
 * {@link cleanData} for the engine, which also learns whether rules may read the data as it is
 * (`plain`: no data object has its own `toString`; {@link readableAsIs} agrees).
 *
 * @example
 * const input = { title: '大连' };
 * judgedData(input).data === input; // true
 * judgedData({ title: '\u3000' }).data; // {}
 */
export function judgedData(input: unknown): Judged {
  const judged = shareClean(input) ?? copyClean(input);
  const { data, plain } = judged;
  if (plain && typeof data === 'object' && data !== null) PLAIN_AS_SAFE.add(data);
  // The caller's object, marked when it was clean, may have changed since: a copy was made of it now.
  if (data !== input && typeof input === 'object' && input !== null) PLAIN_AS_SAFE.delete(input);
  return judged;
}

/**
 * `withoutBlanks(sanitizeData(input).safe)`, without copying when there is nothing to change: JSON
 * data cut at {@link MAX_DATA_DEPTH} (a deeper value — or a cycle — becomes `null` and the pointer
 * of the first is returned; the recursion is bounded by that depth, so hostile nesting cannot
 * overflow), with what is not JSON left out of objects (`null` in lists), and blank texts counting
 * as not filled: left out of objects, `""` in lists (so `minLength` reports them and the other
 * items keep their places). Data that is clean JSON already is returned as it is (callers read it,
 * never write it); otherwise one copy is made. Objects are plain, for the schema's validator;
 * rules read them through their sanitized view (`safeOf`) when one has its own `toString`.
 *
 * @example
 * cleanData({ title: '\u3000', n: [' ', 1] }).data; // { n: ['', 1] }
 */
export function cleanData(input: unknown): Cleaned {
  const { data, tooDeep } = judgedData(input);
  return { data, tooDeep };
}

/**
 * Data `cleanData` made in which no object has its own `toString`: there a plain object behaves
 * in every JSON-Logic operator exactly as its sanitized view does (it converts to
 * "[object Object]", reads only what `var` lets it), so rules read it without making views.
 */
const PLAIN_AS_SAFE = new WeakSet<object>();

/**
 * True when rules may read `data` as it is (see {@link cleanData}); false for anything else,
 * which rules then read through sanitized views.
 */
export function readableAsIs(data: unknown): boolean {
  return typeof data === 'object' && data !== null && PLAIN_AS_SAFE.has(data);
}
