/**
 * What a form's first render waits for (issue 13, first render): the paper actions' chunk is
 * fetched while the form loads, so the render that shows the form already holds 打印 and
 * 下载Word版 — no second render of the whole form when it arrives. This file runs in a page of
 * its own, where the paper part has not been loaded before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FormSource, getFormSource, setFormSource } from '../src/index.js';
import { partsLoading } from '../src/lazy/lazy-part.js';
import { paperPart } from '../src/lazy/parts.js';
import { OPEN, root } from './setup.js';

const real = getFormSource();
afterEach(() => {
  setFormSource(real);
  document.body.replaceChildren();
});

/** The real source, answering only when `release()` is called. */
function heldSource(): { source: FormSource; release: () => void } {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { source: { load: (...args) => gate.then(() => real.load(...args)) }, release };
}

describe('the first render of a form', () => {
  it('the paper actions are fetched while the form loads, and drawn by the render that shows the form', async () => {
    expect(paperPart.loaded).toBeUndefined();
    const { source, release } = heldSource();
    setFormSource(source);
    const el = document.createElement('guide-form');
    el.setAttribute('category', 'key-rd');
    el.now = OPEN;
    document.body.append(el);
    // The element's first update starts the form's load; its source has not answered yet.
    await new Promise((r) => setTimeout(r));
    expect(root(el).querySelector('.body')).toBeNull();
    expect(paperPart.loaded !== undefined || partsLoading() !== null).toBe(true);
    await paperPart.load();
    // Every render that draws the form body: the first already holds the paper actions.
    const renders: boolean[] = [];
    new MutationObserver(() => {
      if (root(el).querySelector('.body') && renders.length === 0) renders.push(root(el).querySelector('.paper-actions') !== null);
    }).observe(root(el), { childList: true, subtree: true });
    let updates = 0;
    const counted = el as unknown as { updated: () => void };
    const updated = counted.updated.bind(el);
    counted.updated = () => {
      updates++;
      updated();
    };
    release();
    await el.updateComplete;
    expect(renders).toEqual([true]);
    // One update drew the form: nothing it drew asked for another.
    expect(updates).toBe(1);
    expect(root(el).querySelectorAll('.paper-actions button')).toHaveLength(2);
  });
});
