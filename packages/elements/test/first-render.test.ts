/**
 * What a form's first render needs (issue 13, first render): one update draws the whole form —
 * fields, panel, 提交 and the paper actions (打印, 下载Word版) — and asks for no other: nothing
 * on a new, empty form is fetched by its render. This file runs in a page of its own, where no
 * lazily loaded part has been fetched before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { partsLoading } from '../src/lazy/lazy-part.js';
import { OPEN, root } from './setup.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Counts the element's updates from now on. */
function countUpdates(el: GuideForm): () => number {
  let updates = 0;
  const counted = el as unknown as { updated: (changed: unknown) => void };
  const updated = counted.updated.bind(el);
  counted.updated = (changed) => {
    updates++;
    updated(changed);
  };
  return () => updates;
}

describe('the first render of a form', () => {
  it('one update draws the form with its paper actions, and its render fetches nothing', async () => {
    const el = document.createElement('guide-form');
    el.setAttribute('category', 'key-rd');
    el.now = OPEN;
    const updates = countUpdates(el);
    // The first render that holds the form's fields: were the buttons there already?
    const firsts: boolean[] = [];
    document.body.append(el);
    new MutationObserver(() => {
      if (firsts.length === 0 && root(el).querySelector('.body')) firsts.push(root(el).querySelector('.paper-actions') !== null);
    }).observe(root(el), { childList: true, subtree: true });
    await el.updateComplete;
    expect(firsts).toEqual([true]);
    expect(root(el).querySelectorAll('.paper-actions button')).toHaveLength(2);
    // The loading state, then the form: two updates, and no part in flight afterwards.
    expect(updates()).toBe(2);
    expect(partsLoading()).toBeNull();
  });
});
