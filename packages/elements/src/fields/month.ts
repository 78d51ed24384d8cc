import type { JsonSchema } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldContext } from './context.js';
import { joinMonth, splitMonth } from './month-value.js';
import { fieldFrame, hint, messageList, requiredMark } from './shell.js';

/** Years offered in the 年 list: a few before and after the current year, as a call's plans run. */
function yearChoices(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 12 }, (_, i) => now - 3 + i);
}

/**
 * A month as GOV.UK's date pattern adapted to Chinese: a group with the label as legend, a format
 * hint, and two short boxes 年 and 月 — typed (full-width digits too), or chosen from their lists.
 * The value stays `YYYY-MM`. Messages show once the group is left, not between its two boxes.
 */
export function monthField(ctx: FieldContext, schema: JsonSchema, pointer: string, required: boolean): TemplateResult {
  const frame = fieldFrame(ctx, schema, pointer);
  const [year, month] = splitMonth(ctx.get(pointer));
  const monthId = `${frame.id}-month`;
  const set = (e: Event): void => {
    const group = (e.target as HTMLElement).closest('fieldset') as HTMLFieldSetElement;
    const y = (group.querySelector('input[data-part=year]') as HTMLInputElement).value;
    const m = (group.querySelector('input[data-part=month]') as HTMLInputElement).value;
    if ((e as InputEvent).isComposing) return;
    ctx.set(pointer, joinMonth(y, m));
  };
  const left = (e: FocusEvent): void => {
    const group = e.currentTarget as HTMLElement;
    if (!group.contains(e.relatedTarget as Node | null)) ctx.touch(pointer);
  };
  const hintId = `${frame.id}-format`;
  const describedBy = frame.describedBy(hintId);
  return html`<fieldset
    class="field month ${frame.invalid ? 'invalid' : ''}"
    part="fieldset"
    role="group"
    id="${frame.id}-group"
    aria-describedby=${describedBy || nothing}
    @focusout=${left}
  ><legend part="label">${frame.label}${requiredMark(required)}</legend>${hint(frame, ctx.lang)}<div class="hint" id=${hintId} .textContent=${ctx.t.monthHint}></div><div class="month-parts"><div class="month-part"><label for=${frame.id} part="label" .textContent=${ctx.t.yearPart}></label><input
          id=${frame.id}
          class="year"
          part="input"
          data-part="year"
          data-pointer=${pointer}
          inputmode="numeric"
          autocomplete="off"
          maxlength="6"
          list="${frame.id}-years"
          aria-required=${required ? 'true' : 'false'}
          aria-invalid=${frame.invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          ?disabled=${ctx.disabled}
          .value=${live(year)}
          @input=${set}
          @compositionend=${set}
        /><datalist id="${frame.id}-years">${yearChoices().map((y) => html`<option value=${String(y)}></option>`)}</datalist></div><div class="month-part"><label for=${monthId} part="label" .textContent=${ctx.t.monthPart}></label><input
          id=${monthId}
          class="mon"
          part="input"
          data-part="month"
          inputmode="numeric"
          autocomplete="off"
          maxlength="3"
          list="${frame.id}-months"
          aria-required=${required ? 'true' : 'false'}
          aria-invalid=${frame.invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          ?disabled=${ctx.disabled}
          .value=${live(month)}
          @input=${set}
          @compositionend=${set}
        /><datalist id="${frame.id}-months">${Array.from({ length: 12 }, (_, i) => html`<option value=${String(i + 1)}></option>`)}</datalist></div></div>${messageList(frame)}</fieldset>`;
}
