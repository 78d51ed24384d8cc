import { joinPointer } from '../pointer.js';
import type { JsonSchema } from '../types.js';
import { cleanData } from '../validate/clean.js';
import { isObjectSchema, itemsOf, type ObjectLayout, objectLayout } from './properties.js';

/** How one field stands for the current data. */
export interface FieldState {
  /** JSON Pointer of the field in the data, e.g. `/unit/isStartup` or `/partners/0/name`. */
  pointer: string;
  /** Its key in its object (or its index in its list, as text). */
  key: string;
  /** Its schema as in force (a conditional field's branch schema). */
  schema: JsonSchema;
  /** Shown and submitted. False for a field of a section whose condition does not hold. */
  visible: boolean;
  /** The schema requires it for this data — `evaluate` reports it missing when it is absent and its object is submitted. */
  required: boolean;
  /** Declared in a conditional branch rather than in the object's own `properties`. */
  conditional: boolean;
  /** A `block` rule in force needs it filled (`marksRequired`): forms mark it `*` like a required field. */
  neededByRule: boolean;
}

/**
 * The fields of a form for given data — which show, which are required — and the data that
 * would be submitted, all decided by the validators of the form's own `if` subschemas.
 */
export interface FieldStates {
  /**
   * Every field in page order, by JSON Pointer: the fields of each object in force (also of an
   * object not filled yet, as the form shows them), each row of a list, and the hidden fields of
   * sections whose condition does not hold (`visible: false`, without their descendants).
   */
  fields: Map<string, FieldState>;
  /** What is submitted: hidden sections' fields left out, consts set, required objects created. */
  value: Record<string, unknown>;
  /** The visible fields of the object or list at `pointer`, in page order (`''` for the form). */
  children(pointer: string): FieldState[];
}

interface Walked {
  value: unknown;
  /** The value as the validator sees it (blank texts removed), for the conditions above. */
  clean: unknown;
  states: FieldState[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: unknown, key: string): unknown {
  return isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;
}

function put(out: Record<string, unknown>, key: string, value: unknown): void {
  // A "__proto__" key must stay an own property: assigning it would set the prototype.
  // Every other key is assigned: defineProperty costs a slow runtime call per key, which was
  // the largest part of each keystroke's field states (I13-c in docs/decisions.md).
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

const CONST_INSIDE = new WeakMap<JsonSchema, boolean>();

/** Whether an object schema (with nothing filled) carries a const somewhere: such objects are always submitted. */
function hasConst(schema: JsonSchema): boolean {
  let known = CONST_INSIDE.get(schema);
  if (known === undefined) {
    known = objectLayout(schema, {}).properties.some(
      (p) => p.schema.const !== undefined || (isObjectSchema(p.schema) && hasConst(p.schema)),
    );
    CONST_INSIDE.set(schema, known);
  }
  return known;
}

function hiddenKeys(layout: ObjectLayout): string {
  return [...layout.hidden.keys()].join('\u0000');
}

/** A list: each row walked with the item schema; rows are always submitted as they are. */
function walkList(schema: JsonSchema, raw: unknown[], clean: unknown, at: string): Walked {
  const items = itemsOf(schema);
  const states: FieldState[] = [];
  const value: unknown[] = [];
  const cleanList: unknown[] = [];
  // A hole in a sparse array (or an undefined item) is the null JSON makes of it: every row keeps
  // its index, so a state's pointer names the same row in the submitted value as in the verdict.
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i] === undefined ? null : raw[i];
    const itemAt = joinPointer(at, i);
    const cleanItem = Array.isArray(clean) ? clean[i] : undefined;
    states.push({
      pointer: itemAt,
      key: String(i),
      schema: items ?? {},
      visible: true,
      required: false,
      conditional: false,
      neededByRule: false,
    });
    if (items && isObjectSchema(items) && isObject(item)) {
      const sub = walkObject(items, item, cleanItem, itemAt);
      states.push(...sub.states);
      value.push(sub.value);
      cleanList.push(sub.clean);
    } else {
      value.push(item);
      cleanList.push(cleanItem);
    }
  }
  return { value, clean: cleanList, states };
}

/** One object under one layout: its fields' states, its submitted value and its clean twin. */
function build(layout: ObjectLayout, raw: Record<string, unknown>, clean: unknown, at: string): Walked {
  const states: FieldState[] = [];
  const values = new Map<string, unknown>();
  const cleans = new Map<string, unknown>();
  for (const p of layout.properties) {
    const pointer = joinPointer(at, p.key);
    const rv = own(raw, p.key);
    const cv = own(clean, p.key);
    states.push({
      pointer,
      key: p.key,
      schema: p.schema,
      visible: true,
      required: p.required,
      conditional: p.conditional,
      neededByRule: false,
    });
    if (p.schema.const !== undefined) {
      values.set(p.key, p.schema.const);
      cleans.set(p.key, p.schema.const);
    } else if (isObjectSchema(p.schema) && (rv === undefined || isObject(rv))) {
      // An object not filled yet still lays out its fields (the form shows them); it is submitted
      // when filled, required (so each missing field is reported by itself) or carrying a const.
      const sub = walkObject(p.schema, rv ?? {}, cv, pointer);
      states.push(...sub.states);
      if (rv !== undefined || p.required || hasConst(p.schema)) {
        values.set(p.key, sub.value);
        cleans.set(p.key, sub.clean);
      }
    } else if (Array.isArray(rv)) {
      const sub = walkList(p.schema, rv, cv, pointer);
      states.push(...sub.states);
      values.set(p.key, sub.value);
      cleans.set(p.key, sub.clean);
    } else if (rv !== undefined) {
      values.set(p.key, rv);
      if (cv !== undefined) cleans.set(p.key, cv);
    }
  }
  for (const [key, schema] of layout.hidden) {
    states.push({ pointer: joinPointer(at, key), key, schema, visible: false, required: false, conditional: true, neededByRule: false });
  }
  // The data's own order first (what the applicant typed), then what the form adds.
  const value: Record<string, unknown> = {};
  const cleanOut: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(raw)) {
    if (v === undefined || layout.hidden.has(key)) continue;
    if (values.has(key)) {
      put(value, key, values.get(key));
      if (cleans.has(key)) put(cleanOut, key, cleans.get(key));
    } else if (!layout.properties.some((p) => p.key === key)) {
      // A field the schema does not know is submitted as is: the validator says what is wrong with it.
      put(value, key, v);
      const c = own(clean, key);
      if (c !== undefined) put(cleanOut, key, c);
    }
  }
  for (const [key, v] of values) {
    if (Object.hasOwn(value, key)) continue;
    put(value, key, v);
    if (cleans.has(key)) put(cleanOut, key, cleans.get(key));
  }
  return { value, clean: cleanOut, states };
}

/**
 * An object: its layout is decided on the data as the validator will see it — without the
 * fields of sections that do not hold — so a condition that reads a field hidden by another
 * condition is judged as `evaluate` judges it. A few rounds reach that fixed point.
 */
function walkObject(schema: JsonSchema, raw: Record<string, unknown>, clean: unknown, at: string): Walked {
  let layout = objectLayout(schema, clean);
  let walked = build(layout, raw, clean, at);
  for (let round = 0; round < 4; round++) {
    const next = objectLayout(schema, walked.clean);
    if (hiddenKeys(next) === hiddenKeys(layout) && next.properties.length === layout.properties.length) break;
    layout = next;
    walked = build(layout, raw, clean, at);
  }
  return walked;
}

/**
 * Field states of a resolved form schema (one an {@link Engine} compiled) for `data`: which
 * fields show, which the schema requires, and the value that would be submitted. Conditions
 * are decided by the validator compiled for each `if`, on the data as `evaluate` sees it
 * (blank texts count as not filled). Data that is not an object is judged as `{}`.
 *
 * @example
 * const states = schemaFieldStates(engine.getForm('key-rd').schema, { unit: { unitType: '企业' } });
 * states.fields.get('/unit/isStartup')?.visible; // true
 * states.value; // what evaluate() should be given
 */
export function schemaFieldStates(schema: JsonSchema, data: unknown): FieldStates {
  const raw = isObject(data) ? data : {};
  // Depth-bounded before blank removal, as evaluate does: hostile nesting cannot overflow here.
  const clean = cleanData(raw).data;
  const walked = walkObject(schema, raw, clean, '');
  const fields = new Map<string, FieldState>();
  const children = new Map<string, FieldState[]>();
  for (const state of walked.states) {
    fields.set(state.pointer, state);
    if (!state.visible) continue;
    const parent = state.pointer.slice(0, state.pointer.lastIndexOf('/'));
    const list = children.get(parent);
    if (list) list.push(state);
    else children.set(parent, [state]);
  }
  return { fields, value: walked.value as Record<string, unknown>, children: (pointer) => children.get(pointer) ?? [] };
}

/**
 * Field states of a form as an {@link Engine} returned it (`engine.getForm(...)`), for `data`.
 * Like {@link Engine.fieldStates} without the rules' `marksRequired`.
 *
 * @example
 * const form = engine.getForm('regional');
 * fieldStates(form, { project: { localType: '其他' } }).fields.get('/project/localTypeOther')?.visible; // true
 */
export function fieldStates(form: { schema: JsonSchema }, data: unknown): FieldStates {
  return schemaFieldStates(form.schema, data);
}
