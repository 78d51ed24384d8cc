import type { JsonSchema } from '@guide-forms/core';
import { joinPointer } from '@guide-forms/core/tooling';
import { html, nothing, type TemplateResult } from 'lit';
import { descriptionOf, titleOf } from '../i18n/schema-text.js';
import { effectiveObject } from '../schema/effective.js';
import type { FieldContext } from './context.js';
import { messageList } from './shell.js';

/** The fields of an object, conditional sections resolved against the current data. */
export function objectFields(ctx: FieldContext, schema: JsonSchema, pointer: string): (TemplateResult | typeof nothing)[] {
  const { properties } = effectiveObject(schema, ctx.get(pointer));
  return properties.map((p) => ctx.render(p.schema, joinPointer(pointer, p.key), p.required));
}

/** An object as a `<fieldset>` with its title as `<legend>` and its hint under it. */
export function objectFieldset(ctx: FieldContext, schema: JsonSchema, pointer: string, legend?: string): TemplateResult {
  const id = ctx.id(pointer);
  const hintText = descriptionOf(schema, ctx.lang);
  const messages = ctx.messages(pointer);
  const parts = { id, messages, label: '', hint: undefined, invalid: false, describedBy: () => '' };
  return html`<fieldset class="group" part="fieldset" id=${id} tabindex="-1" aria-describedby=${hintText ? `${id}-hint` : nothing}>
    <legend part="legend">${legend ?? titleOf(schema, ctx.lang, pointer.split('/').pop())}</legend>
    ${hintText ? html`<p class="hint" id="${id}-hint">${hintText}</p>` : nothing} ${messageList(parts)}
    <div class="fields">${objectFields(ctx, schema, pointer)}</div>
  </fieldset>`;
}
