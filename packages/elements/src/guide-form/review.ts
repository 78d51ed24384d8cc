import type { JsonSchema, Lang } from '@guide-forms/core';
import { joinPointer } from '@guide-forms/core/tooling';
import { html, type TemplateResult } from 'lit';
import { pointerId } from '../fields/context.js';
import { enumLabels, titleOf, unitOf } from '../i18n/schema-text.js';
import type { UiStrings } from '../i18n/strings.js';
import { effectiveObject, itemsOf } from '../schema/effective.js';
import { jsonEqual } from '../schema/if-match.js';

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

/** Every answer under `pointer`, flattening groups and rows into labelled lines. */
function collect(schema: JsonSchema, value: unknown, pointer: string, prefix: string, lang: Lang, t: UiStrings, out: Answer[]): void {
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  const items = itemsOf(schema);
  if (type === 'object') {
    for (const p of effectiveObject(schema, value).properties) {
      if (!isShown(p.schema)) continue;
      const child = value && typeof value === 'object' ? (value as Record<string, unknown>)[p.key] : undefined;
      const label = titleOf(p.schema, lang, p.key);
      collect(p.schema, child, joinPointer(pointer, p.key), prefix ? `${prefix} · ${label}` : label, lang, t, out);
    }
    return;
  }
  if (type === 'array' && items && (items.type === 'object' || items.properties)) {
    const rows = Array.isArray(value) ? value : [];
    if (rows.length === 0) out.push({ pointer, label: prefix, text: t.notAnswered, given: false });
    rows.forEach((row, i) => {
      collect(items, row, joinPointer(pointer, i), t.row(prefix, i + 1), lang, t, out);
    });
    return;
  }
  const given = value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  out.push({ pointer, label: prefix, text: given ? display(schema, value, lang, t) : t.notAnswered, given });
}

/** The answers of a form's submitted value, section by section, in page order. */
export function answersOf(schema: JsonSchema, value: Record<string, unknown>, lang: Lang, t: UiStrings): AnswerSection[] {
  return effectiveObject(schema, value)
    .properties.filter((p) => isShown(p.schema))
    .map((p) => {
      const answers: Answer[] = [];
      const title = titleOf(p.schema, lang, p.key);
      const object = p.schema.type === 'object' || p.schema.properties;
      collect(p.schema, value[p.key], `/${p.key}`, object ? '' : title, lang, t, answers);
      return { title, answers };
    });
}

/**
 * “Check your answers” (GOV.UK): every answer with a 修改 link back to its field, then the
 * confirmation that really submits. `change` leaves the review and focuses the field.
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
      <button type="button" class="primary confirm" part="button" ?disabled=${state.disabled || state.sending} @click=${on.confirm}>
        ${state.sending ? t.submitting : t.confirm}
      </button>
      <button type="button" part="button" ?disabled=${state.sending} @click=${on.back}>${t.back}</button>
    </div>
  </section>`;
}
