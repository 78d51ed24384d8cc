import type { FieldStates, Lang, Verdict } from '@guide-forms/core';
import { getPointer } from '@guide-forms/core/tooling';
import { html, type TemplateResult } from 'lit';
import { pointerId } from '../fields/context.js';
import { titleOf } from '../i18n/schema-text.js';
import type { UiStrings } from '../i18n/strings.js';
import { hasAnswer } from './has-answer.js';
import type { Reveal } from './reveal.js';

/** A section's progress, in words as well as colour. */
export type SectionState = 'empty' | 'partial' | 'done';

/** One entry of the section navigation. */
export interface SectionEntry {
  /** The control id of the section's fieldset. */
  id: string;
  title: string;
  state: SectionState;
  /** Problems shown in the section (after its fields were left, or after a submit attempt). */
  problems: number;
}

/**
 * Whether the applicant answered anything in the section at `at`: a field shown there holds a
 * value. What the form fills in itself (a `const`, such as the category) does not count, and an
 * object counts through its own fields.
 */
function answeredIn(states: FieldStates, at: string): boolean {
  for (const s of states.fields.values()) {
    if (!s.visible || s.schema.const !== undefined || s.schema.type === 'object' || !s.pointer.startsWith(`${at}/`)) continue;
    if (hasAnswer(getPointer(states.value, s.pointer))) return true;
  }
  return false;
}

/** The top-level sections on screen, in page order, with their state for the map. */
export function sectionEntries(
  states: FieldStates,
  verdict: Verdict,
  rendered: ReadonlySet<string>,
  reveal: Reveal,
  lang: Lang,
): SectionEntry[] {
  return states
    .children('')
    .filter((f) => rendered.has(f.pointer))
    .map((f) => {
      const { shown, clear } = reveal.section(verdict, f.pointer);
      const answered = answeredIn(states, f.pointer);
      return {
        id: pointerId(f.pointer),
        title: titleOf(f.schema, lang, f.key),
        problems: shown,
        state: clear && answered ? 'done' : answered ? 'partial' : 'empty',
      };
    });
}

/**
 * The map of a long form: every section with its state (未填写, 填写中, 已完成, N 处需修改),
 * each a link that moves focus to the section. Sticky beside the form on wide containers.
 */
export function sectionNav(entries: readonly SectionEntry[], t: UiStrings, go: (id: string) => void): TemplateResult {
  return html`<nav class="toc" aria-labelledby="gf-toc-title">
    <h2 id="gf-toc-title">${t.tocTitle}</h2>
    <ol>
      ${entries.map(
        (e) => html`<li class="toc-item ${e.problems ? 'problems' : e.state}">
          <a
            href="#${e.id}"
            @click=${(ev: Event) => {
              ev.preventDefault();
              go(e.id);
            }}
            >${e.title}</a
          >
          <span class="toc-state">${e.problems ? t.tocProblems(e.problems) : t.tocState[e.state]}</span>
        </li>`,
      )}
    </ol>
  </nav>`;
}
