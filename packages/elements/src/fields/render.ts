import type { JsonSchema } from '@guide-forms/core';
import { itemsOf } from '@guide-forms/core/tooling';
import { nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { monthPart } from '../lazy/parts.js';
import { checkboxesField, checkboxField, radioField, selectField } from './choice.js';
import type { FieldContext, FieldView } from './context.js';
import { objectFieldset } from './object.js';
import { rowsField } from './rows.js';
import { stringListField } from './string-list.js';
import { textField, textKind } from './text.js';

type Renderer = (ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean) => FieldView;

/** A renderer with the test that picks it; the first whose test holds wins. */
interface Entry {
  name: string;
  test: (schema: JsonSchema) => boolean;
  render: Renderer;
}

const typeOf = (s: JsonSchema): unknown =>
  s.type ?? (s.properties ? 'object' : s.items ? 'array' : Array.isArray(s.enum) ? 'string' : undefined);

/**
 * The month widget is a chunk of its own, fetched when a month field is first on screen; until it
 * arrives the field is a text box bound to the same value (`2023-06`), so nothing typed is lost.
 */
const monthField: Renderer = (ctx, schema, pointer, required) => {
  const month = monthPart.use(() => ctx.requestUpdate?.());
  return month ? month.monthField(ctx, schema, pointer, required) : textField(ctx, schema, pointer, required);
};

/**
 * A control's renderer that re-draws it only when what it shows changed: its schema and place,
 * whether it is required, the form's language and disabled state, its value, the text it shows
 * and its messages (`extra` for what else a renderer reads), and the model's `epoch` (the data
 * changed other than through a control: a reset, a value given). A key re-renders the form; the one
 * field typed into and the fields whose messages changed are drawn again, the rest are left as
 * they are (Lit's `guard`). The control's id is asked for on every render, so the form knows
 * which fields are on screen. Not for a list of strings: each item has its own messages, id and text.
 */
function control(render: Renderer, extra: () => unknown = () => undefined): Renderer {
  return (ctx, schema, pointer, required) => {
    ctx.id(pointer);
    const messages = ctx.messages(pointer);
    const group = ctx.grouped?.(pointer);
    const shown = `${messages.map((m) => `${m.kind}\u0000${m.text}`).join('\u0001')}\u0002${group?.invalid}${group?.ids.join(' ')}`;
    const text = ctx.text(pointer, textKind(schema));
    return guard([schema, pointer, required, ctx.lang, ctx.disabled, ctx.epoch, ctx.get(pointer), text, shown, extra()], () =>
      render(ctx, schema, pointer, required),
    );
  };
}

/** In order of precedence. Const and hidden fields are set by the form, never shown. */
const RENDERERS: Entry[] = [
  { name: 'hidden', test: (s) => s['x-widget'] === 'hidden' || s.const !== undefined, render: () => nothing },
  { name: 'object', test: (s) => typeOf(s) === 'object', render: (ctx, s, p) => objectFieldset(ctx, s, p) },
  { name: 'rows', test: (s) => typeOf(s) === 'array' && typeOf(itemsOf(s) ?? {}) === 'object', render: rowsField },
  {
    name: 'checkboxes',
    test: (s) => typeOf(s) === 'array' && (s['x-widget'] === 'checkboxes' || Array.isArray(itemsOf(s)?.enum)),
    render: control(checkboxesField),
  },
  { name: 'string-list', test: (s) => typeOf(s) === 'array', render: stringListField },
  { name: 'checkbox', test: (s) => typeOf(s) === 'boolean', render: control(checkboxField) },
  { name: 'radio', test: (s) => Array.isArray(s.enum) && s['x-widget'] === 'radio', render: control(radioField) },
  { name: 'select', test: (s) => Array.isArray(s.enum), render: control(selectField) },
  {
    name: 'month',
    test: (s) => s['x-widget'] === 'month' || s.format === 'year-month',
    render: control(monthField, () => monthPart.loaded),
  },
  { name: 'text', test: () => true, render: control(textField) },
];

/**
 * Renders any schema node by the first renderer whose test holds — no per-category code.
 *
 * @example
 * renderField(ctx, schema.properties.unit, '/unit', true);
 */
export function renderField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): FieldView {
  const entry = RENDERERS.find((r) => r.test(schema)) as Entry;
  return entry.render(ctx, schema, pointer, required);
}

/** The name of the renderer that would draw a schema node (for tests and Storybook). */
export function rendererName(schema: JsonSchema): string {
  return (RENDERERS.find((r) => r.test(schema)) as Entry).name;
}
