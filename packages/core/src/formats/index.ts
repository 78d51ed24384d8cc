import { isCreditCodeFormat } from './credit-code.js';

/**
 * Formats for Chinese government data, shared by the runtime validator and the
 * precompiled (standalone) ones. Each is a pure predicate on a string.
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
  /** 年月, e.g. 2022-06. */
  'year-month': (s: string): boolean => /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(s),
} as const;

export type FormatName = keyof typeof formats;

export { creditCodeCheckChar, isCreditCodeChecksumValid, isCreditCodeFormat } from './credit-code.js';
