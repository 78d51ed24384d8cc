import { halfWidth } from './parse.js';

// The month widget's value, apart from the widget: the widget is a chunk fetched when a month
// field is first on screen, these two are part of the public API.

/** The two parts of a stored month: `2023-06` → ['2023', '6']; a half-typed `2023-` → ['2023', '']. */
export function splitMonth(value: unknown): [string, string] {
  if (typeof value !== 'string' || value === '') return ['', ''];
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return [m[1] as string, String(Number(m[2]))];
  const at = value.lastIndexOf('-');
  return at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at + 1)];
}

/**
 * The stored value for what was typed in 年 and 月: `YYYY-MM` when both make a month (full-width
 * digits and a trailing 年/月 accepted: `２０２３年`, `6月`), nothing when both are empty, and
 * otherwise the text as typed joined by `-` — kept, so the draft holds it and the schema's
 * format message says what to type.
 *
 * @example
 * joinMonth('２０２３', '6月'); // '2023-06'
 * joinMonth('2023', '');       // '2023-'
 */
export function joinMonth(year: string, month: string): string | undefined {
  const y = halfWidth(year).trim().replace(/年$/, '').trim();
  const m = halfWidth(month)
    .trim()
    .replace(/月(份)?$/, '')
    .trim();
  if (y === '' && m === '') return undefined;
  if (/^\d{4}$/.test(y) && /^\d{1,2}$/.test(m) && Number(m) >= 1 && Number(m) <= 12) return `${y}-${m.padStart(2, '0')}`;
  return `${year.trim()}-${month.trim()}`;
}
