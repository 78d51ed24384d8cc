import type { JsonSchema } from '@guide-forms/core';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import type { FieldMessage } from '../src/fields/context.js';
import { uiStrings } from '../src/i18n/strings.js';
import { rendererName } from '../src/index.js';
import { categories } from './support/catalog.js';
import { fieldSchema, type GfFieldStory } from './support/field-harness.js';

/** One field of a real form, drawn by the renderer `rendererName(schema)` picks. */
interface FieldArgs {
  category: string;
  pointer: string;
  lang: string;
  required: boolean;
  initial: unknown;
  messages: FieldMessage[];
}

type Story = StoryObj<FieldArgs>;

const zh = uiStrings('zh-CN');

const meta: Meta<FieldArgs> = {
  title: 'Parts/Field renderers',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Each renderer of `packages/elements/src/fields/` on its own, with a real field of a form (its compiled schema). `renderField` picks the renderer by the first test that holds: hidden → object → rows → checkboxes → string-list → checkbox → radio → select → text.',
      },
    },
  },
  args: { category: 'key-rd', lang: '', required: true, initial: undefined, messages: [] },
  argTypes: {
    category: { control: 'select', options: categories },
    lang: { control: 'inline-radio', options: ['', 'en'] },
  },
  loaders: [async ({ args }) => ({ schema: await fieldSchema(args.category, args.pointer) })],
  render: (args, { loaded }) => html`<gf-field-story
    .schema=${loaded['schema'] as JsonSchema}
    key=${args.pointer.split('/').pop() ?? 'field'}
    lang=${args.lang}
    ?required=${args.required}
    .initial=${args.initial}
    .messages=${args.messages}
  ></gf-field-story>`,
};
export default meta;

/** The harness's shadow content, its schema and the `<output>` showing the stored value. */
async function field(context: StoryContext<FieldArgs>) {
  const el = context.canvasElement.querySelector('gf-field-story') as GfFieldStory;
  await el.updateComplete;
  const body = el.shadowRoot?.querySelector<HTMLElement>('.form');
  if (!body) throw new Error('story: <gf-field-story> rendered nothing');
  const schema = context.loaded['schema'] as JsonSchema;
  const title = String(schema.title ?? '');
  const stored = () => within(body).getByTestId('value');
  return { el, body, schema, title, stored, canvas: within(body) };
}

export const Text: Story = {
  args: { pointer: '/content/title' },
  play: async (context) => {
    const { canvas, schema, title, stored } = await field(context);
    await expect(rendererName(schema)).toBe('text');
    await userEvent.type(canvas.getByLabelText(title, { exact: false }), '船舶智能焊接');
    await expect(stored()).toHaveTextContent('"船舶智能焊接"');
  },
};

export const TextWithError: Story = {
  name: 'Text with an error',
  args: {
    category: 'transfer',
    pointer: '/unit/creditCode',
    initial: '91210200MA0QCWF84X',
    messages: [{ kind: 'error', text: '统一社会信用代码校验位不正确' }],
  },
  play: async (context) => {
    const { canvas, title } = await field(context);
    const input = canvas.getByLabelText(title, { exact: false });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(expect.stringContaining('统一社会信用代码校验位不正确'));
  },
};

export const NumberWithUnit: Story = {
  name: 'Number with a unit (万元)',
  args: { pointer: '/project/totalRdInvestment' },
  play: async (context) => {
    const { canvas, title, stored } = await field(context);
    await expect(canvas.getByText('万元')).toBeVisible();
    await userEvent.type(canvas.getByLabelText(title, { exact: false }), '250.5');
    await expect(stored()).toHaveTextContent('250.5');
  },
};

export const Month: Story = {
  name: 'Month (年 and 月)',
  args: { pointer: '/indicators/milestones/0/dueMonth' },
  play: async (context) => {
    const { canvas, schema, title, stored } = await field(context);
    await expect(rendererName(schema)).toBe('month');
    await expect(canvas.getByRole('group', { name: title })).toBeVisible();
    await userEvent.type(canvas.getByLabelText(zh.yearPart), '２０２３');
    await userEvent.type(canvas.getByLabelText(zh.monthPart), '6');
    await expect(stored()).toHaveTextContent('"2023-06"');
  },
};

export const Textarea: Story = {
  name: 'Textarea with a counter',
  args: { pointer: '/content/background' },
  play: async (context) => {
    const { canvas, schema, title } = await field(context);
    await userEvent.type(canvas.getByLabelText(title, { exact: false }), '焊工老龄化');
    await expect(canvas.getByText(zh.count(5, Number(schema.maxLength)))).toBeVisible();
  },
};

export const Select: Story = {
  args: { pointer: '/classification/domain' },
  play: async (context) => {
    const { canvas, schema, title, stored } = await field(context);
    await expect(rendererName(schema)).toBe('select');
    const first = String((schema.enum as unknown[])[0]);
    const select = canvas.getByLabelText(title, { exact: false });
    // Options carry the index as their value; the user sees the label.
    await userEvent.selectOptions(select, canvas.getByRole('option', { name: first }));
    await expect(stored()).toHaveTextContent(JSON.stringify(first));
  },
};

export const Radio: Story = {
  args: { pointer: '/unit/unitType' },
  play: async (context) => {
    const { canvas, schema, stored } = await field(context);
    await expect(rendererName(schema)).toBe('radio');
    await userEvent.click(canvas.getByRole('radio', { name: '高等院校' }));
    await expect(stored()).toHaveTextContent('"高等院校"');
  },
};

export const Checkbox: Story = {
  args: { pointer: '/declarations/ackConsultOnly' },
  play: async (context) => {
    const { canvas, schema, title, stored } = await field(context);
    await expect(rendererName(schema)).toBe('checkbox');
    await userEvent.click(canvas.getByRole('checkbox', { name: title }));
    await expect(stored()).toHaveTextContent('true');
  },
};

export const Checkboxes: Story = {
  name: 'Checkboxes (several of an enum)',
  args: { category: 'regional', pointer: '/project/coopType' },
  play: async (context) => {
    const { canvas, schema, stored } = await field(context);
    await expect(rendererName(schema)).toBe('checkboxes');
    await userEvent.click(canvas.getByRole('checkbox', { name: '交流合作平台载体建设' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: '科技成果转移转化' }));
    // Stored in the order of the enum, not the order of the clicks.
    await expect(stored()).toHaveTextContent('["科技成果转移转化","交流合作平台载体建设"]');
  },
};

export const StringList: Story = {
  name: 'String list (keywords)',
  args: { pointer: '/classification/keywords' },
  play: async (context) => {
    const { canvas, schema, title, stored } = await field(context);
    await expect(rendererName(schema)).toBe('string-list');
    const itemTitle = String((schema.items as JsonSchema | undefined)?.title ?? title);
    await userEvent.type(canvas.getByLabelText(zh.item(itemTitle, 1)), '智能焊接');
    await userEvent.click(canvas.getByRole('button', { name: zh.add(itemTitle) }));
    await userEvent.type(canvas.getByLabelText(zh.item(itemTitle, 2)), '机器视觉');
    await expect(stored()).toHaveTextContent('["智能焊接","机器视觉"]');
  },
};

export const Rows: Story = {
  name: 'Rows (array of objects)',
  args: { pointer: '/indicators/milestones' },
  play: async (context) => {
    const { canvas, schema, stored } = await field(context);
    await expect(rendererName(schema)).toBe('rows');
    const rowTitle = String((schema.items as JsonSchema).title);
    await userEvent.click(canvas.getByRole('button', { name: zh.add(rowTitle) }));
    await userEvent.click(canvas.getByRole('button', { name: zh.add(rowTitle) }));
    await expect(canvas.getByRole('group', { name: zh.row(rowTitle, 2) })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: zh.remove(1) }));
    await expect(canvas.queryByRole('group', { name: zh.row(rowTitle, 2) })).toBeNull();
    await expect(stored()).toHaveTextContent('[{}]');
  },
};

export const ObjectFieldset: Story = {
  name: 'Object (fieldset)',
  args: { pointer: '/unit', initial: { unitType: '高等院校' } },
  play: async (context) => {
    const { canvas, schema, title } = await field(context);
    await expect(rendererName(schema)).toBe('object');
    await expect(canvas.getByRole('group', { name: title })).toBeVisible();
    // 高等院校 brings the conditional 所属科研部门 field.
    await expect(canvas.getAllByRole('textbox').length).toBeGreaterThan(5);
  },
};

export const Hidden: Story = {
  name: 'Hidden (const category)',
  args: { pointer: '/classification/category' },
  play: async (context) => {
    const { canvas, schema } = await field(context);
    await expect(rendererName(schema)).toBe('hidden');
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const English: Story = {
  name: 'English labels and units',
  args: { pointer: '/project/totalRdInvestment', lang: 'en' },
  play: async (context) => {
    const { canvas, schema } = await field(context);
    await expect(canvas.getByLabelText(String(schema['x-title-en']), { exact: false })).toBeVisible();
    await expect(canvas.getByText(String(schema['x-unit-en']))).toBeVisible();
  },
};
