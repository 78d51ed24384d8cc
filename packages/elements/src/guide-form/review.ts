import type { FieldState, FieldStates, JsonSchema, Lang } from '@guide-forms/core';
import { getPointer, itemsOf } from '@guide-forms/core/tooling';
import { html, type TemplateResult } from 'lit';
import { pointerId } from '../fields/context.js';
import { enumLabels, titleOf, unitOf } from '../i18n/schema-text.js';
import type { UiStrings } from '../i18n/strings.js';
import { jsonEqual } from '../schema/json-equal.js';

/** One answer on the review: where it is, what it is called, what was given. */
export interface Answer {
  pointer: string;
  label: string;
  text: string;
  /** False when nothing was given (shown as “未填写”). */
  given: boolean;
}

/** A section of answers under its title. */
export interface AnswerSection {
  title: string;
  answers: Answer[];
}

const isShown = (s: JsonSchema): boolean => s['x-widget'] !== 'hidden' && s.const === undefined;

function display(schema: JsonSchema, value: unknown, lang: Lang, t: UiStrings): string {
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (Array.isArray(schema.enum)) {
    const i = (schema.enum as unknown[]).findIndex((v) => jsonEqual(v, value));
    return i >= 0 ? (enumLabels(schema, lang)[i] ?? String(value)) : String(value);
  }
  if (Array.isArray(value)) {
    const items = itemsOf(schema) ?? {};
    return value.map((v) => display(items, v, lang, t)).join(lang === 'en' ? ', ' : '、');
  }
  if (typeof value === 'number') {
    const unit = unitOf(schema, lang);
    return unit ? `${value} ${unit}` : String(value);
  }
  if (typeof value === 'string' && schema['x-widget'] === 'month' && /^\d{4}-\d{2}$/.test(value)) {
    return lang === 'en' ? value : `${value.slice(0, 4)} 年 ${Number(value.slice(5))} 月`;
  }
  return String(value);
}

/** Every answer under a field, flattening groups and rows into labelled lines, as core lays them out. */
function collect(states: FieldStates, field: FieldState, prefix: string, lang: Lang, t: UiStrings, out: Answer[]): void {
  const { schema, pointer } = field;
  const value = getPointer(states.value, pointer);
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  const items = itemsOf(schema);
  if (type === 'object') {
    for (const child of states.children(pointer)) {
      if (!isShown(child.schema)) continue;
      const label = titleOf(child.schema, lang, child.key);
      collect(states, child, prefix ? `${prefix} · ${label}` : label, lang, t, out);
    }
    return;
  }
  if (type === 'array' && items && (items.type === 'object' || items.properties)) {
    const rows = states.children(pointer);
    if (rows.length === 0) out.push({ pointer, label: prefix, text: t.notAnswered, given: false });
    rows.forEach((row, i) => {
      collect(states, row, t.row(prefix, i + 1), lang, t, out);
    });
    return;
  }
  const given = value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  out.push({ pointer, label: prefix, text: given ? display(schema, value, lang, t) : t.notAnswered, given });
}

/** The answers of a form's submitted value (core's field states), section by section, in page order. */
export function answersOf(states: FieldStates, lang: Lang, t: UiStrings): AnswerSection[] {
  return states
    .children('')
    .filter((f) => isShown(f.schema))
    .map((f) => {
      const answers: Answer[] = [];
      const title = titleOf(f.schema, lang, f.key);
      const object = f.schema.type === 'object' || f.schema.properties;
      collect(states, f, object ? '' : title, lang, t, answers);
      return { title, answers };
    });
}

/**
 * “Check your answers” (GOV.UK): every answer with a 修改 link back to its field, then the
 * confirmation that really submits. `change` leaves the review and focuses the field. While the
 * submission is on its way 确认提交 is `aria-disabled` (a disabled button would drop the focus).
 */
export function reviewStep(
  sections: readonly AnswerSection[],
  t: UiStrings,
  state: { sending: boolean; disabled: boolean },
  on: { change: (id: string) => void; confirm: () => void; back: () => void },
): TemplateResult {
  return html`<section class="review" aria-labelledby="gf-review-title">
    <h2 id="gf-review-title" tabindex="-1">${t.reviewTitle}</h2>
    <p>${t.reviewIntro}</p>
    ${sections.map(
      (s) => html`<h3>${s.title}</h3>
        <dl class="answers">
          ${s.answers.map(
            (a) => html`<div class="answer ${a.given ? '' : 'missing'}">
              <dt>${a.label}</dt>
              <dd class="value">${a.text}</dd>
              <dd class="change">
                <a
                  href="#${pointerId(a.pointer)}"
                  @click=${(e: Event) => {
                    e.preventDefault();
                    on.change(pointerId(a.pointer));
                  }}
                  >${t.change}<span class="visually-hidden"> ${a.label}</span></a
                >
              </dd>
            </div>`,
          )}
        </dl>`,
    )}
    <div class="actions">
      <button
        type="button"
        class="primary confirm"
        part="button"
        ?disabled=${state.disabled}
        aria-disabled=${state.sending ? 'true' : 'false'}
        @click=${on.confirm}
      >
        ${state.sending ? t.submitting : t.confirm}
      </button>
      <button type="button" part="button" ?disabled=${state.sending} @click=${on.back}>${t.back}</button>
    </div>
  </section>`;
}
