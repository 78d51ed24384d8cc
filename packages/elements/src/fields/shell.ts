import type { JsonSchema, Lang } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { hasChinese, markChinese } from '../i18n/mark-chinese.js';
import { descriptionOf, titleOf } from '../i18n/schema-text.js';
import type { FieldContext, FieldMessage } from './context.js';

// Templates here and in the field renderers hold no whitespace between tags (every field sits in a
// grid or flex container, or between blocks, where it never shows) and set an element's only text
// with `.textContent` rather than a child binding: a child binding costs a comment marker, and a
// text node between tags is a node the browser creates, clones and lays out for each field.

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
  // A rule about the whole group (R11: all five binding indicators) speaks for this field too.
  const group = ctx.grouped?.(pointer) ?? { ids: [], invalid: false };
  return {
    id,
    label: titleOf(schema, ctx.lang, pointer.split('/').pop()),
    hint,
    messages,
    invalid: group.invalid || messages.some((m) => m.kind === 'error' || m.kind === 'block'),
    describedBy: (...extra) =>
      [hint ? `${id}-hint` : '', ...extra, messages.length ? `${id}-msg` : '', ...group.ids].filter((s) => s !== '').join(' '),
  };
}

/** The required marker after a label: a visible asterisk, spoken as “必填”. */
export function requiredMark(required: boolean): TemplateResult | typeof nothing {
  return required ? html`<span class="req" aria-hidden="true">*</span>` : nothing;
}

/** The hint under a label. */
export function hint(frame: FieldFrame, lang?: Lang): TemplateResult | typeof nothing {
  if (!frame.hint) return nothing;
  // An English form's hint quoting Chinese (the notice's examples) marks it; the usual hint stays one text.
  return lang && hasChinese(frame.hint, lang)
    ? html`<div class="hint" id="${frame.id}-hint">${markChinese(frame.hint, lang)}</div>`
    : html`<div class="hint" id="${frame.id}-hint" .textContent=${frame.hint}></div>`;
}

/** Messages in a list with the given id: errors and findings, with their severity. */
export function messageItems(id: string, messages: readonly FieldMessage[]): TemplateResult | typeof nothing {
  if (!messages.length) return nothing;
  return html`<ul class="messages" id=${id} part="error">${messages.map((m) => html`<li class="msg ${m.kind}" .textContent=${m.text}></li>`)}</ul>`;
}

/** Errors and findings for the field, with their severity. */
export function messageList(frame: Pick<FieldFrame, 'id' | 'messages'>): TemplateResult | typeof nothing {
  return messageItems(`${frame.id}-msg`, frame.messages);
}

/** The class list of a field's wrapper: its kind, and `invalid` while it shows an error. */
export function fieldClass(kind: string, frame: FieldFrame): string {
  return frame.invalid ? `field ${kind} invalid` : `field ${kind}`;
}

/** `aria-describedby` of a group (fieldset): its hint and, while it shows any, its messages. */
export function groupDescribedBy(id: string, hint: string | undefined, messages: readonly FieldMessage[]): string | undefined {
  return [hint ? `${id}-hint` : '', messages.length ? `${id}-msg` : ''].filter((s) => s !== '').join(' ') || undefined;
}
