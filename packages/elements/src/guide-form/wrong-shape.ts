import type { FieldStates } from '@guide-forms/core';
import { getPointer } from '@guide-forms/core/tooling';
import { rendererName } from '../fields/render.js';

/** The renderers that draw a container, with the shape of the value they draw it from. */
const SHAPE: Record<string, 'object' | 'array'> = { object: 'object', rows: 'array', checkboxes: 'array', 'string-list': 'array' };

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Where data has a shape the form cannot draw: a text, number or list where a section or a row
 * belongs, anything but a list where a list belongs (`"unit": "abc"`, `"milestones": [5]`). Such
 * a section would show its title and no fields. Last first, so removing them one by one keeps
 * the indices of the rows still to remove.
 *
 * @example
 * wrongShapes(states, { unit: 'abc' }); // ['/unit']
 */
export function wrongShapes(states: FieldStates, data: unknown): string[] {
  const out: string[] = [];
  for (const s of states.fields.values()) {
    const shape = SHAPE[rendererName(s.schema)];
    const value = shape ? getPointer(data, s.pointer) : undefined;
    if (value !== undefined && !(shape === 'array' ? Array.isArray(value) : isObject(value))) out.push(s.pointer);
  }
  return out.reverse();
}
