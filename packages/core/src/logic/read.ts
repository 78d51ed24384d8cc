import { safeOf } from './safe-view.js';

/**
 * How compiled logic reads data (json-logic-js's `var`), and what one evaluation remembers of it.
 *
 * A form's rules and routing read the same fields again and again — `/classification/category`
 * in every routing step, `/project/totalRdInvestment` in R14 and R33 — and each read of a path
 * walks the data with a lookup and an own-property check per step. Inside {@link judging}, a read
 * of the whole data by a path written in the logic is remembered for the rest of that evaluation
 * (a numbered slot per distinct path), so each field is walked once per check.
 */

/**
 * json-logic-js's `reduce` hands its logic a plain `{current, accumulator}` object, whose `var`
 * reads go through the prototype like any json-logic-js read (`toString` is a function there):
 * a class of its own tells it from data objects, which are read by own properties only.
 */
export class ReduceContext {
  current: unknown;
  accumulator: unknown;
  constructor(current: unknown, accumulator: unknown) {
    this.current = current;
    this.accumulator = accumulator;
  }
}

/** The keys of a `var` path, or null for the data itself (`""`, null, nothing). */
export function keysOfPath(path: unknown): string[] | null {
  return path === undefined || path === '' || path === null ? null : String(path).split('.');
}

// False while the data being judged is one `cleanData` found safe to read as it is.
let viewing = true;

/**
 * json-logic-js's `var` walk: `data[key]` at each step, except that a data object is read by its
 * own properties only (its sanitized copy has nothing else). What is read out of the data — own
 * properties and items — comes back as its sanitized view; what a step reads through a prototype
 * (a string's `length`, an array's `map`) or out of reduce's context comes back as it is.
 */
export function readKeys(data: unknown, keys: readonly string[] | null, notFound: unknown, view = viewing): unknown {
  if (keys === null) return data instanceof ReduceContext || !view ? data : safeOf(data);
  let current = data;
  let fromData = true;
  for (const key of keys) {
    if (current === null || current === undefined) return notFound;
    if (!fromData || typeof current !== 'object' || current instanceof ReduceContext) fromData = false;
    else if (Array.isArray(current)) fromData &&= Object.hasOwn(current, key);
    else if (!Object.hasOwn(current, key)) return notFound;
    current = (current as Record<string, unknown>)[key];
    if (current === undefined) return notFound;
  }
  return fromData && view ? safeOf(current) : current;
}

/** What a slot holds for a path that is not there (each `var` then answers its own default). */
const ABSENT: unknown = Symbol('absent');

/** The data whose reads the slots hold (none outside {@link judging}). */
const NO_ROOT: unknown = Symbol('no root');
let root: unknown = NO_ROOT;
// Slot i holds a value for `root` when `stamps[i] === generation`: a new evaluation (or new data)
// takes the next generation, which empties every slot at once without touching them.
let generation = 0;
const stamps: number[] = [];
const values: unknown[] = [];
const SLOTS = new Map<string, number>();
/** Distinct paths of all compiled logic: a few hundred; past this, a path is read every time. */
const MAX_SLOTS = 10_000;

/**
 * A reader of the whole data by a path written in the logic (`keys`), answering `notFound` for
 * what is not there: remembered per evaluation inside {@link judging}, read afresh anywhere else.
 *
 * @example
 * const read = pathReader(['project', 'totalRdInvestment']);
 * judging(data, true, () => read(data, null)); // 200
 */
export function pathReader(keys: readonly string[]): (data: unknown, notFound: unknown) => unknown {
  // Keys never hold "." (the path was split on it): joined with it, the text names the path.
  const text = keys.join('.');
  let slot = SLOTS.get(text);
  if (slot === undefined && SLOTS.size < MAX_SLOTS) {
    slot = SLOTS.size;
    SLOTS.set(text, slot);
    stamps.push(-1);
    values.push(undefined);
  }
  if (slot === undefined) return (data, notFound) => readKeys(data, keys, notFound);
  const i = slot;
  return (data, notFound) => {
    if (data !== root) return readKeys(data, keys, notFound);
    let value: unknown;
    if (stamps[i] === generation) value = values[i];
    else {
      value = readKeys(data, keys, ABSENT);
      values[i] = value;
      stamps[i] = generation;
    }
    return value === ABSENT ? notFound : value;
  };
}

/**
 * Runs `fn` judging `data`: every closure reads data as `runLogic` would read it — as it is when
 * `plain` (`readableAsIs(data)`), else through sanitized views — and reads of `data` by a path
 * written in the logic are remembered until `fn` returns. `data` must not change meanwhile
 * (nothing in an evaluation writes to it).
 *
 * @example
 * judging(data, readableAsIs(data), () => rules.map((fn) => fn(data)));
 */
export function judging<T>(data: unknown, plain: boolean, fn: () => T): T {
  const outer = { viewing, root };
  viewing = !plain;
  root = data;
  generation++;
  try {
    return fn();
  } finally {
    viewing = outer.viewing;
    root = outer.root;
    // The outer scope's slots were filled for its own data and view: start them afresh.
    generation++;
  }
}

/**
 * Runs `fn` reading as `runLogic(…, data)` reads: by `plain`, with nothing remembered (a
 * computed value or a single rule, outside an evaluation's scope).
 */
export function readingOnce<T>(plain: boolean, fn: () => T): T {
  const outer = { viewing, root };
  viewing = !plain;
  root = NO_ROOT;
  try {
    return fn();
  } finally {
    viewing = outer.viewing;
    root = outer.root;
  }
}
