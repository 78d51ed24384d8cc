/**
 * Free text as a rule compares it. Applicants write a country, a name or a code in many ways —
 * “中国 ”, “Ｃｈｉｎａ”, “P.R. China”, “People’s Republic of China” — and a rule that matches the
 * exact string lets every variant through. `normalize` folds them to one key: width and
 * compatibility forms unified (NFKC: full-width letters and digits become ASCII, “　” a space),
 * lower case, and whitespace, punctuation and invisible format characters (U+200B, U+00AD, …)
 * removed. Chinese characters are kept as written: 中國 and 中国 stay two keys, so a rule lists
 * both.
 */

const DROPPED = /[\s\p{P}\p{Cf}\u3164\uFFA0]/gu;

/** One text folded; anything else unchanged. */
function fold(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFKC').toLowerCase().replace(DROPPED, '') : value;
}

/**
 * `{"normalize": text}` → the text's comparison key; a list folds item by item, so a rule can fold
 * its own parameter list and write it naturally (`{"normalize": {"param": "china"}}`). Numbers,
 * booleans, `null` and objects come back as they are.
 *
 * @example
 * normalize(' Ｐ.Ｒ. China '); // 'prchina'
 * normalize(['中国', "People's Republic of China"]); // ['中国', 'peoplesrepublicofchina']
 */
export function normalize(value: unknown): unknown {
  return Array.isArray(value) ? value.map(fold) : fold(value);
}
