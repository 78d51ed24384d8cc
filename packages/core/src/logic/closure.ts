import type { Logic } from '../types.js';
import { readableAsIs } from '../validate/clean.js';
import { keysOf, LIST_OPS, missing, missingSome, OPS, readVar, truthy } from './ops.js';
import { judging, keysOfPath, type PathRead, pathRead, pathReader, readKeys, readPath } from './read.js';
import { today } from './today.js';

export { truthy } from './ops.js';

/**
 * Compiled JSON-Logic as a JavaScript closure: the tree is walked once, when the rule is
 * loaded, instead of on every call (json-logic-js re-reads every node's operator with
 * `Object.keys` and re-dispatches it each time — most of `evaluate`'s time, I13e-2 in
 * docs/decisions.md). Same answers as json-logic-js 2.0.5 on sanitized data, operator by
 * operator (`test/logic/closure-parity.test.ts` checks it on random logic and data); it reads
 * plain data directly: `var` reads own properties of objects only, and an object it returns is
 * the sanitized view of it (`safeOf`), so comparisons and conversions meet exactly the
 * values json-logic-js met on the sanitized copy. Reads of the data by a path written in the logic
 * are remembered for one evaluation (`read.ts`).
 */
export type LogicFn = (data: unknown) => unknown;

/** What a read answers for a path that is not there, when the default is decided after it. */
const ABSENT: unknown = Symbol('absent');

const constant =
  (value: unknown): LogicFn =>
  () =>
    value;

/**
 * `missing`'s read of one key as a closure: only compared with null and "", so read without a view
 * (a view is neither); a path written in the logic through its remembered slot.
 */
function readerOf(key: unknown): LogicFn {
  const keys = keysOfPath(key);
  if (keys === null) return (data) => readKeys(data, null, null, false);
  return pathReader(keys, null);
}

/** Compiles one node: a list (each item evaluated), an operation, or a literal. */
function compileNode(node: unknown): LogicFn {
  if (Array.isArray(node)) {
    const items = node.map(compileNode);
    return (data) => items.map((item) => item(data));
  }
  // json-logic-js's `is_logic`: an object with exactly one key; anything else is a literal.
  if (typeof node !== 'object' || node === null || Object.keys(node).length !== 1) return constant(node);
  const op = Object.keys(node)[0] as string;
  const raw = (node as Record<string, unknown>)[op];
  const given = Array.isArray(raw) ? raw : [raw];
  const literal = given.map((arg) => (typeof arg === 'object' && arg !== null ? null : { value: arg }));
  return compileOperation(op, given.map(compileNode), literal, given);
}

function scoped(op: 'filter' | 'map' | 'reduce' | 'all' | 'none' | 'some', args: LogicFn[]): LogicFn {
  const [source = constant(undefined), inner = constant(undefined)] = args;
  if (op === 'reduce') {
    const initialOf = args[2];
    return (data) => LIST_OPS.reduce(source(data), inner, initialOf ? initialOf(data) : null);
  }
  const run = LIST_OPS[op];
  return (data) => run(source(data), inner);
}

/** `literal[i]`: the i-th argument when it is a value written in the logic (not a list or an operation). */
function compileOperation(op: string, args: LogicFn[], literal: ({ value: unknown } | null)[], rawArgs: unknown[]): LogicFn {
  switch (op) {
    case 'if':
    case '?:':
      return (data) => {
        let i = 0;
        for (; i < args.length - 1; i += 2) if (truthy((args[i] as LogicFn)(data))) return (args[i + 1] as LogicFn)(data);
        return args.length === i + 1 ? (args[i] as LogicFn)(data) : null;
      };
    case 'and':
      return (data) => {
        let current: unknown;
        for (let i = 0; i < args.length; i++) {
          current = (args[i] as LogicFn)(data);
          if (!truthy(current)) return current;
        }
        return current;
      };
    case 'or':
      return (data) => {
        let current: unknown;
        for (let i = 0; i < args.length; i++) {
          current = (args[i] as LogicFn)(data);
          if (truthy(current)) return current;
        }
        return current;
      };
    case 'filter':
    case 'map':
    case 'reduce':
    case 'all':
    case 'none':
    case 'some':
      return scoped(op, args);
    case 'var': {
      const [pathOf = constant(undefined), fallbackOf] = args;
      if (literal[0]) {
        // A path written in the rule (always, after compileLogic): split once, here.
        const keys = keysOfPath(literal[0].value);
        if (keys === null) {
          if (!fallbackOf) return (data) => readKeys(data, null, null);
          return (data) => {
            const fallback = fallbackOf(data);
            return readKeys(data, null, fallback === undefined ? null : fallback);
          };
        }
        if (!fallbackOf) return pathReader(keys, null);
        const fallbackLiteral = literal[1];
        if (fallbackLiteral) return pathReader(keys, fallbackLiteral.value === undefined ? null : fallbackLiteral.value);
        const written = rawArgs[1];
        if (Array.isArray(written) && written.every((item) => typeof item !== 'object' || item === null)) {
          // A list of values written as the default (`[]`): made afresh only when it is needed,
          // as every evaluation of it makes a new one.
          const read = pathReader(keys, ABSENT);
          return (data) => {
            const value = read(data);
            return value === ABSENT ? [...written] : value;
          };
        }
        const read = pathReader(keys, ABSENT);
        return (data) => {
          const fallback = fallbackOf(data);
          const value = read(data);
          return value === ABSENT ? (fallback === undefined ? null : fallback) : value;
        };
      }
      return (data) => {
        const fallback = fallbackOf ? fallbackOf(data) : undefined;
        return readVar(data, pathOf(data), fallback === undefined ? null : fallback);
      };
    }
    case 'missing':
      if (literal.every((l) => l !== null)) {
        const keys = literal.map((l) => ({ key: l?.value, read: readerOf(l?.value) }));
        return (data) => {
          const out: unknown[] = [];
          for (const { key, read } of keys) {
            const value = read(data);
            if (value === null || value === '') out.push(key);
          }
          return out;
        };
      }
      return (data) => {
        const values = args.map((arg) => arg(data));
        return missing(data, keysOf(values));
      };
    case 'missing_some': {
      const [needOf = constant(undefined), optionsOf = constant(undefined)] = args;
      const written = rawArgs[1];
      if (Array.isArray(written) && written.every((k) => typeof k !== 'object' || k === null)) {
        // The keys written in the rule (always, after compileLogic): split once, here.
        const keys = written.map((key) => ({ key, read: readerOf(key) }));
        return (data) => {
          const need = needOf(data);
          const absent: unknown[] = [];
          for (const { key, read } of keys) {
            const value = read(data);
            if (value === null || value === '') absent.push(key);
          }
          return keys.length - absent.length >= (need as number) ? [] : absent;
        };
      }
      return (data) => missingSome(data, needOf(data), optionsOf(data));
    }
    default: {
      const fn = Object.hasOwn(OPS, op) ? OPS[op] : undefined;
      if (!fn)
        return () => {
          throw new Error(`Unrecognized operation ${op}`);
        };
      if (args.length === 1) {
        const [a] = args as [LogicFn];
        const read = plainVar(rawArgs[0]);
        if (op === '!!') return read ? (data) => truthy(readPath(read, data, null)) : (data) => truthy(a(data));
        if (op === '!') return read ? (data) => !truthy(readPath(read, data, null)) : (data) => !truthy(a(data));
        if (op === 'today' && literal[0]) {
          const part = literal[0].value ?? 'date';
          return () => today(part);
        }
        return (data) => fn(a(data));
      }
      if (args.length === 2) {
        const [a, b] = args as [LogicFn, LogicFn];
        // A value written in the rule (`"企业"`, `200`, a list of choices) is not re-evaluated per call.
        const right = literal[1] ?? (op === 'in' ? choicesOf(rawArgs[1]) : null);
        if (right) return withRight(op, fn, a, right.value, plainVar(rawArgs[0]));
        return (data) => fn(a(data), b(data));
      }
      return (data) => fn(...args.map((arg) => arg(data)));
    }
  }
}

/** The read of `{"var": "a.b"}` (a path written in the rule, no default), or null for any other node. */
function plainVar(node: unknown): PathRead | null {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1 || keys[0] !== 'var') return null;
  const raw = (node as { var: unknown }).var;
  const args = Array.isArray(raw) ? raw : [raw];
  if (args.length !== 1 || (typeof args[0] === 'object' && args[0] !== null)) return null;
  const path = keysOfPath(args[0]);
  return path === null ? null : pathRead(path);
}

/** The list `in` looks in, when written in the rule as values only: read, never returned, so made once. */
function choicesOf(raw: unknown): { value: unknown } | null {
  if (!Array.isArray(raw) || !raw.every((item) => typeof item !== 'object' || item === null)) return null;
  return { value: Object.freeze([...raw]) };
}

/**
 * A binary operation whose right side is written in the rule: the common comparisons each as a
 * closure of its own (one shape of call each, instead of every operator behind one), the others
 * through their operator.
 */
function withRight(op: string, fn: (...args: unknown[]) => unknown, a: LogicFn, b: unknown, left: PathRead | null): LogicFn {
  if (left) {
    // The most common test of all: a field compared with a value, read in the same closure.
    switch (op) {
      case '==':
        // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's == is JavaScript's loose equality.
        return (data) => readPath(left, data, null) == b;
      case '===':
        return (data) => readPath(left, data, null) === b;
      case 'in':
        return (data) => fn(readPath(left, data, null), b);
    }
  }
  switch (op) {
    case '==':
      // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's == is JavaScript's loose equality.
      return (data) => a(data) == b;
    case '===':
      return (data) => a(data) === b;
    case '!=':
      // biome-ignore lint/suspicious/noDoubleEquals: JSON-Logic's != is JavaScript's loose inequality.
      return (data) => a(data) != b;
    case '!==':
      return (data) => a(data) !== b;
    case '>':
      return (data) => (a(data) as number) > (b as number);
    case '>=':
      return (data) => (a(data) as number) >= (b as number);
    case '<':
      return (data) => (a(data) as number) < (b as number);
    case '<=':
      return (data) => (a(data) as number) <= (b as number);
    default:
      return (data) => fn(a(data), b);
  }
}

const COMPILED = new WeakMap<object, LogicFn>();

/**
 * The closure of a compiled logic tree (made once per tree and remembered), for
 * {@link runLogic}.
 *
 * @example
 * logicFn({ '>': [{ var: 'project.totalRdInvestment' }, 200] })({ project: { totalRdInvestment: 300 } }); // true
 */
export function logicFn(logic: Logic): LogicFn {
  if (typeof logic !== 'object' || logic === null) return constant(logic);
  let fn = COMPILED.get(logic);
  if (!fn) {
    fn = compileNode(logic);
    COMPILED.set(logic, fn);
  }
  return fn;
}

/**
 * Evaluates compiled logic (the output of `compileLogic`) against data — plain or sanitized — as
 * json-logic-js would on its sanitized copy.
 *
 * @example
 * runLogic({ missing: ['unit.name'] }, { unit: {} }); // ['unit.name']
 */
export function runLogic(logic: Logic, data: unknown): unknown {
  return judging(data, readableAsIs(data), () => logicFn(logic)(data));
}
