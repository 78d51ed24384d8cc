import { afterEach, describe, expect, it } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

// Issue: an English form wrote Chinese (notice quotes, names, hints, option labels) with no lang.

afterEach(() => document.body.replaceChildren());

const HAN = /\p{Script=Han}/u;

/** Text nodes holding Chinese that are not inside an element marked zh-CN. */
function unmarked(el: GuideForm): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    const parent = n.parentElement as HTMLElement;
    if (!HAN.test(text) || parent.closest('style')) continue;
    if (parent.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') out.push(`${parent.tagName}: ${text}`);
  }
  return out;
}

describe('Chinese inside an English form is marked lang="zh-CN"', () => {
  it('notice quotes, how-to steps, names, hints and labels', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { project: Record<string, unknown> };
    data.project.totalRdInvestment = 100; // R14: a finding quoting the notice
    const el = await mount({ category: 'key-rd', lang: 'en' }, { value: data });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    const clause = root(el).querySelector('.clause') as HTMLElement;
    expect(clause.textContent).toMatch(/^The notice says: “.*200万元.*”$/);
    expect(clause.querySelector('[lang="zh-CN"]')?.textContent).toMatch(/^“.*”$/);
    const step = [...root(el).querySelectorAll('.how li')].find((li) => li.textContent?.includes('指南征集')) as HTMLElement;
    expect(step.querySelector('span[lang="zh-CN"]')?.textContent).toBe('指南征集');
    // An <option> holds only text: one that mixes English and Chinese cannot be marked inside.
    expect(unmarked(el).filter((t) => !t.startsWith('OPTION:'))).toEqual([]);
  });

  it('a Chinese form adds no marks', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    expect(root(el).querySelectorAll('.body span[lang], .essentials span[lang], .hint span[lang]')).toHaveLength(0);
  });
});
