import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { control, ELIGIBLE, mount, root, type } from './setup.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.restoreAllMocks();
});

const KEY = (key: string, category = 'key-rd') => `guide-form:${key}:${category}:2022`;
const text = (el: GuideForm, selector: string): string => root(el).querySelector(selector)?.textContent?.trim() ?? '';
const submitAndConfirm = async (el: GuideForm): Promise<void> => {
  (root(el).querySelector('button.primary') as HTMLButtonElement).click();
  await el.updateComplete;
  (root(el).querySelector('.review button.confirm') as HTMLButtonElement).click();
  await el.updateComplete;
};

describe('drafts (issue 11)', () => {
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
    expect(control(second, '/unit/unitName').value).toBe('大连测试有限公司');
    (root(second).querySelector('#gf--unit--unitType') as HTMLInputElement).click(); // back to 企业
    await second.updateComplete;
    expect((second.value.unit as Record<string, unknown>).isStartup).toBe(true);
  });

  it('one draft per form and year: filling 附件2, opening 附件7 and coming back keeps 附件2', async () => {
    const el = await mount({ category: 'key-rd', 'draft-key': 'demo' });
    await type(el, '/unit/unitName', '附件2 的单位');
    el.category = 'summary';
    await el.updateComplete;
    expect(control(el, '/unit/unitName').value).toBe('');
    await type(el, '/project/directionTitle', '附件7 的方向');
    el.category = 'key-rd';
    await el.updateComplete;
    expect(control(el, '/unit/unitName').value).toBe('附件2 的单位');
    expect(localStorage.getItem(KEY('demo'))).toContain('附件2 的单位');
    expect(localStorage.getItem(KEY('demo'))).not.toContain('附件7');
    expect(localStorage.getItem(KEY('demo', 'summary'))).toContain('附件7 的方向');
  });

  it('a restored draft is announced with when it was saved, and can be discarded', async () => {
    localStorage.setItem(
      KEY('d4'),
      JSON.stringify({ category: 'key-rd', year: 2022, data: { unit: { unitName: '旧单位' } }, savedAt: '2021-11-01T02:03:00Z' }),
    );
    const el = await mount({ category: 'key-rd', 'draft-key': 'd4' });
    const notice = root(el).querySelector('.draft-restored') as HTMLElement;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toMatch(/已恢复 .*2021.* 保存的草稿/);
    expect(control(el, '/unit/unitName').value).toBe('旧单位');
    (notice.querySelector('button') as HTMLButtonElement).click(); // 放弃草稿，重新填写
    await el.updateComplete;
    expect(control(el, '/unit/unitName').value).toBe('');
    expect(localStorage.getItem(KEY('d4'))).toBeNull();
    expect(root(el).querySelector('.draft-restored')).toBeNull();
  });

  it('the submit click does not delete the draft; the host’s confirmation does (waitUntil)', async () => {
    const el = await mount({ category: 'key-rd', 'draft-key': 'd2' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/project/totalRdInvestment', '100');
    (root(el).querySelector('button.primary') as HTMLButtonElement).click(); // blocked by R14
    expect(localStorage.getItem(KEY('d2'))).toContain('"totalRdInvestment":100');
    await type(el, '/project/totalRdInvestment', '700'); // ≥ 200 and ≥ the example's 配套资金 480 (R33.matching)
    let fail!: (e: Error) => void;
    el.addEventListener('guide-form-submit', (e) => e.detail.waitUntil(new Promise((_, reject) => (fail = reject))), { once: true });
    await submitAndConfirm(el);
    expect(text(el, '.review button.confirm')).toBe('正在提交…');
    fail(new Error('网络中断'));
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, '.submit-failed')).toContain('提交未成功：网络中断');
    expect(localStorage.getItem(KEY('d2'))).toContain('"totalRdInvestment":700');

    el.addEventListener('guide-form-submit', (e) => e.detail.waitUntil(Promise.resolve({ id: 1 })), { once: true });
    (root(el).querySelector('.review button.confirm') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(localStorage.getItem(KEY('d2'))).toBeNull();
    expect(text(el, '.submit-done')).toBe('已提交成功，草稿已删除。');
  });

  it('without waitUntil the draft stays until the host calls clearDraft()', async () => {
    const el = await mount({ category: 'key-rd', 'draft-key': 'd5' }, { value: ELIGIBLE['key-rd'] });
    await type(el, '/project/totalRdInvestment', '700'); // ≥ 200 and ≥ the example's 配套资金 480 (R33.matching)
    await submitAndConfirm(el);
    expect(localStorage.getItem(KEY('d5'))).not.toBeNull();
    expect(text(el, '.submit-handed')).toContain('草稿会保留');
    el.clearDraft();
    expect(localStorage.getItem(KEY('d5'))).toBeNull();
  });

  it.each([
    ['corrupt', '{"category":"key-rd","data":{', '已损坏'],
    ['oversized', JSON.stringify({ category: 'key-rd', year: 2022, data: { unit: { unitName: 'x'.repeat(600_000) } } }), '过大'],
    ['foreign', JSON.stringify({ category: 'transfer', year: 2022, data: { unit: { unitName: 'x' } } }), '不属于本表'],
    ['deeply nested', `{"category":"key-rd","year":2022,"data":{"unit":${'['.repeat(5000)}${']'.repeat(5000)}}}`, '已损坏'],
  ])('a %s draft is set aside with a notice, never bricks the form (on every reload)', async (_kind, raw, says) => {
    localStorage.setItem(KEY('d6'), raw);
    for (let visit = 0; visit < 2; visit++) {
      const el = await mount({ category: 'key-rd', 'draft-key': 'd6' });
      expect(root(el).querySelector('.load-error')).toBeNull();
      expect(control(el, '/unit/unitName').value).toBe('');
      if (visit === 0) expect(text(el, '.draft-aside')).toContain(says);
      el.remove();
    }
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('guide-form-aside:d6:key-rd:2022:'));
    expect(aside).toHaveLength(1);
    expect(localStorage.getItem(aside[0] as string)).toBe(raw);
  });

  it('a draft the form cannot evaluate is set aside too', async () => {
    localStorage.setItem(KEY('d7'), JSON.stringify({ category: 'key-rd', year: 2022, data: { unit: { unitName: '单位' } } }));
    const el = document.createElement('guide-form') as GuideForm;
    el.setAttribute('category', 'key-rd');
    el.setAttribute('draft-key', 'd7');
    el.now = '2021-11-01T10:00:00+08:00';
    const realClone = globalThis.structuredClone;
    let calls = 0;
    vi.spyOn(globalThis, 'structuredClone').mockImplementation((v, o) => {
      // The first evaluation of the restored draft throws, as a hostile one would.
      if (++calls === 1) throw new RangeError('Maximum call stack size exceeded');
      return realClone(v, o);
    });
    document.body.append(el);
    await el.updateComplete;
    expect(text(el, '.draft-aside')).toContain('无法显示');
    expect(control(el, '/unit/unitName').value).toBe('');
  });

  it('a full storage quota is shown to the applicant, and goes away once saving works again', async () => {
    const el = await mount({ category: 'key-rd', 'draft-key': 'd8' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await type(el, '/unit/unitName', '单位');
    const alert = root(el).querySelector('.draft-full') as HTMLElement;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('浏览器存储空间已满');
    vi.mocked(Storage.prototype.setItem).mockRestore();
    await type(el, '/unit/unitName', '单位2');
    expect(root(el).querySelector('.draft-full')).toBeNull();
  });

  it('text in an unfinished IME composition is saved when the page is hidden', async () => {
    const el = await mount({ category: 'key-rd', 'draft-key': 'd9' });
    const input = control(el, '/unit/unitName');
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    input.value = '大连理工';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
    expect(localStorage.getItem(KEY('d9'))).toBeNull();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(KEY('d9'))).toContain('大连理工');
  });

  it('a draft saved before drafts were per form is adopted by its own form only', async () => {
    localStorage.setItem(
      'guide-form:old',
      JSON.stringify({ category: 'key-rd', data: { unit: { unitName: '旧格式' } }, savedAt: '2021-11-01T00:00:00Z' }),
    );
    const other = await mount({ category: 'transfer', 'draft-key': 'old' });
    expect(control(other, '/unit/unitName').value).toBe('');
    const el = await mount({ category: 'key-rd', 'draft-key': 'old' });
    expect(control(el, '/unit/unitName').value).toBe('旧格式');
    expect(localStorage.getItem('guide-form:old')).toBeNull();
    expect(localStorage.getItem(KEY('old'))).toContain('旧格式');
  });
});
