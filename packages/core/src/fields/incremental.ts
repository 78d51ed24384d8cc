import { getPointer, parsePointer, setPointer } from '../pointer.js';
import { feedsStates, type StateDependencies } from './dependencies.js';
import type { FieldStates } from './states.js';

/** An edit of one field: where, and the value now there. */
export interface FieldEdit {
  /** JSON Pointer of the field that changed, e.g. `/content/title`. */
  pointer: string;
  /** Its new value in the data (a text, number or boolean). */
  value: unknown;
}

/** The lists on the way to the field have as many rows as before (a removed row moves the others up). */
function sameRows(before: unknown, data: unknown, pointer: string): boolean {
  let a = before;
  let b = data;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a) && a.length !== (b as unknown[]).length) return false;
    a = (a as Record<string, unknown> | undefined)?.[segment];
    b = (b as Record<string, unknown> | undefined)?.[segment];
  }
  return true;
}

function isLeafValue(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * The field states after one field was edited, derived from the states before it when the
 * edit cannot change them: the field is shown, holds a plain value before and after (so no
 * object or key appears or disappears in what is submitted), and no condition reads it.
 * Then only the submitted value changes, at that pointer. `data` is the data after the edit; it
 * must differ from the data of `before` at the edited field only (the lists on the way are
 * checked). Null when the states must be computed again.
 *
 * @example
 * statesAfterEdit(deps, before, { pointer: '/content/title', value: '新标题' }, data)?.value.content; // { title: '新标题', … }
 */
export function statesAfterEdit(deps: StateDependencies, before: FieldStates, edit: FieldEdit, data: unknown): FieldStates | null {
  const state = before.fields.get(edit.pointer);
  if (!state?.visible || state.schema.const !== undefined) return null;
  if (!isLeafValue(edit.value) || !isLeafValue(getPointer(before.value, edit.pointer))) return null;
  if (feedsStates(deps, edit.pointer) || !sameRows(before.value, data, edit.pointer)) return null;
  return { fields: before.fields, children: before.children, value: setPointer(before.value, edit.pointer, edit.value) };
}
