import { buildCatalog } from '@guide-forms/core/tooling';
import { userEvent } from 'vitest/browser';
import { catalogSource } from '../src/dev-source.js';
import type { GuideForm } from '../src/index.js';
import { setFormSource } from '../src/index.js';

/**
 * The call year these tests are written against: the source holds only its rules, so a
 * `<guide-form>` without `year` shows 2022 however many years are published after it.
 */
export const YEAR = 2022;
setFormSource(
  catalogSource(
    buildCatalog([
      ...Object.entries(import.meta.glob('/forms/*/schema.json', { eager: true, import: 'default' })),
      ...Object.entries(import.meta.glob('/rules/2022/*.json', { eager: true, import: 'default' })),
    ]),
  ),
);

/** Within the call window of 2022. */
export const OPEN = '2021-11-01T10:00:00+08:00';

const byCategory = (modules: Record<string, unknown>): Record<string, Record<string, unknown>> =>
  Object.fromEntries(Object.entries(modules).map(([path, data]) => [path.split('/')[2] as string, data as Record<string, unknown>]));

/** Every form's `eligible.json` as it applies to 2022 (`examples/2022/` replaces the shared one), by category. */
export const ELIGIBLE: Record<string, Record<string, unknown>> = {
  ...byCategory(import.meta.glob('/forms/*/examples/eligible.json', { eager: true, import: 'default' })),
  ...byCategory(import.meta.glob('/forms/*/examples/2022/eligible.json', { eager: true, import: 'default' })),
};

/** Creates a `<guide-form>` in the document and waits until it has loaded and rendered. */
export async function mount(
  attrs: Record<string, string>,
  props: Partial<Pick<GuideForm, 'value' | 'now'>> = {},
  parent: Element = document.body,
): Promise<GuideForm> {
  const el = document.createElement('guide-form');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = props.now ?? OPEN;
  if (props.value) el.value = props.value;
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** The element's shadow root. */
export function root(el: GuideForm): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

/** A control in the shadow root by its data pointer. */
export function control<T extends HTMLElement = HTMLInputElement>(el: GuideForm, pointer: string): T {
  const id = `gf${pointer.replace(/\//g, '--')}`;
  const found = root(el).getElementById(id);
  if (!found) throw new Error(`no control for ${pointer} (#${id})`);
  return found as T;
}

/** Types into a text control the way `input` events arrive, then blurs it. */
export async function type(el: GuideForm, pointer: string, text: string): Promise<void> {
  const input = control(el, pointer);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

/** What has focus, looking into the element's shadow root. */
export const active = (el: GuideForm): Element | null => (document.activeElement === el ? root(el).activeElement : document.activeElement);

/** Focuses a button and presses Enter on it, as a keyboard user does. */
export async function press(el: GuideForm, button: HTMLElement): Promise<void> {
  button.focus();
  await userEvent.keyboard('{Enter}');
  await el.updateComplete;
}
