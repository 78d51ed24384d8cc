import { MAX_REPORTED_ERRORS } from '../limits.js';
import type { Lang, SchemaError } from '../types.js';

/**
 * The errors a verdict lists: all of them up to {@link MAX_REPORTED_ERRORS}; past it the first
 * `MAX_REPORTED_ERRORS` and one more, keyword `maxErrors` at the form (pointer `""`), counting the
 * rest. The verdict stays not valid either way; only the list is shortened.
 *
 * @example
 * capErrors(errors, 'zh-CN').at(-1); // { pointer: '', keyword: 'maxErrors', message: '另有 1080 处错误未列出（只列出前 200 处）' }
 */
export function capErrors(errors: SchemaError[], lang: Lang): SchemaError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  const message =
    lang === 'en'
      ? `… and ${more} more errors (only the first ${MAX_REPORTED_ERRORS} are listed)`
      : `另有 ${more} 处错误未列出（只列出前 ${MAX_REPORTED_ERRORS} 处）`;
  return [...errors.slice(0, MAX_REPORTED_ERRORS), { pointer: '', keyword: 'maxErrors', message }];
}
