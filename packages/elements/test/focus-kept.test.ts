import { afterEach, describe, expect, it, vi } from 'vitest';
import { active, ELIGIBLE, mount, press, root } from './setup.js';

// Issue: focus fell to <body> after 下载Word版 and 确认提交 (a button disabled or removed under it).

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('focus stays where the applicant is', () => {
  it('下载Word版 keeps focus while the file is made (aria-disabled) and says politely when it is ready', async () => {
    const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const word = root(el).querySelectorAll<HTMLButtonElement>('.paper-actions button')[1] as HTMLButtonElement;
    word.focus();
    word.click();
    await el.updateComplete;
    expect(word.getAttribute('aria-disabled')).toBe('true');
    expect(word.disabled).toBe(false);
    expect(active(el)).toBe(word);
    await vi.waitFor(() => expect(save).toHaveBeenCalled(), { timeout: 60_000 });
    await el.updateComplete;
    expect(active(el)).toBe(word);
    expect(word.getAttribute('aria-disabled')).toBe('false');
    const status = root(el).querySelector('.paper-status') as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toMatch(/^已生成 Word 文件：附件2-.*\.docx$/);
  }, 60_000);

  it('确认提交: after success focus is on the outcome; after a failure it stays on 确认提交', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    let fail!: (e: Error) => void;
    el.addEventListener('guide-form-submit', (e) => e.detail.waitUntil(new Promise((_, reject) => (fail = reject))), { once: true });
    await press(el, root(el).querySelector('button.primary') as HTMLButtonElement);
    const confirm = root(el).querySelector('.review button.confirm') as HTMLButtonElement;
    await press(el, confirm);
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(active(el)).toBe(confirm);
    fail(new Error('服务器答复 500'));
    await vi.waitFor(() => expect(root(el).querySelector('.submit-failed')).not.toBeNull());
    await el.updateComplete;
    expect(active(el)).toBe(root(el).querySelector('.review button.confirm'));

    el.addEventListener('guide-form-submit', (e) => e.detail.waitUntil(Promise.resolve()), { once: true });
    await press(el, root(el).querySelector('.review button.confirm') as HTMLButtonElement);
    await vi.waitFor(() => expect(root(el).querySelector('.submit-done')).not.toBeNull());
    await el.updateComplete;
    expect(active(el)).toBe(root(el).querySelector('.submit-done'));
    expect(active(el)?.textContent).toContain('已提交成功');
  });

  it('确认提交 without waitUntil: focus is on “handed over”', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    await press(el, root(el).querySelector('button.primary') as HTMLButtonElement);
    await press(el, root(el).querySelector('.review button.confirm') as HTMLButtonElement);
    expect(active(el)?.className).toContain('submit-handed');
  });
});
