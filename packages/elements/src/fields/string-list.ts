import type { JsonSchema } from '@guide-forms/core';
import { joinPointer } from '@guide-forms/core/tooling';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { titleOf } from '../i18n/schema-text.js';
import type { FieldContext } from './context.js';
import { fieldFrame, hint, messageItems, messageList, requiredMark } from './shell.js';

/**
 * An array of strings (keywords) as a list of inputs, one per item, with add and remove.
 * At least one input shows even when the list is empty, so there is somewhere to type.
 */
export function stringListField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const items = (schema.items ?? {}) as JsonSchema;
  const list = Array.isArray(ctx.get(pointer)) ? (ctx.get(pointer) as unknown[]) : [];
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  const shown = Math.max(list.length, 1);
  const itemTitle = titleOf(items, ctx.lang, frame.label);
  const maxLength = typeof items.maxLength === 'number' ? items.maxLength : undefined;
  return html`<fieldset
    class="field list ${frame.invalid ? 'invalid' : ''}"
    part="fieldset"
    id="${frame.id}-group"
    aria-describedby=${frame.describedBy() || nothing}
  ><legend part="label">${frame.label}${requiredMark(required)}</legend>${hint(frame, ctx.lang)}<ol class="items">${Array.from(
    { length: shown },
    (_, i) => {
      const at = joinPointer(pointer, i);
      const itemId = i === 0 ? frame.id : ctx.id(at);
      const own = ctx.messages(at);
      const invalid = own.some((m) => m.kind === 'error' || m.kind === 'block');
      return html`<li class="item"><label for=${itemId} part="label" .textContent=${ctx.t.item(itemTitle, i + 1)}></label><input
            id=${itemId}
            type="text"
            part="input"
            data-pointer=${at}
            data-kind="string"
            maxlength=${maxLength ?? nothing}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${own.length ? `${itemId}-msg` : nothing}
            ?disabled=${ctx.disabled}
            .value=${live(ctx.text(at, 'string'))}
            @input=${(e: InputEvent) => {
              if (!e.isComposing) ctx.setText(at, 'string', (e.target as HTMLInputElement).value);
            }}
            @blur=${() => ctx.touch(pointer)}
          /><button
            type="button"
            part="button"
            class="small"
            aria-label=${ctx.t.remove(i + 1)}
            ?disabled=${ctx.disabled || i >= list.length || list.length <= min}
            @click=${() => ctx.rows(pointer, { op: 'remove', index: i })}
            .textContent=${ctx.t.removeText}
          ></button>${messageItems(`${itemId}-msg`, own)}</li>`;
    },
  )}</ol><button
      type="button"
      part="button"
      class="add"
      data-op="add"
      data-pointer=${pointer}
      ?disabled=${ctx.disabled || list.length >= max || (list.length > 0 && list[list.length - 1] === '')}
      @click=${() => ctx.rows(pointer, { op: 'add' })}
      .textContent=${ctx.t.add(itemTitle)}
    ></button>${messageList(frame)}</fieldset>`;
}
