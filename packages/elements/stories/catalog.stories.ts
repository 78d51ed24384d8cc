import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import { uiStrings } from '../src/i18n/strings.js';
import { categories, exampleFiles } from './support/catalog.js';
import { loadedForm, part } from './support/checks.js';

type StoryModule = Record<string, { name?: string } | unknown>;

/** The generated story files (support/generate.mjs), by category. */
const generated = Object.fromEntries(
  Object.entries(import.meta.glob<StoryModule>('./forms/*.stories.ts', { eager: true })).map(([path, mod]) => [
    path.replace(/^\.\/forms\/|\.stories\.ts$/g, ''),
    mod,
  ]),
);

/** Every form and example without a story: what `generate.mjs` has not been run for. */
function missing(): string[] {
  const out: string[] = [];
  for (const category of categories) {
    const mod = generated[category];
    if (!mod) {
      out.push(`forms/${category}`);
      continue;
    }
    const names = new Set(Object.values(mod).map((s) => (typeof s === 'object' && s !== null ? (s as { name?: string }).name : undefined)));
    for (const file of exampleFiles(category)) if (!names.has(file)) out.push(`forms/${category}/examples/${file}`);
  }
  return out;
}

const meta: Meta = {
  title: 'Catalog',
  parameters: { layout: 'padded' },
};
export default meta;

/** Which forms and examples have stories. Fails when one was added without running the generator. */
export const Coverage: StoryObj = {
  render: () => {
    const gaps = missing();
    return html`<h1>Stories per form</h1>
      <table>
        <thead><tr><th scope="col">form</th><th scope="col">examples</th><th scope="col">stories</th></tr></thead>
        <tbody>
          ${categories.map(
            (c) =>
              html`<tr><th scope="row">${c}</th><td>${exampleFiles(c).length}</td><td>${Object.keys(generated[c] ?? {}).length - 1}</td></tr>`,
          )}
        </tbody>
      </table>
      <h2>Without a story</h2>
      <ul data-testid="missing">${gaps.length ? gaps.map((g) => html`<li>${g}</li>`) : html`<li>none</li>`}</ul>
      <p>After adding a form or an example: <code>node packages/elements/stories/support/generate.mjs</code></p>`;
  },
  play: async ({ canvasElement }) => {
    await expect(categories.length).toBeGreaterThan(0);
    await expect(missing()).toEqual([]);
    await expect(within(canvasElement).getByTestId('missing')).toHaveTextContent('none');
  },
};

/** A category the call does not have: the element says so, naming the known ones, instead of a form. */
export const UnknownCategory: StoryObj = {
  parameters: { expectLoadError: true },
  render: () => html`<guide-form category="no-such-form"></guide-form>`,
  play: async ({ canvasElement }) => {
    const el = await loadedForm(canvasElement);
    const panel = part(el, '.load-error');
    await expect(within(panel).getByRole('heading')).toHaveTextContent(uiStrings('zh-CN').errorTitle);
    await expect(within(panel).getByText('unknown-category')).toBeVisible();
    await expect(within(panel).getByText(/key-rd/)).toBeVisible();
  },
};
