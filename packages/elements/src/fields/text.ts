import type { JsonSchema } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { printDate } from '../export/print-date.js';
import { placeholderOf, unitOf } from '../i18n/schema-text.js';
import type { FieldContext } from './context.js';
import type { TextKind } from './parse.js';
import { fieldFrame, fieldShell } from './shell.js';

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

function kindOf(schema: JsonSchema): TextKind {
  return schema.type === 'integer' ? 'integer' : schema.type === 'number' ? 'number' : 'string';
}

/** Commits a control's text unless an IME composition is running (committed at compositionend). */
export function onTextInput(ctx: FieldContext, pointer: string, kind: TextKind) {
  return (e: InputEvent): void => {
    if (e.isComposing) return;
    ctx.setText(pointer, kind, (e.target as HTMLInputElement).value);
  };
}

/** A text, email, date, month, textarea or number field, with its unit and a character count. */
export function textField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const kind = kindOf(schema);
  const value = ctx.text(pointer, kind);
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  const unit = kind === 'string' ? undefined : unitOf(schema, ctx.lang);
  const counted = max !== undefined && kind === 'string' && schema.format === undefined && (isTextarea(schema) || max >= 50);
  const extra = [unit ? `${frame.id}-unit` : '', counted ? `${frame.id}-count` : ''].filter(Boolean);
  const common = {
    id: frame.id,
    describedBy: frame.describedBy(...extra) || nothing,
    invalid: frame.invalid ? 'true' : 'false',
    input: onTextInput(ctx, pointer, kind),
    blur: () => ctx.touch(pointer),
  };
  const control = isTextarea(schema)
    ? html`<textarea
        id=${common.id}
        part="input"
        rows="4"
        data-pointer=${pointer}
        data-kind=${kind}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        ?disabled=${ctx.disabled}
        .value=${live(value)}
        @input=${common.input}
        @blur=${common.blur}
      ></textarea>`
    : html`<input
        id=${common.id}
        part="input"
        type=${inputType(schema)}
        inputmode=${kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : nothing}
        placeholder=${placeholderOf(schema, ctx.lang) ?? nothing}
        data-pointer=${pointer}
        data-kind=${kind}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        ?disabled=${ctx.disabled}
        .value=${live(value)}
        @input=${common.input}
        @change=${common.blur}
        @blur=${common.blur}
      />`;
  const length = [...value].length;
  return fieldShell(
    frame,
    required,
    html`<div class="control" data-print=${printDate(schema, value, ctx.lang) ?? nothing}>${control} ${unit ? html`<span class="unit" id="${frame.id}-unit">${unit}</span>` : nothing}</div>
      ${
        counted
          ? html`<div class="count ${length > (max ?? 0) ? 'over' : ''}" id="${frame.id}-count">${ctx.t.count(length, max ?? 0)}</div>`
          : nothing
      }`,
    isTextarea(schema) ? 'textarea' : kind === 'string' ? 'text' : 'number',
  );
}
