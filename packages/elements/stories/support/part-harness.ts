import type { Verdict } from '@guide-forms/core';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { eligibilityPanel } from '../../src/eligibility-panel/eligibility-panel.js';
import { type ErrorSummaryItem, errorSummary } from '../../src/error-summary/error-summary.js';
import { styles } from '../../src/guide-form/guide-form.styles.js';
import { getFormSource, toLang, uiStrings } from '../../src/index.js';
import { example, OPEN, STORY_YEAR } from './catalog.js';

/** The verdict the engine gives for one example in the stories' year (what the element would show for it). */
export async function verdictFor(category: string, file: string, options: { now?: string; lang?: string } = {}): Promise<Verdict> {
  const engine = await getFormSource().load(category, STORY_YEAR);
  return engine.evaluate(category, example(category, file), { year: STORY_YEAR, now: options.now ?? OPEN, lang: toLang(options.lang) });
}

/**
 * `<gf-part-story>`: the error summary or the eligibility panel on its own, with the
 * form's styles. Following a summary link records its target in an `<output>`, where the
 * form would move focus.
 */
export class GfPartStory extends LitElement {
  static override styles = styles;
  static override properties = {
    kind: { type: String },
    lang: { type: String },
    verdict: { attribute: false },
    items: { attribute: false },
    followed: { state: true },
  };

  declare kind: 'error-summary' | 'panel';
  declare lang: string;
  declare verdict: Verdict | null;
  declare items: ErrorSummaryItem[];
  declare followed: string;

  constructor() {
    super();
    this.kind = 'panel';
    this.lang = '';
    this.verdict = null;
    this.items = [];
    this.followed = '';
  }

  protected override render(): TemplateResult {
    const lang = toLang(this.lang);
    const t = uiStrings(lang);
    if (this.kind === 'panel') {
      return html`<div class="form" lang=${lang}>${this.verdict ? eligibilityPanel(this.verdict, t, { finding: () => true, started: true, answered: true }) : nothing}</div>`;
    }
    return html`<div class="form" lang=${lang}>
      ${errorSummary(this.items, t, (target) => {
        this.followed = target;
      })}
      <p class="hint"><span id="followed-label">${lang === 'en' ? 'Focus would move to:' : '焦点将移到：'}</span>
        <output aria-labelledby="followed-label" data-testid="followed">${this.followed || '—'}</output></p>
    </div>`;
  }
}

if (!customElements.get('gf-part-story')) customElements.define('gf-part-story', GfPartStory);

declare global {
  interface HTMLElementTagNameMap {
    'gf-part-story': GfPartStory;
  }
}
