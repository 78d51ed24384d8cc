import type { Check } from './context.js';
import { ANNOTATIONS } from './keywords.js';

/** Keys that never check anything. */
const INERT: ReadonlySet<string> = new Set<string>([...ANNOTATIONS, '$id', '$schema', '$comment', '$defs']);

/** Whether every key of `schema` that checks something is one of `keys`. */
function only(schema: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  for (const key in schema) if (!keys.includes(key) && !INERT.has(key)) return false;
  return true;
}

const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

/**
 * `full` with a quick yes for a value that plainly passes, for the commonest field schemas —
 * a text with length limits, a number with limits, a choice among strings: one test instead of a
 * walk through the keywords (most answers of a form pass). Anything else, and every value the
 * quick test does not pass, goes through `full`, which writes the errors.
 */
export function withFastPath(schema: Readonly<Record<string, unknown>>, full: Check): Check {
  const { type } = schema;
  if (type === 'string' && only(schema, ['type', 'maxLength', 'minLength'])) {
    // No more UTF-16 units than the maximum, at least twice the minimum: the characters need no counting.
    const max = num(schema.maxLength, Number.POSITIVE_INFINITY);
    const min2 = 2 * num(schema.minLength, 0);
    return (d, c) => (typeof d === 'string' && d.length <= max && d.length >= min2) || full(d, c);
  }
  if (type === 'string' && Array.isArray(schema.enum) && only(schema, ['type', 'enum'])) {
    const choices = new Set(schema.enum.filter((v) => typeof v === 'string'));
    return (d, c) => (typeof d === 'string' && choices.has(d)) || full(d, c);
  }
  if (
    (type === 'number' || type === 'integer') &&
    only(schema, ['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'])
  ) {
    const integer = type === 'integer';
    const lo = num(schema.minimum, Number.NEGATIVE_INFINITY);
    const hi = num(schema.maximum, Number.POSITIVE_INFINITY);
    const above = num(schema.exclusiveMinimum, Number.NEGATIVE_INFINITY);
    const below = num(schema.exclusiveMaximum, Number.POSITIVE_INFINITY);
    const m = num(schema.multipleOf, 0);
    return (d, c) =>
      (typeof d === 'number' &&
        Number.isFinite(d) &&
        d >= lo &&
        d <= hi &&
        d > above &&
        d < below &&
        (!integer || Number.isInteger(d)) &&
        (m === 0 || Math.abs(Math.round(d / m) - d / m) <= 1e-4)) ||
      full(d, c);
  }
  return full;
}
