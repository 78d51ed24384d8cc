/**
 * “Blank is not filled”: a text of only white space — ASCII spaces, tabs, line breaks, the
 * full-width space U+3000 an IME types, no-break and zero-width spaces — shows nothing on paper,
 * so it must count as missing, with the same 必填 message as an empty field.
 *
 * The engine removes such texts before the schema and the rules see the data. Doing it here, in
 * the one place both the server and the browser call, keeps the verdicts identical whether the
 * validator was compiled at run time or precompiled by ajv standalone (which cannot carry a custom
 * keyword), and every rule's `!!`, `missing` and `needs` see the gap too.
 */

/**
 * White space as JavaScript's `\s` knows it (incl. U+3000, U+00A0, U+FEFF), zero-width and other
 * characters that print nothing: the soft hyphen U+00AD, the combining grapheme joiner U+034F,
 * the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), direction marks, embeddings and isolates
 * (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), invisible operators (U+2061–U+2064),
 * deprecated format controls (U+206A–U+206F) and variation selectors (U+FE00–U+FE0F).
 */
// The combining joiner and the selectors stand alone: in a class beside other characters they read as one.
const BLANK = /^(?:[\s\u00AD\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFFA0]|\u034F|[\uFE00-\uFE0F])*$/;

/**
 * True when a string has no visible character.
 *
 * @example
 * isBlankText('\u3000\u3000'); // true
 * isBlankText(' 大连 '); // false
 */
export function isBlankText(value: string): boolean {
  return BLANK.test(value);
}

function put(out: Record<string, unknown>, key: string, value: unknown): void {
  // A "__proto__" key from JSON.parse must stay an own property: assigning it would set the prototype.
  // Every other key is assigned: defineProperty costs a slow runtime call per key, which was
  // the largest part of each keystroke's field states (I13-c in docs/decisions.md).
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * A copy of the data in which blank texts count as not filled: an object property whose value is
 * a blank string is left out (so `required` reports it), a blank item of a list becomes `""` (so
 * `minLength` reports it and the other items keep their positions). Anything else is copied as is.
 *
 * @example
 * withoutBlanks({ content: { title: '\u3000', background: '  背景 ' } });
 * // { content: { background: '  背景 ' } }
 */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' && isBlankText(item) ? '' : withoutBlanks(item)));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && isBlankText(item)) continue;
    put(out, key, withoutBlanks(item));
  }
  return out;
}
