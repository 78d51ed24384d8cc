import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GuideForm } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

// Issue: adding a milestone row showed four “必填” errors at once (节点时间, 考核内容, 目标值, 单位):
// the row took the touched marks a removed row had left at its index.

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const invalid = (el: GuideForm): string[] => [...root(el).querySelectorAll('[aria-invalid="true"]')].map((e) => e.id);
const rowButton = (el: GuideForm, op: string, n = 0): HTMLButtonElement =>
  root(el).querySelectorAll<HTMLButtonElement>(`#gf--indicators--milestones button[data-op="${op}"]`)[n] as HTMLButtonElement;

describe('a new row starts neutral', () => {
  it('after a restored draft’s rows were removed, 添加考核节点 shows no error until the row is left or 提交', async () => {
    const saved = { category: 'key-rd', year: 2022, data: ELIGIBLE['key-rd'], savedAt: '2021-11-01T02:03:00Z' };
    localStorage.setItem('guide-form:rt:key-rd:2022', JSON.stringify(saved));
    const el = await mount({ category: 'key-rd', 'draft-key': 'rt' });
    for (let i = 0; i < 3; i++) {
      rowButton(el, 'remove').click();
      await el.updateComplete;
    }
    rowButton(el, 'add').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(invalid(el)).toEqual([]);
    expect(root(el).querySelector('nav')?.textContent).not.toContain('处需修改');
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(invalid(el)).toContain('gf--indicators--milestones--0--item');
  });

  it('a moved row keeps what was left in it; the row it swapped with keeps its own', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const item = root(el).getElementById('gf--indicators--milestones--0--item') as HTMLInputElement;
    item.focus();
    await userEvent.clear(item);
    await userEvent.tab();
    await el.updateComplete;
    expect(invalid(el)).toEqual(['gf--indicators--milestones--0--item']);
    rowButton(el, 'down', 0).click();
    await el.updateComplete;
    expect(invalid(el)).toEqual(['gf--indicators--milestones--1--item']);
  });
});
