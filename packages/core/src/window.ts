import { GuideFormsError } from './errors.js';
import type { CallFile, Lang, WindowState } from './types.js';

const DAY = 24 * 60 * 60 * 1000;

/** An ISO-8601 day, or day and time, with its zone (`Z`, `+08:00`, `+0800`) or without one. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

function badNow(now: unknown): GuideFormsError {
  return new GuideFormsError('bad-now', `无法识别的时间 ${JSON.stringify(String(now))}，应为 ISO-8601，如 2021-11-01T10:00:00+08:00`, {
    expected: 'ISO-8601 date-time',
    found: String(now),
  });
}

/**
 * Parses `now`: a Date, milliseconds since 1970, or ISO-8601 text. Text without a zone is read in
 * the call's (`utcOffset`, `+08:00` for Dalian: 北京时间) — never in the time zone of the machine the
 * check runs on, so “2021-11-10T23:59” is the last minute of the window on a server in UTC as in
 * Dalian — and a day alone is its midnight there. Anything else, including the free forms
 * `Date.parse` would guess at (“Nov 10 2021”, “2021/11/10”), is a `bad-now` error, not "now".
 *
 * @example
 * toInstant('2021-11-10T23:59', '+08:00').toISOString(); // '2021-11-10T15:59:00.000Z'
 * toInstant('2021-11-10', '+08:00').toISOString();       // '2021-11-09T16:00:00.000Z'
 */
export function toInstant(now: Date | string | number | undefined, utcOffset = '+08:00'): Date {
  if (now === undefined) return new Date();
  let date: Date;
  if (typeof now === 'string') {
    const m = ISO.exec(now.trim());
    if (!m) throw badNow(now);
    const [, day, time, zone] = m;
    date = new Date(`${day}T${(time ?? '00:00').replace(',', '.')}${zone ?? utcOffset}`);
  } else date = now instanceof Date ? now : new Date(now);
  if (Number.isNaN(date.getTime())) throw badNow(now);
  return date;
}

/**
 * {@link toInstant} as milliseconds, for a check that only compares times. A server or a test
 * passes the same `now` text on every check: the last one parsed is kept.
 *
 * @example
 * instantOf('2021-11-01T10:00:00+08:00', '+08:00'); // 1635732000000
 */
export function instantOf(now: Date | string | number | undefined, utcOffset: string): number {
  if (now === undefined) return Date.now();
  if (typeof now === 'string') {
    if (now === lastText.text && utcOffset === lastText.utcOffset) return lastText.time;
    const time = toInstant(now, utcOffset).getTime();
    lastText = { text: now, utcOffset, time };
    return time;
  }
  return toInstant(now).getTime();
}

let lastText = { text: '', utcOffset: '', time: Number.NaN };

/** Midnight at the start of a calendar day in the call's time zone. */
function startOfDay(day: string, utcOffset: string, file: string, pointer: string): number {
  const t = Date.parse(`${day}T00:00:00${utcOffset}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(t)) {
    throw new GuideFormsError('call-window', `征集时间 ${JSON.stringify(day)} 不是有效日期`, {
      file,
      pointer,
      expected: 'YYYY-MM-DD',
      found: day,
    });
  }
  return t;
}

/**
 * The call's window with both days included, in the call's time zone (`window.utcOffset`):
 * open from `opens` 00:00:00 until the end of `closes` (23:59:59.999). A call whose notice
 * gives no closing date (`"closes": null`, Yichang 2022) stays open: `until` is Infinity.
 */
export function windowBounds(call: CallFile, file = 'call.json'): { from: number; until: number } {
  // The same call's window is judged on every check: parsed once per window (by its text).
  const { opens, closes, utcOffset } = call.window;
  const key = `${opens}|${closes}|${utcOffset}`;
  const known = BOUNDS.get(key);
  if (known) return { ...known };
  const bounds = parseBounds(call, file);
  if (BOUNDS.size >= 100) BOUNDS.clear();
  BOUNDS.set(key, bounds);
  return { ...bounds };
}

const BOUNDS = new Map<string, { from: number; until: number }>();

function parseBounds(call: CallFile, file: string): { from: number; until: number } {
  const { opens, closes, utcOffset } = call.window;
  const from = startOfDay(opens, utcOffset, file, '/window/opens');
  if (closes === null) return { from, until: Number.POSITIVE_INFINITY };
  const until = startOfDay(closes, utcOffset, file, '/window/closes') + DAY;
  if (until <= from) {
    throw new GuideFormsError('call-window', `征集截止日期 ${closes} 早于开始日期 ${opens}`, {
      file,
      pointer: '/window',
      expected: 'closes ≥ opens',
      found: `${opens} … ${closes}`,
    });
  }
  return { from, until };
}

/**
 * What the applicant reads for the call's time zone: `window.zoneName` when call.json gives
 * it, else from `utcOffset` — `+08:00` is 北京时间 (Beijing time, China's one legal time),
 * any other offset `UTC+hh:mm`.
 *
 * @example
 * zoneName({ ...call, window: { ...call.window, utcOffset: '+09:00' } }, 'zh-CN'); // 'UTC+09:00'
 */
export function zoneName(call: CallFile, lang: Lang): string {
  const named = call.window.zoneName;
  if (named) return lang === 'en' ? named.en : named['zh-CN'];
  const offset = call.window.utcOffset;
  if (offset === '+08:00') return lang === 'en' ? 'Beijing time' : '北京时间';
  return `UTC${offset}`;
}

/** A call's window as judged on every check: its bounds, and each message once made. */
interface KnownWindow {
  window: CallFile['window'];
  opens: string;
  closes: string | null;
  utcOffset: string;
  zoneName: CallFile['window']['zoneName'];
  from: number;
  until: number;
  messages: Record<Lang, Partial<Record<WindowState['state'], string>>>;
}

const KNOWN = new WeakMap<CallFile, KnownWindow>();

/**
 * {@link windowState} at a time in milliseconds: the same answer, with the window's bounds and
 * messages made once per call file (and again if its window changed), not on every check.
 * `fileOf` names call.json for an error about its window, asked only when the window is read.
 *
 * @example
 * windowAt(call, Date.parse('2021-11-01T10:00:00+08:00'), 'zh-CN').state; // 'open'
 */
export function windowAt(call: CallFile, time: number, lang: Lang, fileOf?: () => string): WindowState {
  const w = call.window;
  let known = KNOWN.get(call);
  if (
    !known ||
    known.window !== w ||
    known.opens !== w.opens ||
    known.closes !== w.closes ||
    known.utcOffset !== w.utcOffset ||
    known.zoneName !== w.zoneName
  ) {
    const { from, until } = windowBounds(call, fileOf?.());
    known = {
      window: w,
      opens: w.opens,
      closes: w.closes,
      utcOffset: w.utcOffset,
      zoneName: w.zoneName,
      from,
      until,
      messages: { 'zh-CN': {}, en: {} },
    };
    KNOWN.set(call, known);
  }
  const state = time < known.from ? 'before' : time < known.until ? 'open' : 'closed';
  const messages = known.messages[lang === 'en' ? 'en' : 'zh-CN'];
  let message = messages[state];
  if (message === undefined) {
    message = windowState(call, new Date(time), lang, fileOf?.()).message;
    messages[state] = message;
  }
  return { state, opens: w.opens, closes: w.closes, message };
}

/** Where `now` falls relative to the window, with a message for the applicant. */
export function windowState(call: CallFile, now: Date, lang: Lang, file?: string): WindowState {
  const { from, until } = windowBounds(call, file);
  const t = now.getTime();
  const { opens, closes } = call.window;
  const state = t < from ? 'before' : t < until ? 'open' : 'closed';
  const zone = zoneName(call, lang);
  if (closes === null) return { state, opens, closes, message: openEnded(opens, state, zone, lang) };
  const zh = {
    before: `征集尚未开始：报送时间为 ${opens} 至 ${closes}（${zone}，含首尾两天）`,
    open: `征集进行中：${closes} 23:59 截止（${zone}）`,
    closed: `征集已于 ${closes} 截止，不能再报送（报送时间为 ${opens} 至 ${closes}）`,
  };
  const en = {
    before: `The call has not opened yet: submissions run from ${opens} to ${closes} (${zone}, both days included).`,
    open: `The call is open until the end of ${closes} (${zone}).`,
    closed: `The call closed on ${closes}; submissions ran from ${opens} to ${closes}.`,
  };
  return { state, opens, closes, message: (lang === 'en' ? en : zh)[state] };
}

/** The message of a window without a closing date: open from `opens`, the notice names no end. */
function openEnded(opens: string, state: WindowState['state'], zone: string, lang: Lang): string {
  if (lang === 'en') {
    return state === 'before'
      ? `The call has not opened yet: submissions are accepted from ${opens} (${zone}); the notice gives no closing date.`
      : `The call is open: submissions are accepted from ${opens}; the notice gives no closing date.`;
  }
  return state === 'before'
    ? `征集尚未开始：自 ${opens} 起受理（${zone}），通知未规定截止日期`
    : `征集进行中：自 ${opens} 起受理，通知未规定截止日期`;
}
