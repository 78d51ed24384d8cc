import type { Verdict } from '@guide-forms/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { uiStrings } from '../../src/i18n/strings.js';
import { EN } from '../../src/i18n/strings-en.js';
import { pointerId } from '../../src/index.js';
import { categoriesOf, closedAt, example, formKey, openAt, rawSchema, ruleOf, STORY_YEAR, series, splitKey, yearsOf } from './catalog.js';
import { formBody, loadedForm, part } from './checks.js';
import { printSheet } from './print.js';

/**
 * The controls of every form story. The form starts with `value` when given, else with the
 * `example` file as it applies to `year` (that year's own copy first), else empty; `now` empty
 * means inside `year`'s window. `call` is the call series (empty: the default, Dalian).
 *
 * The story functions take a form key (see catalog.ts): `key-rd`, or `yichang/jiebang`.
 */
export interface FormArgs {
  call: string;
  category: string;
  year: number;
  lang: string;
  now: string;
  name: string;
  example: string;
  value: Record<string, unknown> | undefined;
}

export type FormStory = StoryObj<FormArgs>;

const zh = uiStrings('zh-CN');
const en = EN;

/** The data a story's form starts with (see {@link FormArgs}). */
function startValue(args: FormArgs): Record<string, unknown> {
  return args.value ?? (args.example ? example(formKey(args.call, args.category), args.example, args.year) : {});
}

/**
 * One `<guide-form>` from the story's args, always with its `year` (a later edition changes no
 * story) and, for a series other than the default, its `call`.
 */
export function renderForm(args: FormArgs): TemplateResult {
  return html`<guide-form
    call=${args.call || nothing}
    category=${args.category}
    year=${args.year}
    lang=${args.lang || nothing}
    name=${args.name || nothing}
    .now=${args.now || openAt(args.year, args.call || undefined)}
    .value=${startValue(args)}
  ></guide-form>`;
}

/** What every story of one form shares (the generated files spread it into their meta). */
export function formMeta(key: string): Partial<Meta<FormArgs>> {
  const { call, category } = splitKey(key);
  const own = key === category ? '' : call;
  const dir = own ? `calls/${own}/` : '';
  return {
    component: 'guide-form',
    render: renderForm,
    args: { call: own, category, year: STORY_YEAR, lang: '', now: '', name: category, example: '', value: undefined },
    argTypes: {
      call: {
        control: 'select',
        options: ['', ...series.slice(1)],
        description: 'The call series (calls/<series>/); empty: the default, dalian',
      },
      category: { control: 'select', options: categoriesOf(call) },
      year: {
        control: 'select',
        options: yearsOf(call),
        description: `The call year (${dir}rules/<year>/); the stories are written for 2022`,
      },
      lang: { control: 'inline-radio', options: ['', 'en'] },
      now: {
        control: 'text',
        description: `ISO-8601; empty: inside the year’s window (${dir}rules/<year>/call.json; Dalian 2022: 2021-10-20 to 2021-11-10, 北京时间)`,
      },
      example: { control: 'text', description: `An example file of ${dir}forms/<category>/examples/ (the year’s own copy first)` },
      value: { control: 'object', description: 'Start data; overrides `example`' },
    },
  };
}

/** The element's verdict; throws naming the form when there is none yet. */
export function verdictOf(el: { verdict: Verdict | null; category: string }): Verdict {
  if (!el.verdict) throw new Error(`story: <guide-form category="${el.category}"> has no verdict`);
  return el.verdict;
}

/** The error summary's name: its heading (problems to fix, or that the form cannot be submitted now). */
export const SUMMARY_NAME = /需要修改|不能提交|to fix|cannot be submitted/;

/** The error summary (a region named by its heading; not a live region) once it shows. */
export function findSummary(body: HTMLElement): Promise<HTMLElement> {
  return within(body).findByRole('region', { name: SUMMARY_NAME });
}

/** Presses 提交/Submit like a user and returns the error summary that appears. */
export async function submitAndGetSummary(body: HTMLElement, label: string): Promise<HTMLElement> {
  await userEvent.click(within(body).getByRole('button', { name: label }));
  return findSummary(body);
}

/** The blank form: its title shows; submitting lists every problem and focuses the list. */
export function emptyStory(category: string): FormStory {
  return {
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const body = formBody(el);
      await expect(within(body).getByRole('heading', { level: 1 })).toHaveTextContent(String(rawSchema(category)['title']));
      await expect(within(body).queryByRole('region', { name: SUMMARY_NAME })).toBeNull();
      const summary = await submitAndGetSummary(body, zh.submit);
      const items = within(summary).getAllByRole('listitem');
      await expect(within(summary).getByRole('heading')).toHaveTextContent(zh.errorSummaryTitle(items.length));
      await expect(el.shadowRoot?.activeElement).toBe(summary);
      await expect(verdictOf(el).valid).toBe(false);
    },
  };
}

/** The live region (role=status) saying `text`: the form has several (ready, draft, paper actions). */
export function statusWith(container: HTMLElement, text: string): HTMLElement {
  const hit = within(container)
    .getAllByRole('status')
    .find((s) => s.textContent?.includes(text));
  if (!hit) throw new Error(`story: no status saying “${text}”`);
  return hit;
}

/** The args of a story showing one example file, in `year` when the file is that year's own. */
function exampleArgs(file: string, year?: number): Partial<FormArgs> {
  return year === undefined ? { example: file } : { example: file, year };
}

/** A valid, eligible example: ready to submit, and the route (处室, phone) is shown. */
export function exampleStory(category: string, file: string, year?: number): FormStory {
  return {
    args: exampleArgs(file, year),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const body = formBody(el);
      const verdict = verdictOf(el);
      await expect(statusWith(body, zh.submitted)).toBeVisible();
      const route = verdict.route;
      if (!route) throw new Error(`story: ${category}/${file} has no route`);
      const panel = part(el, '.panel');
      await expect(within(panel).getAllByText(route.department, { exact: false })[0]).toBeVisible();
      // A recommending unit has no phone in the notice (Yichang): then there is no link to call.
      if (route.phone) await expect(within(panel).getByRole('link', { name: route.phone })).toBeVisible();
      const submitted = new Promise<unknown>((resolve) =>
        el.addEventListener('guide-form-submit', (e) => resolve(e.detail), { once: true }),
      );
      // 提交 opens “check your answers”; 确认提交 there submits.
      await userEvent.click(within(body).getByRole('button', { name: zh.submit }));
      await userEvent.click(await within(formBody(el)).findByRole('button', { name: zh.confirm }));
      await expect(submitted).resolves.toMatchObject({ verdict: { ok: true } });
    },
  };
}

/** A schema error: after `reportValidity()` the summary lists the error's message. */
export function invalidStory(category: string, file: string, year?: number): FormStory {
  return {
    args: exampleArgs(file, year),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const verdict = verdictOf(el);
      await expect(verdict.valid).toBe(false);
      await expect(el.reportValidity()).toBe(false);
      await el.updateComplete;
      const summary = await findSummary(formBody(el));
      const first = verdict.errors[0];
      if (!first) throw new Error(`story: ${category}/${file} has no schema error`);
      await expect(within(summary).getAllByText(first.message)[0]).toBeVisible();
    },
  };
}

/**
 * One rule broken: after 提交 its finding shows in the panel (with the form, or on the review
 * when only a warning is left); a blocking one also in the summary.
 */
export function failStory(category: string, file: string, year?: number): FormStory {
  const rule = ruleOf(file);
  return {
    args: exampleArgs(file, year),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const finding = verdictOf(el).findings.find((f) => f.rule === rule);
      if (!finding) throw new Error(`story: ${category}/${file} has no finding of rule ${rule}`);
      // Nothing red before the applicant acts: the panel is neutral until 提交.
      await expect(within(part(el, '.panel')).queryByText(finding.message)).toBeNull();
      await userEvent.click(within(formBody(el)).getByRole('button', { name: zh.submit }));
      await el.updateComplete;
      const panel = part(el, '.panel');
      await expect(
        within(panel).getByRole('heading', { level: 3, name: (name) => name.startsWith(zh.severity[finding.severity]) }),
      ).toBeVisible();
      await expect(within(panel).getAllByText(finding.message)[0]).toBeVisible();
      if (finding.severity !== 'block') return;
      await expect(el.reportValidity()).toBe(false);
      const summary = await findSummary(formBody(el));
      await expect(within(summary).getAllByText(finding.message)[0]).toBeVisible();
    },
  };
}

/** Data with each `pointer → value` set (objects on the way are created). */
export function withValues(data: Record<string, unknown>, set: Record<string, unknown>): Record<string, unknown> {
  for (const [pointer, value] of Object.entries(set)) {
    const keys = pointer.split('/').slice(1);
    let node = data;
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys.at(-1) as string] = value;
  }
  return data;
}

/**
 * A conditional section (role, subtype, …): the eligible example with the `if` values
 * set; the fields of its `then` appear.
 */
export function variantStory(category: string, set: Record<string, unknown>, shows: string[]): FormStory {
  return {
    render: (args) => renderForm({ ...args, value: args.value ?? withValues(example(category, 'eligible.json', args.year), set) }),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      for (const pointer of shows) await expect(part(el, `#${pointerId(pointer)}`)).toBeVisible();
    },
  };
}

/** The day after the year's window closed: the panel says so, and that blocks submitting. */
export function closedStory(_category: string): FormStory {
  return {
    args: { example: 'eligible.json' },
    render: (args) => renderForm({ ...args, now: args.now || closedAt(args.year, args.call || undefined) }),
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const verdict = verdictOf(el);
      await expect(verdict.open).toBe(false);
      await expect(within(part(el, '.panel .window')).getByText(verdict.window.message)).toBeVisible();
      const summary = await submitAndGetSummary(formBody(el), zh.submit);
      await expect(within(summary).getByText(verdict.window.message)).toBeVisible();
      // A closed window is not a mistake to fix: the heading says the form cannot go now.
      await expect(within(summary).getByRole('heading')).toHaveTextContent(zh.errorSummaryClosed(0));
    },
  };
}

/** `lang="en"`: English labels, buttons, panel and messages. */
export function englishStory(category: string): FormStory {
  return {
    args: { example: 'eligible.json', lang: 'en' },
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const body = within(formBody(el));
      const titleEn = rawSchema(category)['x-title-en'];
      if (typeof titleEn === 'string') await expect(body.getByRole('heading', { level: 1 })).toHaveTextContent(titleEn);
      await expect(body.getByRole('heading', { level: 2, name: en.panelTitle })).toBeVisible();
      await expect(body.getByRole('button', { name: en.submit })).toBeVisible();
      await expect(statusWith(formBody(el), en.submitted)).toBeVisible();
    },
  };
}

const THEME = { accent: 'rgb(107, 44, 145)', radius: '12px' };

/** The look changed only through the documented `--gf-*` custom properties. */
export function themeStory(_category: string): FormStory {
  return {
    args: { example: 'eligible.json' },
    render: (args) => html`<div
      style="--gf-accent: ${THEME.accent}; --gf-radius: ${THEME.radius}; --gf-border: #5c6670; --gf-bg: #fbf9fd; --gf-font: 'Noto Serif CJK SC', 'WenQuanYi Micro Hei', serif;"
    >
      ${renderForm(args)}
    </div>`,
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const submit = within(formBody(el)).getByRole('button', { name: zh.submit });
      await expect(getComputedStyle(submit).backgroundColor).toBe(THEME.accent);
      await expect(getComputedStyle(submit).borderTopLeftRadius).toBe(THEME.radius);
    },
  };
}

/**
 * The print layout: the element's own `@media print` rules applied on screen, on an A4
 * sheet. Buttons, hints and counters disappear; fields and the panel stay.
 */
export function printStory(_category: string): FormStory {
  return {
    args: { example: 'eligible.json' },
    render: (args) =>
      html`<div style="width: 210mm; padding: 15mm; background: #fff; box-shadow: 0 0 0 1px #ccc;">${renderForm(args)}</div>`,
    play: async ({ canvasElement }) => {
      const el = await loadedForm(canvasElement);
      const root = el.shadowRoot as ShadowRoot;
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet()];
      const body = formBody(el);
      await expect(within(body).queryByRole('button', { name: zh.submit })).toBeNull();
      await expect(part(el, '.panel')).toBeVisible();
      await expect(within(body).getByRole('heading', { level: 1 })).toBeVisible();
    },
  };
}
