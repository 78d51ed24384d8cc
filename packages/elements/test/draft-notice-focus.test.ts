import { afterEach, describe, expect, it, vi } from 'vitest';
import { active, mount, press, root } from './setup.js';

// Issues: focus fell to <body> after 继续填写 and 放弃草稿 (their notice is removed); 放弃草稿 deleted the draft.

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  vi.restoreAllMocks();
});

const DRAFT = JSON.stringify({ category: 'key-rd', year: 2022, data: { unit: { unitName: '旧单位' } }, savedAt: '2021-11-01T02:03:00Z' });

describe('the restored draft’s notice', () => {
  it('继续填写 closes the notice and focuses the first field', async () => {
    localStorage.setItem('guide-form:k1:key-rd:2022', DRAFT);
    const el = await mount({ category: 'key-rd', 'draft-key': 'k1' });
    const keep = [...root(el).querySelectorAll<HTMLButtonElement>('.draft-restored button')].find((b) => b.textContent === '继续填写');
    await press(el, keep as HTMLButtonElement);
    expect(root(el).querySelector('.draft-restored')).toBeNull();
    expect(active(el)).toBe(root(el).querySelector('.body input'));
  });

  it('放弃草稿 sets the draft aside instead of deleting it, says so, and focuses that notice', async () => {
    localStorage.setItem('guide-form:k2:key-rd:2022', DRAFT);
    const el = await mount({ category: 'key-rd', 'draft-key': 'k2' });
    const discard = [...root(el).querySelectorAll<HTMLButtonElement>('.draft-restored button')].find(
      (b) => b.textContent === '放弃草稿，重新填写',
    );
    await press(el, discard as HTMLButtonElement);
    expect(localStorage.getItem('guide-form:k2:key-rd:2022')).toBeNull();
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('guide-form-aside:k2:key-rd:2022:'));
    expect(aside).toHaveLength(1);
    expect(localStorage.getItem(aside[0] as string)).toContain('旧单位');
    const notice = root(el).querySelector('.draft-aside') as HTMLElement;
    expect(notice.textContent).toContain('已放弃草稿');
    expect(notice.textContent).toContain('另存备份');
    expect(active(el)).toBe(notice);
  });
});
