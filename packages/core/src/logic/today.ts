/**
 * “Today” for rules that judge a date against the moment of checking — a contract cannot be
 * registered after today, a 需求时限 cannot already be over. The day is the calendar day of the
 * evaluation's `now` in the call's time zone (北京时间 for Dalian), so a server in UTC and a
 * browser in Dalian agree. Evaluation is synchronous, so one module-level value set around each
 * run is safe in Node and in the browser alike.
 */

/** What `{"today": …}` may return: the date, the year-month or the year. */
export const TODAY_PARTS = ['date', 'month', 'year'] as const;
export type TodayPart = (typeof TODAY_PARTS)[number];

let current: string | null = null;

/**
 * The calendar day (`YYYY-MM-DD`) of an instant at a UTC offset such as `+08:00`.
 *
 * @example
 * localDate(new Date('2021-11-10T16:30:00Z'), '+08:00'); // '2021-11-11'
 */
export function localDate(now: Date, utcOffset: string): string {
  return dayAt(now.getTime(), utcOffset);
}

/**
 * {@link localDate} of a time in milliseconds. Every check of a call asks for the same day: the
 * last answer is kept with the instants its day spans, so the next check in that day reuses it.
 *
 * @example
 * dayAt(Date.parse('2021-11-10T16:30:00Z'), '+08:00'); // '2021-11-11'
 */
export function dayAt(time: number, utcOffset: string): string {
  const last = LAST_DAY;
  if (time >= last.from && time < last.until && utcOffset === last.utcOffset) return last.day;
  let minutes = OFFSETS.get(utcOffset);
  if (minutes === undefined) {
    const m = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
    minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    // A call has one offset; every check asks for it.
    if (OFFSETS.size >= 100) OFFSETS.clear();
    OFFSETS.set(utcOffset, minutes);
  }
  const local = time + minutes * 60_000;
  // Throws a RangeError for an instant a Date cannot hold, as before.
  const day = new Date(local).toISOString().slice(0, 10);
  // The local calendar day spans [midnight, next midnight) of the offset: a UTC day shifted back.
  const from = Math.floor(local / DAY) * DAY - minutes * 60_000;
  LAST_DAY = { from, until: from + DAY, utcOffset, day };
  return day;
}

const DAY = 24 * 60 * 60 * 1000;
let LAST_DAY = { from: 0, until: 0, utcOffset: '', day: '' };

const OFFSETS = new Map<string, number>();

/** Runs `fn` with `{"today": …}` answering for the given day (`YYYY-MM-DD`). */
export function withToday<T>(day: string, fn: () => T): T {
  const previous = current;
  current = day;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/**
 * The value of `{"today": []}` (`"2021-11-01"`), `{"today": "month"}` (`"2021-11"`) or
 * `{"today": "year"}` (`2021`). Dates as `YYYY-MM-DD` strings compare correctly with `<`/`<=`.
 */
export function today(part: unknown = 'date'): string | number {
  const day = current ?? new Date().toISOString().slice(0, 10);
  if (part === 'year') return Number(day.slice(0, 4));
  if (part === 'month') return day.slice(0, 7);
  return day;
}
