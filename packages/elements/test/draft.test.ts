import { afterEach, describe, expect, it } from 'vitest';
import { ELIGIBLE, mount, root, type } from './setup.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

describe('drafts', () => {
  it('every change is saved and restored when the element is created again, hidden sections included', async () => {
    const first = await mount({ category: 'key-rd', 'draft-key': 'd1' });
    await type(first, '/unit/unitName', '大连测试有限公司');
    (root(first).querySelector('#gf--unit--unitType') as HTMLInputElement).click(); // 企业
    await first.updateComplete;
    (root(first).querySelector('#gf--unit--isStartup') as HTMLInputElement).click();
    await first.updateComplete;
    (root(first).querySelector('#gf--unit--unitType-1') as HTMLInputElement).click(); // 高等院校 hides isStartup
    await first.updateComplete;
    expect((first.value.unit as Record<string, unknown>).isStartup).toBeUndefined();
    first.remove();

    const second = await mount({ category: 'key-rd', 'draft-key': 'd1' });
    expect((root(second).getElementById('gf--unit--unitName') as HTMLInputElement).value).toBe('大连测试有限公司');
    (root(second).querySelector('#gf--unit--unitType') as HTMLInputElement).click(); // back to 企业
    await second.updateComplete;
    expect((second.value.unit as Record<string, unknown>).isStartup).toBe(true);
  });

  it('an invalid submit keeps the draft; a successful one clears it', async () => {
    const el = await mount({ category: 'key-rd', 'draft-key': 'd2' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/project/totalRdInvestment', '100');
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    expect(localStorage.getItem('guide-form:d2')).toContain('"totalRdInvestment":100');
    // 700 ≥ 200 and ≥ the example's 配套资金 480 (R33.matching: 配套资金 is part of the total)
    await type(el, '/project/totalRdInvestment', '700');
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    expect(localStorage.getItem('guide-form:d2')).toBeNull();
  });

  it('a draft of another form is not applied', async () => {
    localStorage.setItem('guide-form:d3', JSON.stringify({ category: 'transfer', data: { unit: { unitName: 'x' } } }));
    const el = await mount({ category: 'key-rd', 'draft-key': 'd3' });
    expect((root(el).getElementById('gf--unit--unitName') as HTMLInputElement).value).toBe('');
  });
});
