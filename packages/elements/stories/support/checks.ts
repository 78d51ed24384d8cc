import type { StoryContext } from '@storybook/web-components-vite';
import type { GuideForm } from '../../src/index.js';

/**
 * The `<guide-form>` a story rendered, once it has loaded its form and rendered.
 * Throws when the story has none, so a broken render cannot pass silently.
 */
export async function loadedForm(canvasElement: HTMLElement): Promise<GuideForm> {
  const el = canvasElement.querySelector('guide-form');
  if (!el) throw new Error('story: no <guide-form> in the canvas');
  await el.updateComplete;
  return el;
}

/** The rendered form body inside the element's shadow root, for `within(...)`. */
export function formBody(el: GuideForm): HTMLElement {
  const body = el.shadowRoot?.querySelector<HTMLElement>('.form');
  if (!body) {
    const shown = el.shadowRoot?.querySelector('.load-error')?.textContent?.trim() ?? '(nothing)';
    throw new Error(`story: <guide-form category="${el.category}"> shows no form: ${shown}`);
  }
  return body;
}

/** A part of the shadow root by CSS selector; throws naming the selector when missing. */
export function part<T extends Element = HTMLElement>(el: GuideForm, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`story: <guide-form category="${el.category}"> has no ${selector}`);
  return found;
}

/**
 * Runs after every story (preview `afterEach`): a `<guide-form>` that shows its
 * load-error panel fails the story, unless the story sets `parameters.expectLoadError`; so does
 * one whose verdict is of another year than its `year` attribute.
 */
export async function assertNoLoadError(context: StoryContext): Promise<void> {
  if (context.parameters['expectLoadError']) return;
  for (const el of context.canvasElement.querySelectorAll('guide-form')) {
    await el.updateComplete;
    const error = el.shadowRoot?.querySelector('.load-error');
    if (error) throw new Error(`<guide-form category="${el.category}"> could not load: ${error.textContent?.replace(/\s+/g, ' ').trim()}`);
    // A story renders the year it says: a later edition in rules/ must not slip in.
    const judged = el.verdict?.year;
    if (el.year !== undefined && judged !== undefined && judged !== el.year) {
      throw new Error(`<guide-form category="${el.category}" year="${el.year}"> judged by ${judged}'s rules`);
    }
  }
}
