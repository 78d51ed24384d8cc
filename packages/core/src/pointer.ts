/**
 * JSON Pointers (RFC 6901) — the one path dialect of guide-forms.
 *
 * Every field, error and finding is located by a pointer such as
 * `/project/totalRdInvestment`; array items use their index (`/indicators/milestones/0/target`).
 *
 * @example
 * parsePointer('/a~1b/0'); // ['a/b', '0']
 * formatPointer(['a/b', '0']); // '/a~1b/0'
 */

/** Segments that would let a lookup walk into the prototype chain. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Splits a pointer into unescaped segments. Throws on a pointer that does not start with `/`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new SyntaxError(`JSON Pointer must be empty or start with "/": ${JSON.stringify(pointer)}`);
  }
  const segments = pointer.slice(1).split('/');
  // Most pointers escape nothing: no two replaces per segment then (every check reads many).
  return pointer.includes('~') ? segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}

/** Joins segments into a pointer, escaping `~` and `/`. */
export function formatPointer(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) out += `/${escapeSegment(segment)}`;
  return out;
}

/** One segment escaped; most keys need no escaping, so no replace runs for them (compiling a form joins thousands). */
function escapeSegment(segment: string | number): string {
  const text = typeof segment === 'string' ? segment : String(segment);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Appends segments to a pointer. */
export function joinPointer(base: string, ...segments: (string | number)[]): string {
  if (segments.length === 1) return `${base}/${escapeSegment(segments[0] as string | number)}`;
  return base + formatPointer(segments);
}

/** True when the pointer is syntactically valid. */
export function isPointer(value: unknown): value is string {
  return typeof value === 'string' && (value === '' || value.startsWith('/'));
}

/** True when a pointer names no prototype-walking segment. */
export function isSafePointer(pointer: string): boolean {
  return isPointer(pointer) && parsePointer(pointer).every((s) => !FORBIDDEN_SEGMENTS.has(s));
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** One step down: own properties of objects, index segments of arrays (never `length`). */
function step(node: unknown, segment: string): { found: boolean; value: unknown } {
  if (Array.isArray(node)) {
    if (!/^(0|[1-9]\d*)$/.test(segment) || Number(segment) >= node.length) return { found: false, value: undefined };
    return { found: true, value: node[Number(segment)] };
  }
  if (!isContainer(node) || !Object.hasOwn(node, segment)) return { found: false, value: undefined };
  return { found: true, value: (node as Record<string, unknown>)[segment] };
}

const SEGMENTS = new Map<string, readonly string[]>();

/**
 * The segments of a pointer, parsed once and remembered (rules and routing read the same few
 * pointers on every check); bounded, for servers that meet endless distinct pointers. Read-only.
 */
function segmentsOf(pointer: string): readonly string[] {
  let segments = SEGMENTS.get(pointer);
  if (!segments) {
    segments = parsePointer(pointer);
    if (SEGMENTS.size >= 10_000) SEGMENTS.clear();
    SEGMENTS.set(pointer, segments);
  }
  return segments;
}

/**
 * Reads the value at a pointer, own properties only: `getPointer({}, '/constructor')` is `undefined`.
 */
export function getPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of segmentsOf(pointer)) {
    const next = step(node, segment);
    if (!next.found) return undefined;
    node = next.value;
  }
  return node;
}

/** True when a value exists at the pointer (own properties only). */
export function hasPointer(root: unknown, pointer: string): boolean {
  let node: unknown = root;
  for (const segment of segmentsOf(pointer)) {
    const next = step(node, segment);
    if (!next.found) return false;
    node = next.value;
  }
  return true;
}

/**
 * Returns a copy of `root` with `value` set at `pointer`, creating objects on the way.
 * `undefined` removes the property. Never mutates `root`.
 */
export function setPointer<T>(root: T, pointer: string, value: unknown): T {
  const segments = parsePointer(pointer);
  if (segments.some((s) => FORBIDDEN_SEGMENTS.has(s))) {
    throw new Error(`Refusing to write a prototype path: ${pointer}`);
  }
  const write = (node: unknown, i: number): unknown => {
    if (i === segments.length) return value;
    const key = segments[i] as string;
    if (Array.isArray(node)) {
      const copy = node.slice();
      const index = Number(key);
      const next = write(copy[index], i + 1);
      if (next === undefined && i === segments.length - 1) copy.splice(index, 1);
      else copy[index] = next;
      return copy;
    }
    const copy: Record<string, unknown> = isContainer(node) ? { ...(node as Record<string, unknown>) } : {};
    const next = write(copy[key], i + 1);
    if (next === undefined) delete copy[key];
    else copy[key] = next;
    return copy;
  };
  return write(root, 0) as T;
}

/** Replaces array indices by `*`, giving the pattern used to find a field's schema. */
export function toPattern(pointer: string): string {
  let pattern = PATTERNS.get(pointer);
  if (pattern === undefined) {
    pattern = formatPointer(parsePointer(pointer).map((s) => (/^\d+$/.test(s) ? '*' : s)));
    // Remembered: messages look up each field's pattern on every check. Bounded, for servers
    // that see endless distinct pointers (rows of hostile data).
    if (PATTERNS.size >= 10_000) PATTERNS.clear();
    PATTERNS.set(pointer, pattern);
  }
  return pattern;
}

const PATTERNS = new Map<string, string>();
