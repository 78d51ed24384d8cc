import type { FieldState, JsonSchema, Lang, Severity } from '@guide-forms/core';
import type { nothing, TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type { UiStrings } from '../i18n/strings.js';
import type { TextKind } from './parse.js';

/** A message shown next to a field: a schema error or a rule finding. */
export interface FieldMessage {
  kind: 'error' | Severity;
  text: string;
}

/** What a field renders to: its template, a directive that keeps it as it is (`guard`), or nothing. */
export type FieldView = TemplateResult | DirectiveResult | typeof nothing;

/** A change to an array of rows. */
export type RowOp = { op: 'add' } | { op: 'remove' | 'up' | 'down'; index: number };

/**
 * What field renderers need from the form, as one object so no renderer threads
 * five arguments: current data, messages to show, and the handlers that change data.
 */
export interface FieldContext {
  readonly lang: Lang;
  readonly t: UiStrings;
  readonly disabled: boolean;
  /**
   * Changes when the data changed other than through one control (a value given, a reset, a
   * draft, rows): a control that draws only when what it shows changed draws again then, as
   * the browser may show text typed since its last render. Absent: never.
   */
  readonly epoch?: number;
  /** The value at a pointer in the form's data (hidden sections included). */
  get(pointer: string): unknown;
  /** The visible fields of the object (or rows of the list) at a pointer, in page order: core's field states. */
  fields(pointer: string): readonly FieldState[];
  /** The messages to show next to a field now (after it was touched, or after submit). */
  messages(pointer: string): FieldMessage[];
  /**
   * A finding about several fields shows once at their group: the ids of those groups' message
   * lists that concern this field now, and whether it is marked invalid by them. Absent: none.
   */
  grouped?(pointer: string): { ids: string[]; invalid: boolean };
  /** The element id of the control for a pointer; records that the field is on screen. */
  id(pointer: string): string;
  /** Sets a value (`undefined` removes it) and re-evaluates. */
  set(pointer: string, value: unknown): void;
  /** Sets a value from what was typed, remembering the text (so `1.` stays `1.` while typing `1.5`). */
  setText(pointer: string, kind: TextKind, text: string): void;
  /** What a text control shows: the text last typed when it still means the value, else the value. */
  text(pointer: string, kind: TextKind): string;
  /** Marks a field as touched, so its messages show. */
  touch(pointer: string): void;
  /** Adds, removes or moves a row of an array. */
  rows(pointer: string, op: RowOp): void;
  /** Renders the form again: a lazily loaded widget (the month one) has arrived. */
  requestUpdate?(): void;
  /** Renders any schema node: the dispatcher, passed in so renderers can recurse. */
  render(schema: JsonSchema, pointer: string, required: boolean): FieldView;
}

/** Ids already made: every render asks for every field's (bounded, as a form has a few hundred fields). */
const ids = new Map<string, string>();

/** Turns a pointer into an id that is valid and unique within the shadow root. */
export function pointerId(pointer: string): string {
  let id = ids.get(pointer);
  if (id === undefined) {
    id = `gf${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => (c === '/' ? '--' : `_${c.codePointAt(0)?.toString(16)}_`))}`;
    if (ids.size >= 5000) ids.clear();
    ids.set(pointer, id);
  }
  return id;
}
