/**
 * Puts the English texts the build split out (`scripts/lib/english.mjs`) back into the data a
 * form was loaded with, in place: an overlay holds the English keys and the objects on the way
 * to them (arrays as objects by index). A key the data has and both hold an object is a path;
 * any other is an English key, set.
 *
 * @example
 * mergeEnglish(schema, { properties: { title: { 'x-title-en': 'Title' } } });
 */
export function mergeEnglish(target: unknown, overlay: unknown): void {
  if (!isObject(target) || !isObject(overlay)) return;
  for (const [key, value] of Object.entries(overlay)) {
    const here = Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
    if (isObject(here) && isObject(value)) mergeEnglish(here, value);
    // defineProperty: a "__proto__" key in the data stays an own property, never the prototype.
    else Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
