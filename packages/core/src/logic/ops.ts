import { isCreditCodeChecksumValid } from '../formats/credit-code.js';
import { percent, trunc } from './arithmetic.js';
import { normalize } from './normalize.js';
import { keysOfPath, ReduceContext, readKeys } from './read.js';
import { today } from './today.js';

/**
 * JSON-Logic's operators as json-logic-js 2.0.5 defines them, shared by the two ways a rule runs:
 * the closure interpreter (`closure.ts`) and the JavaScript generated from rule files
 * (`codegen.ts`, through `runtime.ts`). One table, so the two cannot drift apart.
 */

/** JSON-Logic truthiness (an empty array is false), as json-logic-js's `truthy`. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/** json-logic-js's `var` on a dotted path (`""`: the data itself); objects come back sanitized. */
export function readVar(data: unknown, path: unknown, notFound: unknown): unknown {
  return readKeys(data, keysOfPath(path), notFound);
}

/** json-logic-js's `missing` takes its keys as arguments, or as one list in the first. */
export function keysOf(values: readonly unknown[]): readonly unknown[] {
  return Array.isArray(values[0]) ? values[0] : values;
}

export function missing(data: unknown, keys: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const key of keys) {
    // Only compared with null and "": no view needed.
    const value = readKeys(data, keysOfPath(key), null, false);
    if (value === null || value === '') out.push(key);
  }
  return out;
}

/** `missing_some`: no keys when at least `need` of `options` are there, else the absent ones. */
export function missingSome(data: unknown, need: unknown, options: unknown): unknown[] {
  const absent = missing(data, keysOf(Array.isArray(options) ? options : [options]));
  return (options as unknown[]).length - absent.length >= (need as number) ? [] : absent;
}

/** The logic of a scoped operator, run on one item of the list (reduce's: on its context). */
type Inner = (item: unknown) => unknown;

/**
 * The scoped operators on their list and inner logic, as json-logic-js defines them (anything but
 * a list counts as none; `all` of none is false; reduce hands its logic a `ReduceContext`).
 */
export const LIST_OPS = {
  filter: (list: unknown, inner: Inner): unknown[] => (Array.isArray(list) ? list.filter((item) => truthy(inner(item))) : []),
  map: (list: unknown, inner: Inner): unknown[] => (Array.isArray(list) ? list.map((item) => inner(item)) : []),
  reduce: (list: unknown, inner: Inner, initial: unknown): unknown => {
    if (!Array.isArray(list)) return initial;
    return list.reduce((accumulator, current) => inner(new ReduceContext(current, accumulator)), initial);
  },
  all: (list: unknown, inner: Inner): boolean => {
    if (!Array.isArray(list) || !list.length) return false;
    for (const item of list) if (!truthy(inner(item))) return false;
    return true;
  },
  none: (list: unknown, inner: Inner): boolean => {
    if (!Array.isArray(list) || !list.length) return true;
    for (const item of list) if (truthy(inner(item))) return false;
    return true;
  },
  some: (list: unknown, inner: Inner): boolean => {
    if (!Array.isArray(list) || !list.length) return false;
    for (const item of list) if (truthy(inner(item))) return true;
    return false;
  },
};

export type Ops = Record<string, (...args: unknown[]) => unknown>;

let lastCode = { code: '', valid: false };

/**
 * The GB 32100 check of a credit code, the last answer kept: a form re-checks on every key while
 * the code stays the same (a pure function of the text).
 */
function checksumValid(code: string): boolean {
  if (code !== lastCode.code) lastCode = { code, valid: isCreditCodeChecksumValid(code) };
  return lastCode.valid;
}

/**
 * `parseFloat(value)`, as json-logic-js's `+` and `*` apply it, without writing a number out as
 * text to read it back: a number's shortest text reads back as the same number (NaN and ±Infinity
 * included), except -0, whose text "0" reads as 0.
 */
export function num(value: unknown): number {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  return Number.parseFloat(value as never);
}

// The operators that take evaluated arguments, each as json-logic-js 2.0.5 defines it (same
// coercions: `==` is loose, `+` parses floats, `*` of one value returns it unparsed, …).
export const OPS: Ops = {
  // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's == is JavaScript's loose equality.
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's != is JavaScript's loose inequality.
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
  '<': (a, b, c) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)),
  '<=': (a, b, c) => (c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number)),
  '!!': (a) => truthy(a),
  '!': (a) => !truthy(a),
  '%': (a, b) => (a as number) % (b as number),
  in: (a, b) => {
    if (!b || typeof (b as { indexOf?: unknown }).indexOf === 'undefined') return false;
    return (b as { indexOf(x: unknown): number }).indexOf(a) !== -1;
  },
  cat: (...args) => args.join(''),
  substr: (source, start, end) => {
    if ((end as number) < 0) {
      const temp = String(source).substr(start as number);
      return temp.substr(0, temp.length + (end as number));
    }
    return String(source).substr(start as number, end as number);
  },
  '+': (...args) => args.reduce<number>((a, b) => num(a) + num(b), 0),
  '*': (...args) => args.reduce((a, b) => num(a) * num(b)),
  '-': (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': (a, b) => (a as number) / (b as number),
  min: (...args) => Math.min(...(args as number[])),
  max: (...args) => Math.max(...(args as number[])),
  merge: (...args) => args.reduce<unknown[]>((a, b) => a.concat(b), []),
  uscc_checksum: (code) => typeof code === 'string' && checksumValid(code),
  today: (part) => today(part ?? 'date'),
  percent: percent as (...args: unknown[]) => unknown,
  trunc: trunc as (...args: unknown[]) => unknown,
  normalize,
};
