import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

type Milestone = { item: string };
const items = (el: { value: Record<string, unknown> }): string[] =>
  ((el.value.indicators as { milestones?: Milestone[] }).milestones ?? []).map((m) => m.item);

const button = (el: HTMLElement, name: string): HTMLButtonElement =>
  (el.shadowRoot as ShadowRoot).querySelector(`#gf--indicators--milestones button[aria-label="${name}"]`) as HTMLButtonElement;

describe('array rows', () => {
  it('move, remove and add rows with spoken names, keeping focus on the row', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const before = items(el);
    expect(before).toHaveLength(3);
    expect(button(el, '上移第 1 条').disabled).toBe(true);
    expect(button(el, '下移第 3 条').disabled).toBe(true);

    button(el, '下移第 1 条').click();
    await el.updateComplete;
    expect(items(el)).toEqual([before[1], before[0], before[2]]);
    expect(root(el).activeElement).toBe(button(el, '下移第 2 条'));

    button(el, '上移第 3 条').click();
    await el.updateComplete;
    expect(items(el)).toEqual([before[1], before[2], before[0]]);

    button(el, '删除第 2 条').click();
    await el.updateComplete;
    expect(items(el)).toEqual([before[1], before[0]]);

    const add = root(el).querySelector('#gf--indicators--milestones button.add') as HTMLButtonElement;
    expect(add.textContent).toContain('添加考核节点');
    add.click();
    await el.updateComplete;
    expect(items(el)).toEqual([before[1], before[0], undefined]);
    expect(root(el).activeElement?.id).toBe('gf--indicators--milestones--2--dueMonth');
    expect(root(el).querySelector('#gf--indicators--milestones--2 legend')?.textContent).toContain('考核节点 第 3 条');
  });

  it('respects maxItems', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { project: { partners: unknown[] } };
    data.project.partners = Array.from({ length: 100 }, (_, i) => ({ name: `单位${i}`, unitType: '企业' }));
    const el = await mount({ category: 'key-rd' }, { value: data });
    expect((root(el).querySelector('#gf--project--partners button.add') as HTMLButtonElement).disabled).toBe(true);
  });

  it('keyword list: type, add and remove items', async () => {
    const el = await mount({ category: 'key-rd' });
    const first = root(el).getElementById('gf--classification--keywords') as HTMLInputElement;
    await userEvent.type(first, '智能焊接');
    const add = root(el).querySelector('#gf--classification--keywords-group button.add') as HTMLButtonElement;
    add.click();
    await el.updateComplete;
    expect(root(el).activeElement?.id).toBe('gf--classification--keywords--1');
    await userEvent.keyboard('机器视觉');
    expect((el.value.classification as { keywords: string[] }).keywords).toEqual(['智能焊接', '机器视觉']);
    (root(el).querySelector('#gf--classification--keywords-group button[aria-label="删除第 1 条"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect((el.value.classification as { keywords: string[] }).keywords).toEqual(['机器视觉']);
  });
});
