import { MAX_DATA_DEPTH } from '../limits.js';
import { formatPointer } from '../pointer.js';
import type { Json } from '../types.js';

/**
 * The prototype of every sanitized object: nothing reachable by name — no `constructor`,
 * no `__proto__` getter, no `toString` — only `Symbol.toPrimitive`, which a string path can
 * never name. It lets json-logic compare an object with a string (`{"==": [{}, "x"]}` is
 * false, as in plain JavaScript) instead of throwing "Cannot convert object to primitive value".
 */
export const SAFE_PROTO: object = Object.freeze(
  Object.create(null, { [Symbol.toPrimitive]: { value: () => '[object Object]', enumerable: false } }),
);

/** A sanitized copy of data and where, if anywhere, it was nested too deeply. */
export interface Sanitized {
  safe: Json;
  /** JSON Pointer of the first value deeper than {@link MAX_DATA_DEPTH} (replaced by `null`), or `null`. */
  tooDeep: string | null;
}

const ABSENT: ReadonlySet<string> = new Set(['undefined', 'function', 'symbol']);

// `up` is the slot of the containing value (null at the root): the pointer of a slot is only
// spelled out when it is too deep, instead of joining a pointer for every value of every call.
type Slot = { parent: Json[] | Record<string, Json>; key: string | number; value: unknown; up: Slot | null; depth: number };

function pointerOf(slot: Slot): string {
  const segments: (string | number)[] = [];
  for (let s: Slot | null = slot; s?.up; s = s.up) segments.push(s.key);
  return formatPointer(segments.reverse());
}

function leaf(value: unknown): Json | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return null;
  return undefined;
}

/**
 * Copies JSON data into objects without a usable prototype, iteratively (no recursion, so
 * no stack overflow however deep the data), stopping at {@link MAX_DATA_DEPTH}: a deeper
 * value — or a cycle in data built in JavaScript — becomes `null` and its pointer is returned.
 * Anything that is not JSON (a function, `undefined`, a symbol) is left out of an object, as
 * `JSON.stringify` does, and becomes `null` in a list.
 *
 * @example
 * sanitizeData({ a: [1, { b: 'x' }] }).safe; // { a: [1, { b: 'x' }] } with no prototype
 */
export function sanitizeData(value: unknown): Sanitized {
  const first = leaf(value);
  if (first !== undefined) return { safe: first, tooDeep: null };
  let tooDeep: string | null = null;
  const root = { value: null as Json };
  const stack: Slot[] = [{ parent: root as unknown as Record<string, Json>, key: 'value', value, up: null, depth: 0 }];
  while (stack.length) {
    const slot = stack.pop() as Slot;
    const simple = leaf(slot.value);
    let copy: Json;
    if (simple !== undefined) copy = simple;
    else if (slot.depth >= MAX_DATA_DEPTH) {
      tooDeep ??= pointerOf(slot);
      copy = null;
    } else if (Array.isArray(slot.value)) {
      const list: Json[] = new Array(slot.value.length).fill(null);
      // Pushed last-first, so values are visited in document order and `tooDeep` is the first.
      for (let i = slot.value.length - 1; i >= 0; i--) {
        stack.push({ parent: list, key: i, value: slot.value[i], up: slot, depth: slot.depth + 1 });
      }
      copy = list;
    } else {
      const out = Object.create(SAFE_PROTO) as Record<string, Json>;
      // As JSON.stringify does: a property holding undefined, a function or a symbol is absent
      // (so `required` reports it), not null.
      const entries = Object.entries(slot.value as object).filter(([, v]) => !ABSENT.has(typeof v));
      for (const [k] of entries) out[k] = null;
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, v] = entries[i] as [string, unknown];
        stack.push({ parent: out, key: k, value: v, up: slot, depth: slot.depth + 1 });
      }
      copy = out;
    }
    (slot.parent as Record<string | number, Json>)[slot.key] = copy;
  }
  return { safe: root.value, tooDeep };
}

/**
 * Copies JSON data into objects whose prototype names nothing, so no lookup can reach
 * `constructor` or `__proto__` even if a path slipped past the compiler.
 *
 * @example
 * sanitize(JSON.parse('{"__proto__": {"x": 1}}')); // an own "__proto__" key, no polluted prototype
 */
export function sanitize(value: unknown): Json {
  return sanitizeData(value).safe;
}
