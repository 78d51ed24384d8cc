import { MAX_DATA_DEPTH } from '../limits.js';
import { formatPointer } from '../pointer.js';
import { isBlankText } from './blank.js';

/** Data as the schema and the rules judge it, and where, if anywhere, it was nested too deeply. */
export interface Cleaned {
  data: unknown;
  /** JSON Pointer of the first value deeper than {@link MAX_DATA_DEPTH} (replaced by `null`), or `null`. */
  tooDeep: string | null;
}

/** A leaf as JSON knows it (a non-finite number is null), or undefined for an object or list. */
function leaf(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return null;
  return undefined;
}

/** Blank texts, tested cheaply first: most texts start with a visible ASCII or CJK character. */
function blank(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) return false;
  return isBlankText(text);
}

/**
 * `withoutBlanks(sanitizeData(input).safe)` in one copy instead of two: JSON data copied, cut at
 * {@link MAX_DATA_DEPTH} (a deeper value — or a cycle — becomes `null` and the pointer of the
 * first is returned; the recursion is bounded by that depth, so hostile nesting cannot overflow),
 * with what is not JSON left out of objects (`null` in lists), and blank texts counting as not
 * filled: left out of objects, `""` in lists (so `minLength` reports them and the other items
 * keep their places). Objects are plain, for the schema's validator; rules read them through
 * their sanitized view (`safeOf`).
 *
 * @example
 * cleanData({ title: '\u3000', n: [' ', 1] }).data; // { n: ['', 1] }
 */
export function cleanData(input: unknown): Cleaned {
  const path: (string | number)[] = [];
  let tooDeep: string | null = null;
  let ownToString = false;
  const copy = (value: unknown, depth: number): unknown => {
    const simple = leaf(value);
    if (simple !== undefined) return simple;
    if (depth >= MAX_DATA_DEPTH) {
      tooDeep ??= formatPointer(path);
      return null;
    }
    if (Array.isArray(value)) {
      const list: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (typeof item === 'string') list[i] = blank(item) ? '' : item;
        else {
          path.push(i);
          list[i] = copy(item, depth + 1);
          path.pop();
        }
      }
      return list;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object)) {
      const item = (value as Record<string, unknown>)[key];
      // As JSON.stringify does: undefined, a function or a symbol is absent; a blank text is not filled.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      if (typeof item === 'string' && blank(item)) continue;
      if (key === 'toString') ownToString = true;
      path.push(key);
      const v = copy(item, depth + 1);
      path.pop();
      // A "__proto__" key must stay an own property: assigning it would set the prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
    }
    return out;
  };
  const data = copy(input, 0);
  if (!ownToString && typeof data === 'object' && data !== null) PLAIN_AS_SAFE.add(data);
  return { data, tooDeep };
}

/**
 * Data `cleanData` made in which no object has its own `toString`: there a plain object behaves
 * in every JSON-Logic operator exactly as its sanitized view does (it converts to
 * "[object Object]", reads only what `var` lets it), so rules read it without making views.
 */
const PLAIN_AS_SAFE = new WeakSet<object>();

/**
 * True when rules may read `data` as it is (see {@link cleanData}); false for anything else,
 * which rules then read through sanitized views.
 */
export function readableAsIs(data: unknown): boolean {
  return typeof data === 'object' && data !== null && PLAIN_AS_SAFE.has(data);
}
