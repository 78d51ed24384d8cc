import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { joinMonth, splitMonth } from '../src/index.js';
import { control, ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

const DUE = '/indicators/milestones/0/dueMonth';

describe('months as 年 and 月 (issue 11)', () => {
  it.each([
    ['2022', '12', '2022-12'],
    ['２０２３', '６', '2023-06'],
    ['2023年', '6月', '2023-06'],
    [' 2024 ', '01', '2024-01'],
    ['', '', undefined],
    ['2022', '', '2022-'],
    ['2022', '13', '2022-13'],
    ['22', '6', '22-6'],
  ])('年 “%s” 月 “%s” → %s', (y, m, value) => {
    expect(joinMonth(y, m)).toBe(value);
  });

  it('splits a stored month back into its boxes, half-typed ones included', () => {
    expect(splitMonth('2023-06')).toEqual(['2023', '6']);
    expect(splitMonth('2022-')).toEqual(['2022', '']);
    expect(splitMonth(undefined)).toEqual(['', '']);
  });

  it('a legend, a format hint and two labelled boxes; typing 2022 Tab 12 gives 2022-12 and no error', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { indicators: { milestones: Record<string, unknown>[] } };
    delete data.indicators.milestones[0]?.dueMonth;
    const el = await mount({ category: 'key-rd' }, { value: data });
    const year = control(el, DUE);
    const group = year.closest('fieldset') as HTMLFieldSetElement;
    expect(group.querySelector('legend')?.textContent).toContain('节点时间');
    expect(group.textContent).toContain('例如 2023 年 6 月');
    expect(year.labels?.[0]?.textContent).toBe('年');
    const month = root(el).getElementById(`${year.id}-month`) as HTMLInputElement;
    expect(month.labels?.[0]?.textContent).toBe('月');
    expect(year.getAttribute('inputmode')).toBe('numeric');
    expect(year.getAttribute('list')).toBeTruthy(); // typed or chosen
    expect(year.type).toBe('text');

    year.focus();
    await userEvent.keyboard('2022');
    await userEvent.tab();
    expect(root(el).activeElement).toBe(month);
    await userEvent.keyboard('12');
    await el.updateComplete;
    // Still inside the group: no message between its two boxes.
    expect(group.querySelector('.messages')).toBeNull();
    await userEvent.tab();
    await el.updateComplete;
    expect(getValueAt(el.value, DUE)).toBe('2022-12');
    expect(group.querySelector('.messages')).toBeNull();
  });

  it('a half-typed month says in one sentence what to type once the group is left, and keeps what was typed', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const year = control(el, DUE);
    const month = root(el).getElementById(`${year.id}-month`) as HTMLInputElement;
    month.focus();
    await userEvent.clear(month);
    await userEvent.tab();
    await el.updateComplete;
    const group = year.closest('fieldset') as HTMLFieldSetElement;
    expect(group.querySelector('.messages')?.textContent).toContain('请填写年和月，如 2023 年 6 月');
    expect(year.value).toBe('2022');
    expect(year.getAttribute('aria-invalid')).toBe('true');
  });
});

function getValueAt(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);
}
