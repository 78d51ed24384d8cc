/**
 * The length of a string in characters (Unicode code points), as JSON Schema's `maxLength` and
 * `minLength` count: a surrogate pair is one character.
 */
export function characters(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    count++;
    const unit = s.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return count;
}
