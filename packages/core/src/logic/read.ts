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

/** The `{current, accumulator}` objects `reduce` has made (see {@link ReduceContext}). */
const CONTEXTS = new WeakSet<object>();

/**
 * json-logic-js's `reduce` hands its logic a plain `{current, accumulator}` object, whose `var`
 * reads go through the prototype like any json-logic-js read (`toString` is a function there).
 * So is this one — an object literal, its prototype `Object.prototype`, so a read through it
 * (`constructor`, `__proto__.__proto__`) meets exactly what json-logic-js's meets (an instance of
 * a class had one prototype more: `__proto__.__proto__` was `Object.prototype`, not null) — and
 * `instanceof ReduceContext` tells it from data objects, which are read by own properties only.
 *
 * @example
 * const context = new ReduceContext(1, 0);
 * Object.getPrototypeOf(context) === Object.prototype; // true
 * context instanceof ReduceContext; // true
 */
export class ReduceContext {
  declare current: unknown;
  declare accumulator: unknown;
  constructor(current: unknown, accumulator: unknown) {
    const context = { current, accumulator };
    CONTEXTS.add(context);
    // biome-ignore lint/correctness/noConstructorReturn: the plain object is the point (see above)
    return context;
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && CONTEXTS.has(value);
  }
}

/** The keys of a `var` path, or null for the data itself (`""`, null, nothing). */
export function keysOfPath(path: unknown): string[] | null {
  return path === undefined || path === '' || path === null ? null : String(path).split('.');
}

// False while the data being judged is one `cleanData` found safe to read as it is.
let viewing = true;

/**
 * Whether reads in the current scope return sanitized views (the data is not one `cleanData`
 * found safe to read as it is): what generated rule code (`codegen.ts`) asks before handing out
 * an object it read.
 */
export function isViewing(): boolean {
  return viewing;
}

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
// Slot i holds the value at a path for `root` when `stamps[i] === generation`: a new evaluation
// (or new data) takes the next generation, which empties every slot at once without touching
// them. A slot is one key below its parent slot (-1: the data itself), so `project.a` and
// `project.b` walk `project` once: each slot is one step of `readKeys` from its parent's value.
let generation = 0;
const stamps: number[] = [];
const values: unknown[] = [];
/** `readKeys`' `fromData` after the slot's step: false once a step went through a text or a list's prototype. */
const fromData: boolean[] = [];
const parents: number[] = [];
const keysOf: string[] = [];
const SLOTS = new Map<string, number>();
/** Distinct paths (and their beginnings) of all compiled logic: a few hundred; past this, a path is read every time. */
const MAX_SLOTS = 10_000;

/** The slot of a path, made with the slots of its beginnings, or -1 past {@link MAX_SLOTS}. */
function slotOf(keys: readonly string[]): number {
  if (SLOTS.size + keys.length > MAX_SLOTS) {
    const known = SLOTS.get(keys.join('.'));
    return known ?? -1;
  }
  let parent = -1;
  let text = '';
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    // Keys never hold "." (the path was split on it): joined with it, the text names the path.
    text = k === 0 ? key : `${text}.${key}`;
    let slot = SLOTS.get(text);
    if (slot === undefined) {
      slot = stamps.length;
      SLOTS.set(text, slot);
      stamps.push(-1);
      values.push(undefined);
      fromData.push(true);
      parents.push(parent);
      keysOf.push(key);
    }
    parent = slot;
  }
  return parent;
}

// The slots on the way down to the one asked, reused (no list made per read). A read that starts
// while another is filling (a getter judging other data) stacks its slots above the other's.
const chain: number[] = [];
let chainTop = 0;

/** The value in slot `i` for `data` (the root), each missing slot on the way filled by one step. */
function slotValue(i: number, data: unknown): unknown {
  const base = chainTop;
  let at = i;
  while (at >= 0 && stamps[at] !== generation) {
    chain[chainTop++] = at;
    at = parents[at] as number;
  }
  let current = at < 0 ? data : values[at];
  let own = at < 0 ? true : (fromData[at] as boolean);
  try {
    while (chainTop > base) {
      const slot = chain[--chainTop] as number;
      if (current !== ABSENT) {
        const key = keysOf[slot] as string;
        // One step of readKeys.
        if (current === null || current === undefined) current = ABSENT;
        else {
          if (!own || typeof current !== 'object' || current instanceof ReduceContext) own = false;
          else if (Array.isArray(current)) own &&= Object.hasOwn(current, key);
          else if (!Object.hasOwn(current, key)) current = ABSENT;
          if (current !== ABSENT) {
            current = (current as Record<string, unknown>)[key];
            if (current === undefined) current = ABSENT;
          }
        }
      }
      values[slot] = current;
      fromData[slot] = own;
      stamps[slot] = generation;
    }
  } finally {
    chainTop = base;
  }
  return current;
}

/** A read of the whole data by a path written in the logic: its keys and its slot (-1: none). */
export interface PathRead {
  keys: readonly string[];
  slot: number;
}

/**
 * The read of a path written in the logic, with its slot.
 *
 * @example
 * const read = pathRead(['project', 'totalRdInvestment']);
 * judging(data, true, () => readPath(read, data, null)); // 200
 */
export function pathRead(keys: readonly string[]): PathRead {
  return { keys, slot: slotOf(keys) };
}

/**
 * The value at a read's path, or `notFound`: remembered per evaluation inside {@link judging}
 * (for its data), read afresh anywhere else. One function for every read, so that each closure
 * calling it can have it inlined.
 */
export function readPath(read: PathRead, data: unknown, notFound: unknown): unknown {
  const i = read.slot;
  if (i < 0 || data !== root) return readKeys(data, read.keys, notFound);
  const value = stamps[i] === generation ? values[i] : slotValue(i, data);
  if (value === ABSENT) return notFound;
  return viewing && fromData[i] ? safeOf(value) : value;
}

/**
 * {@link readPath} as a closure of the data.
 *
 * @example
 * const read = pathReader(['project', 'totalRdInvestment'], null);
 * judging(data, true, () => read(data)); // 200
 */
export function pathReader(keys: readonly string[], notFound: unknown): (data: unknown) => unknown {
  const read = pathRead(keys);
  return (data) => readPath(read, data, notFound);
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
