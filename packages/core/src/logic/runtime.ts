import { keysOf, LIST_OPS, missing, missingSome, num, OPS, readVar, truthy } from './ops.js';
import { isViewing, ReduceContext, readKeys } from './read.js';
import { safeOf } from './safe-view.js';
import { today } from './today.js';

/**
 * What generated rule code (`codegen.ts`) calls where inlining is not worth it: the operator
 * table, the generic `var` walk, the sanitized views, `missing`, and the scoped operators with
 * json-logic-js's `ReduceContext` (`ops.ts`). Each is the function the closure interpreter runs,
 * so the two cannot answer differently. A generated factory receives this object as `R` and binds what it
 * uses once, when the form is assembled.
 */
export interface LogicRuntime {
  /** JSON-Logic truthiness. */
  T: (value: unknown) => boolean;
  /** The generic `var` walk (`readKeys`): any data, a `ReduceContext`, a text's `length`. */
  K: (data: unknown, keys: readonly string[] | null, notFound: unknown, view?: boolean) => unknown;
  H: (object: object, key: PropertyKey) => boolean;
  /** Whether a value is an object a fixed-name read walks by own properties (not null, a list or a text). */
  J: (value: unknown) => boolean;
  /** `Object.prototype`: a key it does not hold is never inherited by JSON data. */
  OP: object;
  RC: typeof ReduceContext;
  /** The sanitized view of an object read from the data. */
  SV: (value: unknown) => unknown;
  /** Whether reads return sanitized views in the current scope. */
  vw: () => boolean;
  /** What a read answers when the path is not there and the default is decided after it. */
  A: unknown;
  O: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  /** `parseFloat` as `+` and `*` apply it. */
  N: (value: unknown) => number;
  today: (part: unknown) => unknown;
  unknown: (op: string) => never;
  readVar: (data: unknown, path: unknown, notFound: unknown) => unknown;
  missing: (data: unknown, values: readonly unknown[]) => unknown[];
  missingSome: (data: unknown, need: unknown, options: unknown) => unknown[];
  filter: (list: unknown, inner: (item: unknown) => unknown) => unknown;
  map: (list: unknown, inner: (item: unknown) => unknown) => unknown;
  reduce: (list: unknown, inner: (item: unknown) => unknown, initial: unknown) => unknown;
  all: (list: unknown, inner: (item: unknown) => unknown) => boolean;
  none: (list: unknown, inner: (item: unknown) => unknown) => boolean;
  some: (list: unknown, inner: (item: unknown) => unknown) => boolean;
}

/**
 * Generated code for one logic tree: the factory `function (R) { … }` whose body `logicSource`
 * wrote, given the runtime, returns the logic as a function of the data.
 */
export type LogicFactory = (runtime: LogicRuntime) => (data: unknown) => unknown;

/**
 * The runtime every generated rule function is bound to.
 *
 * @example
 * const fn = factory(LOGIC_RUNTIME); // factory: the generated `function (R) { … }`
 */
export const LOGIC_RUNTIME: LogicRuntime = Object.freeze({
  T: truthy,
  K: readKeys,
  H: Object.hasOwn,
  J: (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value),
  OP: Object.prototype,
  RC: ReduceContext,
  SV: safeOf,
  vw: isViewing,
  A: Symbol('absent'),
  O: OPS,
  N: num,
  today: (part: unknown) => today(part ?? 'date'),
  unknown: (op: string): never => {
    throw new Error(`Unrecognized operation ${op}`);
  },
  readVar: (data: unknown, path: unknown, notFound: unknown) => readVar(data, path, notFound),
  missing: (data: unknown, values: readonly unknown[]) => missing(data, keysOf(values)),
  missingSome,
  ...LIST_OPS,
});
