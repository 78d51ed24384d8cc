import { isCreditCodeFormat } from './credit-code.js';

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

/**
 * Every format a guide-forms schema may use — Chinese government data plus email and date —
 * shared by the runtime validator and the precompiled (standalone) ones, so the browser bundle
 * carries no format table it does not use. Each is a pure predicate on a string.
 */
export const formats = {
  /** 统一社会信用代码: structure only; the check character is a `warn` rule. */
  'credit-code': (s: string): boolean => isCreditCodeFormat(s),
  /** 中国大陆手机号: 11 digits starting 13–19. */
  mobile: (s: string): boolean => /^1[3-9]\d{9}$/.test(s),
  /** 固定电话: area code 0 + 2–3 digits, optional hyphen, 7–8 digits, optional extension. */
  landline: (s: string): boolean => /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/.test(s),
  /** 邮政编码: 6 digits; the first is never 0 except for a few special codes, so 0–8. */
  postcode: (s: string): boolean => /^[0-8]\d{5}$/.test(s),
  /** 电子邮箱: local part and a dotted domain (the “fast” form of ajv-formats, no IP literals). */
  email: (s: string): boolean => EMAIL.test(s),
  /** 日期 YYYY-MM-DD that exists in the calendar (2023-02-29 does not). */
  date: (s: string): boolean => isCalendarDate(s),
  /** 年月, e.g. 2022-06. */
  'year-month': (s: string): boolean => /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(s),
} as const;

export type FormatName = keyof typeof formats;

export { creditCodeCheckChar, isCreditCodeChecksumValid, isCreditCodeFormat } from './credit-code.js';
