import type { JsonSchema } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { printDate } from '../export/print-date.js';
import { placeholderOf, unitOf } from '../i18n/schema-text.js';
import type { FieldContext } from './context.js';
import type { TextKind } from './parse.js';
import { fieldClass, fieldFrame, hint, messageList, requiredMark } from './shell.js';

/** Strings longer than this get a textarea even without `x-widget: textarea`. */
const TEXTAREA_FROM = 200;

/**
 * True for a string that wants a multi-line box. A formatted string (e-mail, date, credit code,
 * phone) is one line whatever its length limit: an e-mail address allows 254 characters (RFC 5321).
 */
export function isTextarea(schema: JsonSchema): boolean {
  if (schema['x-widget'] === 'textarea') return true;
  return typeof schema.format !== 'string' && typeof schema.maxLength === 'number' && schema.maxLength > TEXTAREA_FROM;
}

function inputType(schema: JsonSchema): string {
  if (schema.format === 'date') return 'date';
  if (schema.format === 'email') return 'email';
  if (schema.format === 'mobile' || schema.format === 'landline') return 'tel';
  return 'text';
}

/** How a field's text is read: as an integer, a number or a string. */
export function textKind(schema: JsonSchema): TextKind {
  return schema.type === 'integer' ? 'integer' : schema.type === 'number' ? 'number' : 'string';
}

/** A listener Lit adds in the capture phase. */
type Listener = { handleEvent: (e: Event) => void; capture: true };

/** The text control (`data-text`) an event of the form's fields came from, if it came from one. */
function textControl(e: Event): (HTMLInputElement & { dataset: { pointer: string; kind: TextKind } }) | null {
  const target = e.target as HTMLInputElement;
  return target.dataset?.text !== undefined && target.dataset.pointer && target.dataset.kind ? (target as never) : null;
}

/**
 * What typing in the text controls does, as listeners for the element that holds the fields:
 * `input`, `change` and `blur`, three listeners for the whole form instead of three per control,
 * added once by the first render. They listen in the capture phase, which every event dispatched
 * at a control passes through — `blur` never bubbles, nor does an `input` a script dispatches
 * without `bubbles`. A control's text is committed unless an IME composition is running
 * (committed at compositionend); leaving the control, or a date chosen from a picker, marks it
 * touched.
 *
 * @example
 * const on = textEvents(ctx);
 * html`<div class="body" @input=${on.input} @change=${on.left} @blur=${on.left}>${fields}</div>`;
 */
export function textEvents(ctx: Pick<FieldContext, 'setText' | 'touch'>): { input: Listener; left: Listener } {
  return {
    input: {
      handleEvent: (e) => {
        const control = textControl(e);
        if (control && !(e as InputEvent).isComposing) ctx.setText(control.dataset.pointer, control.dataset.kind, control.value);
      },
      capture: true,
    },
    left: {
      handleEvent: (e) => {
        const control = textControl(e);
        if (control) ctx.touch(control.dataset.pointer);
      },
      capture: true,
    },
  };
}

/** A text, email, date, month, textarea or number field, with its unit and a character count. */
export function textField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const kind = textKind(schema);
  const value = ctx.text(pointer, kind);
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  const unit = kind === 'string' ? undefined : unitOf(schema, ctx.lang);
  const counted = max !== undefined && kind === 'string' && schema.format === undefined && (isTextarea(schema) || max >= 50);
  const extra = [unit ? `${frame.id}-unit` : '', counted ? `${frame.id}-count` : ''].filter(Boolean);
  const common = {
    id: frame.id,
    describedBy: frame.describedBy(...extra) || nothing,
    invalid: frame.invalid ? 'true' : 'false',
  };
  const length = [...value].length;
  // The count changes on every key: a child binding updates its text node in place (`.textContent`
  // would replace the node each time).
  const count = counted
    ? html`<div class="count ${length > (max ?? 0) ? 'over' : ''}" id="${frame.id}-count">${ctx.t.count(length, max ?? 0)}</div>`
    : nothing;
  const printed = printDate(schema, value, ctx.lang) ?? nothing;
  const label = frame.label;
  const mark = requiredMark(required);
  // One template per control, the field's frame written out in it (no template nested for the
  // control: each nesting costs a marker and an instance per field). What typing does is listened
  // for once, where the fields are (`textEvents`): the controls say what they are with `data-text`.
  if (isTextarea(schema))
    return html`<div class=${fieldClass('textarea', frame)} data-pointer-field><label for=${frame.id} part="label">${label}${mark}</label>${hint(frame, ctx.lang)}<div class="control" data-print=${printed}><textarea
        id=${common.id}
        part="input"
        rows="4"
        data-pointer=${pointer}
        data-kind=${kind}
        data-text
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        ?disabled=${ctx.disabled}
        .value=${live(value)}
      ></textarea></div>${count}${messageList(frame)}</div>`;
  return html`<div class=${fieldClass(kind === 'string' ? 'text' : 'number', frame)} data-pointer-field><label for=${frame.id} part="label">${label}${mark}</label>${hint(frame, ctx.lang)}<div class="control" data-print=${printed}><input
        id=${common.id}
        part="input"
        type=${inputType(schema)}
        inputmode=${kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : nothing}
        placeholder=${placeholderOf(schema, ctx.lang) ?? nothing}
        data-pointer=${pointer}
        data-kind=${kind}
        data-text
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        ?disabled=${ctx.disabled}
        .value=${live(value)}
      />${unit ? html`<span class="unit" id="${frame.id}-unit" .textContent=${unit}></span>` : nothing}</div>${count}${messageList(frame)}</div>`;
}
