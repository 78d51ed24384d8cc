import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { control, mount, root } from './setup.js';

// Issue: a draft (or a value) with a section of the wrong type showed that section with no fields.

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.restoreAllMocks();
});

const SLOT = 'guide-form:ws:key-rd:2022';
const store = (data: unknown): string => {
  const raw = JSON.stringify({ category: 'key-rd', year: 2022, data, savedAt: '2021-11-01T02:03:00Z' });
  localStorage.setItem(SLOT, raw);
  return raw;
};
const asides = (): string[] => Object.keys(localStorage).filter((k) => k.startsWith('guide-form-aside:ws:key-rd:2022:'));
const rows = (el: GuideForm): number => root(el).querySelectorAll('#gf--indicators--milestones fieldset.row').length;

describe('data of the wrong shape for the form', () => {
  it('a draft with a text where 单位信息 belongs: the section shows its fields, what fits is restored, the original is kept aside', async () => {
    const raw = store({ unit: 'abc', content: { title: '保留的建议名称' } });
    const el = await mount({ category: 'key-rd', 'draft-key': 'ws' });
    expect(control(el, '/unit/unitName').value).toBe('');
    expect(root(el).querySelectorAll('#gf--unit input').length).toBeGreaterThan(3);
    expect(control(el, '/content/title').value).toBe('保留的建议名称');
    expect(asides()).toHaveLength(1);
    expect(localStorage.getItem(asides()[0] as string)).toBe(raw);
    expect(root(el).querySelector('.draft-restored')?.textContent).toContain('已恢复');
    expect(root(el).querySelector('.draft-aside')?.textContent).toContain('完整的原草稿已另存备份');
    expect(JSON.parse(localStorage.getItem(SLOT) as string).data).toEqual({ content: { title: '保留的建议名称' } });
  });

  it('"declarations": "yes" keeps the 已知悉 checkbox, so the blocking R7 can be met', async () => {
    store({ declarations: 'yes' });
    const el = await mount({ category: 'key-rd', 'draft-key': 'ws' });
    expect(control(el, '/declarations/ackConsultOnly').type).toBe('checkbox');
  });

  it('rows that are not objects are left out, never drawn as rows without fields', async () => {
    store({ indicators: { milestones: [null, 5, 'x', { item: '样机' }] } });
    const el = await mount({ category: 'key-rd', 'draft-key': 'ws' });
    expect(rows(el)).toBe(1);
    expect(control(el, '/indicators/milestones/0/item').value).toBe('样机');
    expect(asides()).toHaveLength(1);
  });

  it('a value set by script with a wrong-typed section still shows the section’s fields, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ category: 'key-rd' }, { value: { unit: 'abc', declarations: 'yes' } });
    expect(root(el).querySelectorAll('#gf--unit input').length).toBeGreaterThan(3);
    expect(control(el, '/declarations/ackConsultOnly').type).toBe('checkbox');
    expect(warn.mock.calls.join('\n')).toMatch(/GF_VALUE_WRONG_SHAPE.*\/unit, \/declarations/);
    el.value = { unit: 7 };
    await el.updateComplete;
    expect(root(el).querySelectorAll('#gf--unit input').length).toBeGreaterThan(3);
  });

  it('a draft of the right shape is restored as it is, with nothing set aside', async () => {
    store({ unit: { unitName: '大连' } });
    const el = await mount({ category: 'key-rd', 'draft-key': 'ws' });
    expect(control(el, '/unit/unitName').value).toBe('大连');
    expect(asides()).toHaveLength(0);
    expect(root(el).querySelector('.draft-aside')).toBeNull();
  });
});
