import type { FieldStates, JsonSchema } from '@guide-forms/core';
import { getPointer, joinPointer, parsePointer, setPointer } from '@guide-forms/core/tooling';
import type { RowOp } from '../fields/context.js';
import { formatText, parseText, type TextKind } from '../fields/parse.js';
import { withContainers } from '../schema/containers.js';
import { jsonEqual } from '../schema/json-equal.js';
import { applyRowOp } from '../schema/row-ops.js';

/**
 * Field states for data: the engine's `fieldStates` for the loaded form — or, given the states
 * before a one-field edit, its `fieldStatesAfter` (which keeps them when the field feeds no condition).
 */
export type StatesOf = (data: unknown, edit?: { before: FieldStates; changed: string }) => FieldStates;

/** The row index a touched pointer under `list` is in, and the rest of it after the index. */
function rowOf(pointer: string, list: string): [number, string] | null {
  const m = pointer.startsWith(`${list}/`) ? /^(\d+)(\/.*)?$/.exec(pointer.slice(list.length + 1)) : null;
  return m ? [Number(m[1]), m[2] ?? ''] : null;
}

/** Moves the touched marks of a list's rows as a row operation moves the rows (see `FormModel#rows`). */
function moveTouched(touched: Set<string>, list: string, op: RowOp, length: number): void {
  const moved: string[] = [];
  for (const p of [...touched]) {
    const row = rowOf(p, list);
    if (!row) continue;
    touched.delete(p);
    const [i, rest] = row;
    let to: number | null = i;
    if (op.op === 'add') to = i < length ? i : null;
    else if (op.op === 'remove') to = i === op.index ? null : i > op.index ? i - 1 : i;
    else {
      const other = op.op === 'up' ? op.index - 1 : op.index + 1;
      if (other >= 0 && other < length) to = i === op.index ? other : i === other ? op.index : i;
    }
    if (to !== null) moved.push(`${list}/${to}${rest}`);
  }
  for (const p of moved) touched.add(p);
}

/**
 * What the applicant has typed, with no DOM: every field — hidden sections included, so
 * they come back — the text behind numeric fields, and which fields were touched.
 * Which fields show and what is submitted are core's answer ({@link FieldStates}), asked once
 * per change of the data.
 */
export class FormModel {
  #data: unknown = {};
  /**
   * Counts the changes that did not come from one control — a value given, a reset, a draft, a row
   * added, removed or moved: after one, every control is drawn again, whatever it showed
   * (`set` and `setText`, a control's own edits, leave it).
   */
  epoch = 0;
  #statesOf: StatesOf | null = null;
  #states: { data: unknown; states: FieldStates } | null = null;
  /** The last change, when it was one field's: from which data to which, at which pointer. */
  #edit: { from: unknown; to: unknown; pointer: string } | null = null;
  /** What `reset()` goes back to: the last value given from outside, or nothing. */
  #initial: unknown = {};
  /** Text as typed per pointer, so `1.` stays `1.` while `1.5` is being typed. */
  readonly #raw = new Map<string, string>();
  readonly touched = new Set<string>();

  /** Everything typed, hidden sections included (what drafts store). Replaced, never mutated, on a change. */
  get data(): unknown {
    return this.#data;
  }

  set data(data: unknown) {
    this.#data = data;
    this.epoch++;
  }

  /** Where field states come from (the loaded form's engine), or null while no form is loaded. */
  use(statesOf: StatesOf | null): void {
    this.#statesOf = statesOf;
    this.#states = null;
  }

  /** Core's field states for the current data, computed once per change; null without a form. */
  get states(): FieldStates | null {
    if (!this.#statesOf) return null;
    const cached = this.#states;
    if (cached && cached.data === this.data) return cached.states;
    const edit = this.#edit;
    // One field edited since the states were computed (typing): core derives the new ones from them.
    const states =
      cached && edit && edit.from === cached.data && edit.to === this.data
        ? this.#statesOf(this.data, { before: cached.states, changed: edit.pointer })
        : this.#statesOf(this.data);
    this.#states = { data: this.data, states };
    return states;
  }

  /** The submitted value (hidden sections left out, consts set), shared: copy it before handing it out. */
  get submitted(): Record<string, unknown> {
    return this.states?.value ?? ((this.data ?? {}) as Record<string, unknown>);
  }

  /** The submitted value as a fresh copy. */
  value(): Record<string, unknown> {
    return structuredClone(this.submitted);
  }

  /** A value from outside: becomes both the data and what `reset()` returns to. */
  replace(value: object): void {
    this.data = structuredClone(value);
    this.#initial = structuredClone(value);
    this.#raw.clear();
  }

  /** Removes the values at `pointers` (rows are taken out of their list); `given` drops them from what `reset()` returns to as well. */
  drop(pointers: readonly string[], given: boolean): void {
    let data = this.data;
    for (const p of pointers) data = setPointer(data, p, undefined);
    this.data = data;
    if (given) this.#initial = structuredClone(data);
  }

  reset(): void {
    this.data = structuredClone(this.#initial);
    this.#raw.clear();
    this.touched.clear();
  }

  get(pointer: string): unknown {
    return getPointer(this.data, pointer);
  }

  /** Sets a value (`undefined` removes it); false when nothing changed. */
  set(pointer: string, value: unknown): boolean {
    // Clearing a list item keeps its place; removing it is the remove button's job.
    const last = parsePointer(pointer).at(-1) ?? '';
    const inList = /^\d+$/.test(last) && Array.isArray(getPointer(this.data, pointer.slice(0, pointer.lastIndexOf('/'))));
    const next = value === undefined && inList ? '' : value;
    if (jsonEqual(this.get(pointer), next)) return false;
    const from = this.#data;
    this.#data = setPointer(withContainers(from ?? {}, pointer), pointer, next);
    this.#edit = { from, to: this.#data, pointer };
    return true;
  }

  /** Sets a value from typed text, remembering the text. */
  setText(pointer: string, kind: TextKind, text: string): boolean {
    this.#raw.set(pointer, text);
    return this.set(pointer, parseText(kind, text, this.#unit(pointer)));
  }

  /** What a text control shows: the text last typed when it still means the value, else the value. */
  text(pointer: string, kind: TextKind): string {
    const value = this.get(pointer);
    const raw = this.#raw.get(pointer);
    return raw !== undefined && jsonEqual(parseText(kind, raw, this.#unit(pointer)) ?? '', value ?? '') ? raw : formatText(value);
  }

  /** The field's Chinese unit (`x-unit`), which typed numbers may end with. */
  #unit(pointer: string): string | undefined {
    const unit = this.schemaAt(pointer)?.['x-unit'];
    return typeof unit === 'string' ? unit : undefined;
  }

  /**
   * Marks every answered field as touched: a restored draft's fields were left in an earlier
   * visit, so their messages show at once; untouched empty fields stay neutral.
   */
  touchAnswered(at = '', value: unknown = this.data): void {
    if (Array.isArray(value)) {
      if (at) this.touched.add(at);
      for (const [i, v] of value.entries()) this.touchAnswered(joinPointer(at, i), v);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) this.touchAnswered(joinPointer(at, k), v);
    } else if (value !== undefined && value !== null && value !== '' && at) {
      this.touched.add(at);
    }
  }

  /**
   * Adds, removes or moves a row; the list counts as touched. What was left in a row goes with
   * it: a row removed takes its fields' touched marks away (a new row at its index starts neutral,
   * nothing red), a row moved takes them along.
   */
  rows(pointer: string, op: RowOp): void {
    const schema = this.schemaAt(pointer);
    if (!schema) return;
    const before = this.get(pointer);
    this.data = setPointer(withContainers(this.data ?? {}, pointer), pointer, applyRowOp(schema, before, op));
    for (const key of [...this.#raw.keys()]) if (key.startsWith(`${pointer}/`)) this.#raw.delete(key);
    moveTouched(this.touched, pointer, op, Array.isArray(before) ? before.length : 0);
    this.touched.add(pointer);
  }

  /** The schema of the field at a data pointer, as core lays the form out for the current data. */
  schemaAt(pointer: string): JsonSchema | undefined {
    return this.states?.fields.get(pointer)?.schema;
  }
}
