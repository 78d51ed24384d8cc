import type { CompiledLogic } from '../logic/compile.js';
import { parsePointer } from '../pointer.js';
import type { JsonSchema } from '../types.js';
import { conditionSchemas } from './conditions.js';

/**
 * What field states depend on: the fields the form's `if` conditions read and the fields the
 * `when` of each rule that marks fields required reads — as data patterns (`*` for any row), or
 * everything when a condition reads what cannot be named. A change to any other field leaves the
 * states as they were (only the submitted value changes), which makes typing cheap.
 */
export interface StateDependencies {
  /** Data patterns, segment lists: `['unit', 'unitType']`, `['indicators', 'milestones']`. */
  patterns: readonly (readonly string[])[];
  /** A condition reads something not named by a pattern: every change counts. */
  everything: boolean;
}

/** Keywords of an `if` that only name properties of its object. */
const NAMING = new Set(['properties', 'required', 'type', 'title', 'description']);

/** The data pattern of a schema node, from its pointer in the resolved schema; null when not nameable. */
function dataPattern(schemaPointer: string): string[] | null {
  const segments = parsePointer(schemaPointer);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    if (s === 'properties') {
      out.push(segments[++i] as string);
    } else if (s === 'items' || s === 'additionalProperties') {
      out.push('*');
    } else if (s === 'allOf' || s === 'anyOf' || s === 'oneOf' || s === 'prefixItems') {
      i++;
    } else if (s !== 'then' && s !== 'else' && s !== 'if') {
      return null;
    }
  }
  return out;
}

/** The fields one `if` reads, as patterns under the object it sits in. */
function conditionReads(object: string[], condition: JsonSchema): string[][] | null {
  if (Object.keys(condition).some((k) => !NAMING.has(k))) return [object];
  const keys = new Set<string>([
    ...Object.keys((condition.properties as Record<string, unknown> | undefined) ?? {}),
    ...((Array.isArray(condition.required) ? condition.required : []) as string[]),
  ]);
  return [...keys].map((k) => [...object, k]);
}

/**
 * The dependencies of a form's field states: its schema's conditions and the `when` of its
 * rules that mark fields required. Made once per compiled form.
 *
 * @example
 * stateDependencies(form.schema, rules).patterns; // [['unit', 'unitType'], ['classification', 'domain'], …]
 */
export function stateDependencies(schema: JsonSchema, markingRules: readonly (CompiledLogic | null)[]): StateDependencies {
  const patterns: string[][] = [];
  let everything = false;
  for (const condition of conditionSchemas(schema)) {
    const object = dataPattern(condition.pointer.slice(0, condition.pointer.lastIndexOf('/')));
    const reads = object && conditionReads(object, condition.schema);
    if (!reads) everything = true;
    else patterns.push(...reads);
  }
  for (const when of markingRules) {
    for (const read of when?.reads ?? []) {
      const at = read.scope ?? read.pointer;
      // A read inside a row names the list; one over computed data names nothing.
      if (at.startsWith('(') || at.includes('(computed)')) everything = true;
      else patterns.push(parsePointer(at.split('/*')[0] as string).map((s) => (/^\d+$/.test(s) ? '*' : s)));
    }
  }
  return { patterns, everything };
}

/**
 * True when a change at `pointer` may change field states: it is, contains or lies inside a
 * field a condition reads.
 *
 * @example
 * feedsStates(deps, '/unit/unitType'); // true
 * feedsStates(deps, '/content/title'); // false
 */
export function feedsStates(deps: StateDependencies, pointer: string): boolean {
  if (deps.everything) return true;
  const segments = parsePointer(pointer);
  return deps.patterns.some((pattern) => {
    const n = Math.min(pattern.length, segments.length);
    for (let i = 0; i < n; i++) {
      const p = pattern[i] as string;
      const s = segments[i] as string;
      if (p !== s && !(p === '*' && /^\d+$/.test(s))) return false;
    }
    return true;
  });
}
