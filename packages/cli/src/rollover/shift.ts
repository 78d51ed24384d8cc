/**
 * Year arithmetic of a rollover: dates of the window move by whole years, and year
 * numbers in display texts (titles, messages, notes) follow the call year.
 */

/** `2021-10-20` moved by `years`; 29 February becomes 28 February in a common year. */
export function shiftDate(date: string, years: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const year = Number(m[1]) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m[2] === '02' && m[3] === '29' && !leap ? '28' : m[3];
  return `${year}-${m[2]}-${day}`;
}

/**
 * Moves the call year and the year before it (a call is usually published the year
 * before) by `years` in a display text: `2022年` → `2023年`, `2021年11月10日` →
 * `2022年11月10日`, `Dalian 2022` → `Dalian 2023`. A number inside a document number
 * (`大政发〔2017〕118号`) or after a hyphen (`GB 32100-2015`) is left alone.
 *
 * @example
 * shiftYears('2022年大连市第一批科技计划', 2022, 1); // '2023年大连市第一批科技计划'
 */
export function shiftYears(text: string, from: number, years: number): string {
  const pattern = new RegExp(`(?<![\\d\\-〔\\[（(［])(${from - 1}|${from})(?![\\d〕\\]）)］])`, 'g');
  return text.replace(pattern, (y) => String(Number(y) + years));
}

/** True when a text names a year or a date, so a quoted clause may need a look. */
export function mentionsYear(text: string): boolean {
  return /(19|20)\d{2}(年|-\d{2})/.test(text);
}
