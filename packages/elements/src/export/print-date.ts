import type { JsonSchema, Lang } from '@guide-forms/core';

/**
 * How a month or date field prints: `2022年12月`, `2021年11月1日` (`Dec 2022` in English).
 * A native month input prints in the browser's own language (“December 2022” on most
 * machines), so the print stylesheet shows this text instead. `undefined` for other fields
 * or values that are not a month or a date.
 *
 * @example
 * printDate({ format: 'year-month' }, '2022-12', 'zh-CN'); // '2022年12月'
 */
export function printDate(schema: JsonSchema, value: string, lang: Lang): string | undefined {
  if (schema.format !== 'year-month' && schema.format !== 'date' && schema['x-widget'] !== 'month') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (lang === 'en') {
    const name = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1];
    return day ? `${day} ${name} ${m[1]}` : `${name} ${m[1]}`;
  }
  return day ? `${m[1]}年${month}月${day}日` : `${m[1]}年${month}月`;
}
