import { MAX_DATA_DEPTH } from '../limits.js';
import { formatPointer } from '../pointer.js';
import { isBlankText } from './blank.js';
import type { Judged } from './clean.js';

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

/** Thrown inside {@link shareClean} past the depth: the whole data is then copied by {@link copyClean}. */
const TOO_DEEP = Symbol('too deep');

/** Set by {@link shared} when a kept key is "toString". */
let sawToString = false;

/**
 * `value` as {@link copyClean} would copy it, sharing every object and list in which nothing
 * changes: the same value when it is clean JSON already (plain objects and lists, finite numbers,
 * no blank text), else a new object or list where something inside is removed or replaced, the
 * clean parts in it shared. Throws {@link TOO_DEEP} at {@link MAX_DATA_DEPTH}.
 *
 * `for…in` visits an object's own enumerable keys in `Object.keys` order, then the enumerable keys
 * of its prototype: `Object.prototype` has none unless polluted, and an inherited key is never
 * copied. Non-enumerable properties, accessors and named properties of lists, which JSON cannot
 * write, are not looked for: such an object is judged as it is. Each value is walked once.
 */
function shared(value: unknown, depth: number): unknown {
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    return null;
  }
  if (value === null) return null;
  if (depth >= MAX_DATA_DEPTH) throw TOO_DEEP;
  if (Array.isArray(value)) {
    const length = value.length;
    let out: unknown[] | null = Object.getPrototypeOf(value) === Array.prototype ? null : new Array(length);
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      // A hole reads as undefined, which becomes null; a blank text becomes "".
      const next =
        typeof item === 'string' ? (item !== '' && blank(item) ? '' : item) : typeof item === 'boolean' ? item : shared(item, depth + 1);
      if (out) out[i] = next;
      else if (next !== item) {
        out = new Array(length);
        for (let j = 0; j < i; j++) out[j] = value[j];
        out[i] = next;
      }
    }
    return out ?? value;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return copyObject(value, depth);
  // Copied from the first key that changes: the keys before it were clean, and are shared.
  let out: Record<string, unknown> | null = null;
  for (const key in value) {
    const item: unknown = (value as Record<string, unknown>)[key];
    let next: unknown = item;
    // As JSON.stringify does: undefined, a function or a symbol is absent; a blank text is not filled.
    let kept = true;
    // The usual answers first, without a call: a text, a number, true/false.
    if (typeof item === 'string') kept = !blank(item);
    else if (typeof item === 'number') next = Number.isFinite(item) ? item : null;
    else if (typeof item === 'boolean') {
    } else if (item === undefined || typeof item === 'function' || typeof item === 'symbol') kept = false;
    else next = shared(item, depth + 1);
    if (out === null) {
      if (kept && next === item) {
        if (key === 'toString') sawToString = true;
        continue;
      }
      // An inherited (polluting) key is no part of a copy, which reads own keys.
      if (!Object.hasOwn(value, key)) continue;
      out = {};
      for (const before in value) {
        if (before === key) break;
        if (Object.hasOwn(value, before)) put(out, before, (value as Record<string, unknown>)[before]);
      }
    } else if (!Object.hasOwn(value, key)) continue;
    if (!kept) continue;
    if (key === 'toString') sawToString = true;
    put(out, key, next);
  }
  return out ?? value;
}

/** A "__proto__" key must stay an own property: assigning it would set the prototype. */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** An object copied by its own keys, as JSON.stringify reads them; its values shared where clean. */
function copyObject(value: object, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // As JSON.stringify does: undefined, a function or a symbol is absent; a blank text is not filled.
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (typeof item === 'string' && blank(item)) continue;
    if (key === 'toString') sawToString = true;
    put(out, key, shared(item, depth + 1));
  }
  return out;
}

/**
 * The data as `cleanData` gives it, sharing what needs no change with `input` (clean JSON — what a
 * form or `JSON.parse` hands over — is judged as it is, not copied); `null` when it is nested too
 * deep or holds an object with its own `toString`, for {@link copyClean}.
 *
 * @example
 * const input = { a: { title: '大连' }, b: { title: '\u3000' } };
 * const { data } = shareClean(input)!; // { a: input.a, b: {} }
 */
export function shareClean(input: unknown): Judged | null {
  sawToString = false;
  let data: unknown;
  try {
    data = shared(input, 0);
  } catch (error) {
    if (error === TOO_DEEP) return null;
    throw error;
  }
  return sawToString ? null : { data, tooDeep: null, plain: true };
}

/**
 * A whole fresh copy, as {@link shareClean} would make it but sharing nothing, and naming the
 * first place nested {@link MAX_DATA_DEPTH} deep (cut there): for data too deep — or cyclic — or
 * holding an object with its own `toString` (rules read such data through views, remembered per
 * object, which must be made on a fresh copy).
 */
export function copyClean(input: unknown): Judged {
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
