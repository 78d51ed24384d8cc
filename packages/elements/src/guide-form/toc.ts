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
 * The top-level sections in which the applicant answered anything: a field shown below the
 * section holds a value. What the form fills in itself (a `const`, such as the category) does
 * not count, and an object counts through its own fields. One pass over the fields for all sections.
 */
function answeredSections(states: FieldStates): Set<string> {
  const answered = new Set<string>();
  for (const s of states.fields.values()) {
    if (!s.visible || s.schema.const !== undefined || s.schema.type === 'object') continue;
    const end = s.pointer.indexOf('/', 1);
    if (end < 0) continue;
    const section = s.pointer.slice(0, end);
    if (!answered.has(section) && hasAnswer(getPointer(states.value, s.pointer))) answered.add(section);
  }
  return answered;
}

/** The top-level sections on screen, in page order, with their state for the map. */
export function sectionEntries(
  states: FieldStates,
  verdict: Verdict,
  rendered: ReadonlySet<string>,
  reveal: Reveal,
  lang: Lang,
): SectionEntry[] {
  const answeredAt = answeredSections(states);
  return states
    .children('')
    .filter((f) => rendered.has(f.pointer))
    .map((f) => {
      const { shown, clear } = reveal.section(verdict, f.pointer);
      const answered = answeredAt.has(f.pointer);
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
  // One space between a section's link and its state: on a narrow container they share a line.
  return html`<nav class="toc" aria-labelledby="gf-toc-title"><h2 id="gf-toc-title" .textContent=${t.tocTitle}></h2><ol>${entries.map(
    (e) =>
      html`<li class="toc-item ${e.problems ? 'problems' : e.state}"><a
            href="#${e.id}"
            @click=${(ev: Event) => {
              ev.preventDefault();
              go(e.id);
            }}
            .textContent=${e.title}
          ></a> <span class="toc-state" .textContent=${e.problems ? t.tocProblems(e.problems) : t.tocState[e.state]}></span></li>`,
  )}</ol></nav>`;
}
