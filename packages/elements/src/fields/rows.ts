import type { JsonSchema } from '@guide-forms/core';
import { itemsOf, joinPointer } from '@guide-forms/core/tooling';
import { html, nothing, type TemplateResult } from 'lit';
import { markChinese } from '../i18n/mark-chinese.js';
import { descriptionOf, titleOf } from '../i18n/schema-text.js';
import type { FieldContext } from './context.js';
import { objectFields } from './object.js';
import { groupDescribedBy, messageList, requiredMark } from './shell.js';

/**
 * An array of objects (milestones, teams, partners) as editable rows: each row a
 * fieldset with move up, move down and remove, plus an add button — all within
 * `minItems`/`maxItems`, all plain buttons with spoken names (“删除第 2 条”).
 */
export function rowsField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const id = ctx.id(pointer);
  const items = itemsOf(schema) ?? {};
  const list = Array.isArray(ctx.get(pointer)) ? (ctx.get(pointer) as unknown[]) : [];
  const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
  const title = titleOf(schema, ctx.lang, pointer.split('/').pop());
  const rowTitle = titleOf(items, ctx.lang, title);
  const hintText = descriptionOf(schema, ctx.lang);
  const messages = ctx.messages(pointer);
  const n = list.length;
  return html`<fieldset class="group rows" part="fieldset" id=${id} tabindex="-1" aria-describedby=${groupDescribedBy(id, hintText, messages) ?? nothing}><legend part="legend">${title}${requiredMark(required)}</legend>${hintText ? html`<p class="hint" id="${id}-hint">${markChinese(hintText, ctx.lang)}</p>` : nothing}${messageList({ id, messages })}${list.map(
    (_, i) => {
      const at = joinPointer(pointer, i);
      return html`<fieldset class="row" part="fieldset" id=${ctx.id(at)} tabindex="-1" data-row=${i}><legend part="legend" .textContent=${ctx.t.row(rowTitle, i + 1)}></legend><div class="fields">${objectFields(ctx, items, at)}</div><div class="row-actions"><button type="button" part="button" class="small" data-op="up" aria-label=${ctx.t.moveUp(i + 1)}
            ?disabled=${ctx.disabled || i === 0} @click=${() => ctx.rows(pointer, { op: 'up', index: i })} .textContent=${ctx.t.moveUpText}></button><button type="button" part="button" class="small" data-op="down" aria-label=${ctx.t.moveDown(i + 1)}
            ?disabled=${ctx.disabled || i === n - 1} @click=${() => ctx.rows(pointer, { op: 'down', index: i })} .textContent=${ctx.t.moveDownText}></button><button type="button" part="button" class="small danger" data-op="remove" aria-label=${ctx.t.remove(i + 1)}
            ?disabled=${ctx.disabled || n <= min} @click=${() => ctx.rows(pointer, { op: 'remove', index: i })} .textContent=${ctx.t.removeText}></button></div></fieldset>`;
    },
  )}<button type="button" part="button" class="add" data-op="add" data-pointer=${pointer} ?disabled=${ctx.disabled || n >= max}
      @click=${() => ctx.rows(pointer, { op: 'add' })} .textContent=${ctx.t.add(rowTitle)}></button></fieldset>`;
}
