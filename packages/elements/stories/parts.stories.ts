import type { Verdict } from '@guide-forms/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import type { ErrorSummaryItem } from '../src/error-summary/error-summary.js';
import { uiStrings } from '../src/i18n/strings.js';
import { EN } from '../src/i18n/strings-en.js';
import { pointerId } from '../src/index.js';
import { CLOSED } from './support/catalog.js';
import { SUMMARY_NAME } from './support/form-stories.js';
import { type GfPartStory, verdictFor } from './support/part-harness.js';

/** Which example's verdict to show, in which language, at which moment. */
interface PartArgs {
  category: string;
  file: string;
  lang: string;
  now: string | undefined;
}

type Story = StoryObj<PartArgs>;

const zh = uiStrings('zh-CN');
const en = EN;

const load = async ({ args }: { args: PartArgs }) => ({
  verdict: await verdictFor(args.category, args.file, { now: args.now, lang: args.lang }),
});

/** The summary's items as the form builds them: each error and blocking finding, linked to its field. */
function itemsOf(verdict: Verdict): ErrorSummaryItem[] {
  const items = verdict.errors.map((e) => ({ text: e.message, target: pointerId(e.pointer) }));
  for (const f of verdict.findings) if (f.severity === 'block') items.push({ text: f.message, target: pointerId(f.pointers[0] ?? '') });
  if (!verdict.open) items.push({ text: verdict.window.message, target: '' });
  return items;
}

async function part(context: StoryContext<PartArgs>) {
  const el = context.canvasElement.querySelector('gf-part-story') as GfPartStory;
  await el.updateComplete;
  const body = el.shadowRoot?.querySelector<HTMLElement>('.form');
  if (!body) throw new Error('story: <gf-part-story> rendered nothing');
  return { el, canvas: within(body), verdict: context.loaded['verdict'] as Verdict };
}

const meta: Meta<PartArgs> = {
  title: 'Parts/Eligibility panel and error summary',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The two parts `<guide-form>` shows around the fields, on their own, fed with the verdict the engine gives for an example file: the eligibility panel (window, route, findings by severity with the clause of the notice) and the error summary (GOV.UK pattern: a focusable region, read when it takes focus, whose links move focus to the fields).',
      },
    },
  },
  args: { category: 'key-rd', file: 'eligible.json', lang: '', now: undefined },
  loaders: [load],
};
export default meta;

const panel = (args: PartArgs, { loaded }: StoryContext<PartArgs>) =>
  html`<gf-part-story kind="panel" lang=${args.lang} .verdict=${loaded['verdict'] as Verdict}></gf-part-story>`;
const summary = (args: PartArgs, { loaded }: StoryContext<PartArgs>) =>
  html`<gf-part-story kind="error-summary" lang=${args.lang} .items=${itemsOf(loaded['verdict'] as Verdict)}></gf-part-story>`;

export const PanelEligible: Story = {
  name: 'Panel: eligible, with the route',
  render: panel,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    await expect(canvas.getByRole('heading', { level: 2, name: zh.panelTitle })).toBeVisible();
    await expect(canvas.getByText(zh.panelOk)).toBeVisible();
    await expect(canvas.getByText(verdict.route?.department ?? '(no route)', { exact: false })).toBeVisible();
  },
};

export const PanelInstitutionReview: Story = {
  name: 'Panel: university — review by its research office',
  args: { category: 'innovation-fund', file: 'eligible.json' },
  render: panel,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    await expect(verdict.route?.submission).toBe('institution-review');
    await expect(canvas.getByText(zh.review)).toBeVisible();
  },
};

export const PanelAllSeverities: Story = {
  name: 'Panel: block, warn and info findings',
  args: { category: 'challenge', file: 'warn-R11.chokepoint.json' },
  render: panel,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    for (const severity of new Set(verdict.findings.map((f) => f.severity))) {
      const count = verdict.findings.filter((f) => f.severity === severity).length;
      await expect(canvas.getByRole('heading', { level: 3, name: `${zh.severity[severity]}（${count}）` })).toBeVisible();
    }
    // Every finding quotes the clause of the notice it comes from.
    await expect(canvas.getAllByText(zh.clause).length).toBe(verdict.findings.filter((f) => f.clause).length);
  },
};

export const PanelWindowClosed: Story = {
  name: 'Panel: window closed',
  args: { now: CLOSED },
  render: panel,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    await expect(verdict.open).toBe(false);
    await expect(canvas.getByText(verdict.window.message)).toBeVisible();
  },
};

export const PanelEnglish: Story = {
  name: 'Panel: English',
  args: { category: 'key-rd', file: 'fail-R14.json', lang: 'en' },
  render: panel,
  play: async (context) => {
    const { canvas } = await part(context);
    await expect(canvas.getByRole('heading', { level: 2, name: en.panelTitle })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 3, name: (name) => name.startsWith(en.severity.block) })).toBeVisible();
  },
};

export const SummarySchemaErrors: Story = {
  name: 'Summary: schema errors, linked to their fields',
  args: { file: 'invalid-mobile.json' },
  render: summary,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    const alert = canvas.getByRole('region', { name: SUMMARY_NAME });
    const links = within(alert).getAllByRole('link');
    await expect(within(alert).getByRole('heading')).toHaveTextContent(zh.errorSummaryTitle(itemsOf(verdict).length));
    await userEvent.click(links[0] as HTMLElement);
    await expect(canvas.getByTestId('followed')).toHaveTextContent(pointerId(verdict.errors[0]?.pointer ?? ''));
  },
};

export const SummaryRuleAndWindow: Story = {
  name: 'Summary: a blocking rule and the closed window',
  args: { file: 'fail-R14.json', now: CLOSED },
  render: summary,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    const alert = canvas.getByRole('region', { name: SUMMARY_NAME });
    const block = verdict.findings.find((f) => f.severity === 'block');
    await expect(within(alert).getByRole('link', { name: block?.message })).toBeVisible();
    // The window has no field to go to: plain text, not a link.
    await expect(within(alert).queryByRole('link', { name: verdict.window.message })).toBeNull();
    await expect(within(alert).getByText(verdict.window.message)).toBeVisible();
  },
};

export const SummaryEnglish: Story = {
  name: 'Summary: English',
  args: { file: 'invalid-missing-title.json', lang: 'en' },
  render: summary,
  play: async (context) => {
    const { canvas, verdict } = await part(context);
    const n = itemsOf(verdict).length;
    await expect(within(canvas.getByRole('region', { name: SUMMARY_NAME })).getByRole('heading')).toHaveTextContent(
      en.errorSummaryTitle(n),
    );
  },
};
