import type { JsonSchema } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { hasChinese, markChinese } from '../i18n/mark-chinese.js';
import { enumLabels } from '../i18n/schema-text.js';
import { jsonEqual } from '../schema/json-equal.js';
import type { FieldContext } from './context.js';
import { fieldClass, fieldFrame, hint, messageList, requiredMark } from './shell.js';

/**
 * An `<option>` holds text only, so a Chinese run cannot be marked inside it: an English form's
 * option that is all Chinese says so; one that mixes both (“Clean energy (洁净能源)”) is left as is.
 */
function optionLang(label: string, lang: FieldContext['lang']): string | undefined {
  return hasChinese(label, lang) && !/[A-Za-z]/.test(label) ? 'zh-CN' : undefined;
}

function values(schema: JsonSchema): unknown[] {
  return Array.isArray(schema.enum) ? (schema.enum as unknown[]) : [];
}

/** An enum as a `<select>`, with a “请选择” first option that clears the value. */
export function selectField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const options = values(schema);
  const labels = enumLabels(schema, ctx.lang);
  const current = options.findIndex((v) => jsonEqual(v, ctx.get(pointer)));
  const change = (e: Event): void => {
    const i = Number((e.target as HTMLSelectElement).value);
    ctx.set(pointer, i >= 0 ? options[i] : undefined);
    ctx.touch(pointer);
  };
  return html`<div class=${fieldClass('select', frame)} data-pointer-field><label for=${frame.id} part="label">${frame.label}${requiredMark(required)}</label>${hint(frame, ctx.lang)}<div class="control"><select
      id=${frame.id}
      data-pointer=${pointer}
      part="input"
      aria-required=${required ? 'true' : 'false'}
      aria-invalid=${frame.invalid ? 'true' : 'false'}
      aria-describedby=${frame.describedBy() || nothing}
      ?disabled=${ctx.disabled}
      .value=${live(String(current))}
      @change=${change}
      @blur=${() => ctx.touch(pointer)}
    ><option value="-1" .text=${ctx.t.select}></option>${options.map((_, i) => html`<option value=${String(i)} ?selected=${i === current} lang=${optionLang(labels[i] as string, ctx.lang) ?? nothing} .text=${labels[i]}></option>`)}</select></div>${messageList(frame)}</div>`;
}

/** An enum as a radio group: a fieldset whose legend is the label. */
export function radioField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const options = values(schema);
  const labels = enumLabels(schema, ctx.lang);
  const value = ctx.get(pointer);
  return html`<fieldset
    class="field radio ${frame.invalid ? 'invalid' : ''}"
    role="radiogroup"
    part="fieldset"
    aria-invalid=${frame.invalid ? 'true' : 'false'}
    aria-required=${required ? 'true' : 'false'}
    aria-describedby=${frame.describedBy() || nothing}
  ><legend part="label">${frame.label}${requiredMark(required)}</legend>${hint(frame, ctx.lang)}<div class="options">${options.map(
    (v, i) =>
      html`<label class="option"><input
            type="radio"
            id=${i === 0 ? frame.id : `${frame.id}-${i}`}
            data-pointer=${pointer}
            name=${frame.id}
            part="input"
            ?disabled=${ctx.disabled}
            .checked=${live(jsonEqual(v, value))}
            @change=${() => {
              ctx.set(pointer, v);
              ctx.touch(pointer);
            }}
          /><span>${markChinese(labels[i] as string, ctx.lang)}</span></label>`,
  )}</div>${messageList(frame)}</fieldset>`;
}

/** A boolean as a checkbox with its label beside it. */
export function checkboxField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  return html`<div class=${fieldClass('checkbox', frame)}><div class="check"><input
        type="checkbox"
        id=${frame.id}
        data-pointer=${pointer}
        part="input"
        aria-invalid=${frame.invalid ? 'true' : 'false'}
        aria-describedby=${frame.describedBy() || nothing}
        ?disabled=${ctx.disabled}
        .checked=${live(ctx.get(pointer) === true)}
        @change=${(e: Event) => {
          ctx.set(pointer, (e.target as HTMLInputElement).checked);
          ctx.touch(pointer);
        }}
      /><label for=${frame.id} part="label">${frame.label}${requiredMark(required)}</label></div>${hint(frame, ctx.lang)}${messageList(frame)}</div>`;
}

/** An array of enum values as a group of checkboxes. */
export function checkboxesField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const items = (schema.items ?? {}) as JsonSchema;
  const options = values(items);
  const labels = enumLabels(items, ctx.lang);
  const current = Array.isArray(ctx.get(pointer)) ? (ctx.get(pointer) as unknown[]) : [];
  const toggle = (v: unknown, on: boolean): void => {
    const next = options.filter((o) => (jsonEqual(o, v) ? on : current.some((c) => jsonEqual(c, o))));
    ctx.set(pointer, next.length ? next : undefined);
    ctx.touch(pointer);
  };
  return html`<fieldset
    class="field checkboxes ${frame.invalid ? 'invalid' : ''}"
    part="fieldset"
    aria-invalid=${frame.invalid ? 'true' : 'false'}
    aria-describedby=${frame.describedBy() || nothing}
  ><legend part="label">${frame.label}${requiredMark(required)}</legend>${hint(frame, ctx.lang)}<div class="options">${options.map(
    (v, i) =>
      html`<label class="option"><input
            type="checkbox"
            id=${i === 0 ? frame.id : `${frame.id}-${i}`}
            part="input"
            ?disabled=${ctx.disabled}
            .checked=${live(current.some((c) => jsonEqual(c, v)))}
            @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)}
          /><span>${markChinese(labels[i] as string, ctx.lang)}</span></label>`,
  )}</div>${messageList(frame)}</fieldset>`;
}
