/**
 * Numbers read exactly as written. `JSON.parse('199.999999999999999')` is `200`: a double has
 * about 16 significant digits, so an amount typed or sent with more is silently rounded — and
 * R14's “200 万元以上” would pass. guide-forms refuses such a number where the written text is
 * still at hand (the CLI and server read the raw JSON; the element reads what was typed), so a
 * threshold can never be passed by float rounding. See docs/decisions.md §14.
 */

/** `sign digits e point`, with value 0.digits × 10^point; `0` for any zero. */
function canonical(text: string): string | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const int = m[2] as string;
  let digits = int + (m[3] ?? '');
  let point = int.length + Number(m[4] ?? 0);
  let start = 0;
  while (start < digits.length && digits[start] === '0') start++;
  digits = digits.slice(start);
  point -= start;
  digits = digits.replace(/0+$/, '');
  if (digits === '') return '0';
  return `${m[1] === '-' ? '-' : ''}${digits}e${point}`;
}

/**
 * The number a decimal text stands for, when a double holds it as written — the shortest text
 * that reads back as the double has the same digits — else `undefined`.
 *
 * @example
 * exactNumber('199.99'); // 199.99
 * exactNumber('200.000'); // 200
 * exactNumber('199.999999999999999'); // undefined: it would read as 200
 * exactNumber('1e999'); // undefined: Infinity
 */
export function exactNumber(text: string): number | undefined {
  const n = Number(text);
  if (!Number.isFinite(n)) return undefined;
  const written = canonical(text.trim());
  return written !== null && written === canonical(String(n)) ? n : undefined;
}

/** A number token of a JSON text that a double cannot hold as written. */
export interface InexactNumber {
  /** Offset of the token in the text. */
  offset: number;
  token: string;
}

/**
 * The first number in a JSON text that would not read back as written (see {@link exactNumber}),
 * or `null`. One pass, skipping strings; run on the raw text before `JSON.parse` rounds it.
 *
 * @example
 * inexactNumber('{"a": 199.999999999999999}'); // { offset: 6, token: '199.999999999999999' }
 */
export function inexactNumber(text: string): InexactNumber | null {
  const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, its escapes included.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) continue;
      if (exactNumber(m[0]) === undefined) return { offset: i, token: m[0] };
      i += m[0].length - 1;
    }
  }
  return null;
}
