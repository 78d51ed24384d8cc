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
 * True when `value` is already what {@link cleanData} would copy it into: JSON as `JSON.parse`
 * makes it (plain objects and dense lists, finite numbers, texts, booleans, null), no blank text,
 * nothing nested {@link MAX_DATA_DEPTH} deep and no object with its own `toString` key (rules read
 * such data through sanitized views, which are remembered per object: they must be made on a
 * fresh copy, or a later change to the caller's object would not be seen). Such data is judged
 * as it is, without a copy.
 *
 * `for…in` visits an object's own enumerable keys in `Object.keys` order, plus the enumerable keys
 * of its prototype: `Object.prototype` has none (unless polluted, when the walk only judges a few
 * more values — a copy would carry the same prototype). Non-enumerable own properties and
 * accessors, which neither JSON nor `structuredClone` makes, are not looked for.
 */
function isCleanJson(value: unknown, depth: number): boolean {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean') return true;
    return typeof value === 'number' && Number.isFinite(value);
  }
  if (value === null) return true;
  if (depth >= MAX_DATA_DEPTH) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // A hole reads as undefined: not JSON (a copy makes it null). "" stays "" in a list.
      if (typeof item === 'string' ? item !== '' && blank(item) : !isCleanJson(item, depth + 1)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) {
    if (key === 'toString') return false;
    const item: unknown = (value as Record<string, unknown>)[key];
    if (typeof item === 'string' ? blank(item) : !isCleanJson(item, depth + 1)) return false;
  }
  return true;
}

/** Data as the schema and the rules judge it: {@link Cleaned}, and whether rules may read it as it is. */
export interface Judged extends Cleaned {
  /** True when no object of `data` has its own `toString` (see {@link readableAsIs}). */
  plain: boolean;
}

/**
 * {@link cleanData} for the engine, which also learns whether rules may read the data as it is
 * (`plain`: no data object has its own `toString`; {@link readableAsIs} agrees).
 *
 * @example
 * const input = { title: '大连' };
 * judgedData(input).data === input; // true
 * judgedData({ title: '\u3000' }).data; // {}
 */
export function judgedData(input: unknown): Judged {
  const judged = isCleanJson(input, 0) ? { data: input, tooDeep: null, plain: true } : copyClean(input);
  const { data, plain } = judged;
  if (plain && typeof data === 'object' && data !== null) PLAIN_AS_SAFE.add(data);
  // The caller's object, marked when it was clean, may have changed since: a copy was made of it now.
  if (data !== input && typeof input === 'object' && input !== null) PLAIN_AS_SAFE.delete(input);
  return judged;
}

/**
 * `withoutBlanks(sanitizeData(input).safe)`, without copying when there is nothing to change: JSON
 * data cut at {@link MAX_DATA_DEPTH} (a deeper value — or a cycle — becomes `null` and the pointer
 * of the first is returned; the recursion is bounded by that depth, so hostile nesting cannot
 * overflow), with what is not JSON left out of objects (`null` in lists), and blank texts counting
 * as not filled: left out of objects, `""` in lists (so `minLength` reports them and the other
 * items keep their places). Data that is clean JSON already is returned as it is (callers read it,
 * never write it); otherwise one copy is made. Objects are plain, for the schema's validator;
 * rules read them through their sanitized view (`safeOf`) when one has its own `toString`.
 *
 * @example
 * cleanData({ title: '\u3000', n: [' ', 1] }).data; // { n: ['', 1] }
 */
export function cleanData(input: unknown): Cleaned {
  const { data, tooDeep } = judgedData(input);
  return { data, tooDeep };
}

/** The one copy, for data that is not clean JSON as it is. */
function copyClean(input: unknown): Judged {
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
  return { data, tooDeep, plain: !ownToString };
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
