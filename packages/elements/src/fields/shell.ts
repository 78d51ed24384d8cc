import type { JsonSchema } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { descriptionOf, titleOf } from '../i18n/schema-text.js';
import type { FieldContext, FieldMessage } from './context.js';

/** Ids and texts every control shares: label, hint, messages and how they are wired. */
export interface FieldFrame {
  id: string;
  label: string;
  hint: string | undefined;
  messages: FieldMessage[];
  invalid: boolean;
  /** Value for `aria-describedby`: hint, extra ids (unit, counter) and messages. */
  describedBy: (...extra: string[]) => string;
}

/** Computes the shared frame of a field at `pointer`. */
export function fieldFrame(ctx: FieldContext, schema: JsonSchema, pointer: string): FieldFrame {
  const id = ctx.id(pointer);
  const hint = descriptionOf(schema, ctx.lang);
  const messages = ctx.messages(pointer);
  return {
    id,
    label: titleOf(schema, ctx.lang, pointer.split('/').pop()),
    hint,
    messages,
    invalid: messages.some((m) => m.kind === 'error' || m.kind === 'block'),
    describedBy: (...extra) => [hint ? `${id}-hint` : '', ...extra, messages.length ? `${id}-msg` : ''].filter((s) => s !== '').join(' '),
  };
}

/** The required marker after a label: a visible asterisk, spoken as “必填”. */
export function requiredMark(required: boolean): TemplateResult | typeof nothing {
  return required ? html`<span class="req" aria-hidden="true">*</span>` : nothing;
}

/** The hint under a label. */
export function hint(frame: FieldFrame): TemplateResult | typeof nothing {
  return frame.hint ? html`<div class="hint" id="${frame.id}-hint">${frame.hint}</div>` : nothing;
}

/** Errors and findings for the field, with their severity. */
export function messageList(frame: FieldFrame): TemplateResult | typeof nothing {
  if (!frame.messages.length) return nothing;
  return html`<ul class="messages" id="${frame.id}-msg" part="error">
    ${frame.messages.map((m) => html`<li class="msg ${m.kind}">${m.text}</li>`)}
  </ul>`;
}

/** A labelled field: label, hint, the control itself, then its messages. */
export function fieldShell(frame: FieldFrame, required: boolean, control: TemplateResult, kind = 'text'): TemplateResult {
  return html`<div class="field ${kind} ${frame.invalid ? 'invalid' : ''}" data-pointer-field>
    <label for=${frame.id} part="label">${frame.label}${requiredMark(required)}</label>
    ${hint(frame)} ${control} ${messageList(frame)}
  </div>`;
}
