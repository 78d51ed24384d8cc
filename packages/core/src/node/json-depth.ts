import { MAX_FILE_DEPTH } from '../limits.js';

/**
 * The offset of the first `[` or `{` nested deeper than `max`, or -1: one iterative pass over
 * the text, outside strings, run before any recursive parser (jsonc-parser's tree, schema
 * walkers) sees it, so a file of 100,000 `[` gets a located error instead of a stack overflow.
 *
 * @example
 * tooDeepOffset('[[[1]]]', 2); // 2
 */
export function tooDeepOffset(text: string, max = MAX_FILE_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}
