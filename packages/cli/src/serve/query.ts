import type { EvaluateOptions, Lang } from '@guide-forms/core/node';
import { toInstant } from '@guide-forms/core/tooling';
import { HttpError } from './errors.js';

/** The query of a check: `?year=&now=&lang=`, already type-checked by the route's schema. */
export interface CheckQuery {
  year?: number;
  now?: string;
  lang?: Lang;
}

/** Whether `now` reads as core reads it: ISO-8601, a day or a moment, with or without its zone. */
function readable(now: string): boolean {
  try {
    toInstant(now);
    return true;
  } catch {
    return false;
  }
}

/** The evaluate options of a check's query; an unreadable `now` is a 400 naming it. */
export function evaluateOptions(query: CheckQuery): EvaluateOptions {
  if (query.now !== undefined && !readable(query.now)) {
    throw new HttpError(
      400,
      'bad-now',
      `now 不是有效的 ISO-8601 时间：${query.now}（例如 2021-11-01T10:00:00+08:00）`,
      `"now" is not an ISO-8601 moment: ${query.now} (e.g. 2021-11-01T10:00:00+08:00)`,
    );
  }
  return {
    ...(query.year !== undefined ? { year: query.year } : {}),
    ...(query.now !== undefined ? { now: query.now } : {}),
    lang: query.lang === 'en' ? 'en' : 'zh-CN',
  };
}

/** A POST without a body. */
export function emptyBody(): HttpError {
  return new HttpError(400, 'empty-body', '请求体为空：请提交 JSON', 'The request body is empty: send JSON');
}
