import type { JsonSchema } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { markChinese } from '../i18n/mark-chinese.js';
import { descriptionOf, titleOf } from '../i18n/schema-text.js';
import type { FieldContext, FieldView } from './context.js';
import { groupDescribedBy, messageList } from './shell.js';

/**
 * The fields of an object as core lays them out for the current data: conditional sections
 * in force, each after the field it depends on; `*` where the schema or a rule in force needs it.
 */
export function objectFields(ctx: FieldContext, _schema: JsonSchema, pointer: string): FieldView[] {
  return ctx.fields(pointer).map((f) => ctx.render(f.schema, f.pointer, f.required || f.neededByRule));
}

/** An object as a `<fieldset>` with its title as `<legend>` and its hint under it. */
export function objectFieldset(ctx: FieldContext, schema: JsonSchema, pointer: string, legend?: string): TemplateResult {
  const id = ctx.id(pointer);
  const hintText = descriptionOf(schema, ctx.lang);
  const messages = ctx.messages(pointer);
  return html`<fieldset class="group" part="fieldset" id=${id} tabindex="-1" aria-describedby=${groupDescribedBy(id, hintText, messages) ?? nothing}><legend
      part="legend"
      .textContent=${legend ?? titleOf(schema, ctx.lang, pointer.split('/').pop())}
    ></legend>${hintText ? html`<p class="hint" id="${id}-hint">${markChinese(hintText, ctx.lang)}</p>` : nothing}${messageList({ id, messages })}<div class="fields">${objectFields(ctx, schema, pointer)}</div></fieldset>`;
}
