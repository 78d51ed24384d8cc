import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, within } from 'storybook/test';
import { uiStrings } from '../src/i18n/strings.js';
import { exampleFiles, formDir, forms } from './support/catalog.js';
import { loadedForm, part } from './support/checks.js';

type StoryModule = Record<string, { name?: string } | unknown>;

/** The generated story files (support/generate.mjs), by form key: `key-rd` (forms/), `yichang/jiebang` (calls/yichang/). */
const generated = Object.fromEntries(
  Object.entries(import.meta.glob<StoryModule>(['./forms/*.stories.ts', './calls/*/*.stories.ts'], { eager: true })).map(([path, mod]) => [
    path.replace(/^\.\/(forms|calls)\/|\.stories\.ts$/g, ''),
    mod,
  ]),
);

/** Every form and example without a story: what `generate.mjs` has not been run for. */
function missing(): string[] {
  const out: string[] = [];
  for (const key of forms) {
    const mod = generated[key];
    const dir = formDir(key).slice(1);
    if (!mod) {
      out.push(dir);
      continue;
    }
    const names = new Set(Object.values(mod).map((s) => (typeof s === 'object' && s !== null ? (s as { name?: string }).name : undefined)));
    for (const file of exampleFiles(key)) if (!names.has(file)) out.push(`${dir}/examples/${file}`);
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
          ${forms.map(
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
    await expect(forms.length).toBeGreaterThan(0);
    // Every call series has its forms' stories, not only the default one.
    await expect(forms.some((key) => key.includes('/'))).toBe(true);
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
