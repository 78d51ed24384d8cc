import type { JsonSchema } from '@guide-forms/core';
import { getPointer, joinPointer, parsePointer, setPointer } from '@guide-forms/core/tooling';
import type { RowOp } from '../fields/context.js';
import { formatText, parseText, type TextKind } from '../fields/parse.js';
import { withContainers } from '../schema/containers.js';
import { effectiveObject, visibleValue, withConsts } from '../schema/effective.js';
import { jsonEqual } from '../schema/if-match.js';
import { applyRowOp } from '../schema/row-ops.js';

/**
 * What the applicant has typed, with no DOM: every field — hidden sections included, so
 * they come back — the text behind numeric fields, and which fields were touched.
 * `value()` is what the form submits.
 */
export class FormModel {
  /** Everything typed, hidden sections included (what drafts store). */
  data: unknown = {};
  /** What `reset()` goes back to: the last value given from outside, or nothing. */
  #initial: unknown = {};
  /** Text as typed per pointer, so `1.` stays `1.` while `1.5` is being typed. */
  readonly #raw = new Map<string, string>();
  readonly touched = new Set<string>();
  schema: JsonSchema | null = null;

  /** The submitted value: hidden sections left out, consts set. A fresh copy. */
  value(): Record<string, unknown> {
    const data = this.schema ? visibleValue(this.schema, withConsts(this.schema, this.data)) : this.data;
    return structuredClone((data ?? {}) as Record<string, unknown>);
  }

  /** A value from outside: becomes both the data and what `reset()` returns to. */
  replace(value: object): void {
    this.data = structuredClone(value);
    this.#initial = structuredClone(value);
    this.#raw.clear();
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
    this.data = setPointer(withContainers(this.data ?? {}, pointer), pointer, next);
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

  /** Adds, removes or moves a row; the list counts as touched. */
  rows(pointer: string, op: RowOp): void {
    const schema = this.schemaAt(pointer);
    if (!schema) return;
    this.data = setPointer(withContainers(this.data ?? {}, pointer), pointer, applyRowOp(schema, this.get(pointer), op));
    for (const key of [...this.#raw.keys()]) if (key.startsWith(`${pointer}/`)) this.#raw.delete(key);
    this.touched.add(pointer);
  }

  /** The schema of the node at a data pointer, following the conditional sections in force. */
  schemaAt(pointer: string): JsonSchema | undefined {
    let schema = this.schema ?? undefined;
    let at = '';
    for (const segment of parsePointer(pointer)) {
      if (!schema) return undefined;
      if (/^\d+$/.test(segment) && schema.items) schema = schema.items as JsonSchema;
      else schema = effectiveObject(schema, getPointer(this.data, at)).properties.find((p) => p.key === segment)?.schema;
      at += `/${segment}`;
    }
    return schema;
  }
}
