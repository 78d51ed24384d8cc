import { SAFE_PROTO } from './sanitize.js';

// The view of each data object (and list) already made: one view per object, so two reads of
// the same value see the same object, as two reads of one sanitized copy do.
const VIEWS = new WeakMap<object, object>();

/**
 * The sanitized view of a value read from data: objects become objects whose prototype names
 * nothing (as `sanitize` makes them), made on first read and remembered; primitives and values
 * already sanitized are returned as they are. Rules read data through it, so a rule meets the
 * same values as on a sanitized copy without the whole data being copied on every call. The
 * data must already be JSON as `cleanData` copies it (depth-bounded, no functions or non-finite
 * numbers): the view recurses and converts data objects only.
 *
 * @example
 * Object.getPrototypeOf(safeOf({ a: 1 })) === Object.getPrototypeOf(sanitize({})); // true
 */
export function safeOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return view(value);
}

function view(value: object): unknown {
  if (!Array.isArray(value) && Object.getPrototypeOf(value) === SAFE_PROTO) return value;
  const known = VIEWS.get(value);
  if (known) return known;
  if (Array.isArray(value)) {
    // A list of values already as rules see them (texts, numbers, views) is its own view: only a
    // list holding data objects needs a copy, so lists logic builds keep their identity.
    const list = value.map(safeOf);
    const same = list.every((item, i) => item === value[i]);
    const out = same ? value : list;
    VIEWS.set(value, out);
    if (!same) VIEWS.set(list, list);
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out = Object.create(SAFE_PROTO) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[key] = safeOf(item);
  VIEWS.set(value, out);
  return out;
}
