import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(async () => {
  document.body.replaceChildren();
  await page.viewport(1000, 800);
});

describe('narrow screens and zoom', () => {
  // 375 px is a phone; 320 px is a 640 px window at 200% zoom.
  for (const width of [375, 320]) {
    for (const category of Object.keys(ELIGIBLE)) {
      it(`${category} at ${width}px: one column, no horizontal scroll`, async () => {
        await page.viewport(width, 700);
        document.body.style.margin = '8px';
        const el = await mount({ category }, { value: ELIGIBLE[category] });
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
        // 提交 on an ok form opens the review: it must fit too.
        (root(el).querySelector('button.primary') as HTMLButtonElement).click();
        await el.updateComplete;
        expect(root(el).querySelector('.review')).not.toBeNull();
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
        (root(el).querySelector('.review .actions button:not(.primary)') as HTMLButtonElement).click();
        await el.updateComplete;
        const fields = root(el).querySelector('.fields') as HTMLElement;
        expect(getComputedStyle(fields).gridTemplateColumns.split(' ')).toHaveLength(1);
      });
    }
  }

  it('two columns of short fields on a wide screen', async () => {
    const el = await mount({ category: 'key-rd' });
    const fields = root(el).querySelector('.fields') as HTMLElement;
    expect(getComputedStyle(fields).gridTemplateColumns.split(' ')).toHaveLength(2);
  });
});

describe('text boxes', () => {
  // Typing lays out the box alone (size and layout containment, a block parent: a flex item is never a layout
  // root), so the box must still be what rows="4" makes it and still follow what the applicant drags it to.
  it('is four rows high, the width of its field, and resizable; typing past four rows scrolls it', async () => {
    const el = await mount({ category: 'key-rd' });
    const box = root(el).querySelector('textarea') as HTMLTextAreaElement;
    const field = box.closest('[data-pointer-field]') as HTMLElement;
    const style = getComputedStyle(box);
    expect(style.contain).toContain('size');
    expect(style.contain).toContain('layout');
    const height = box.getBoundingClientRect().height;
    box.style.contain = 'none';
    // The height rows="4" gives a box that is not contained: the same, to the pixel.
    expect(Math.abs(box.getBoundingClientRect().height - height)).toBeLessThan(0.5);
    box.style.contain = '';
    expect(box.getBoundingClientRect().width).toBeCloseTo(field.getBoundingClientRect().width, 0);
    box.value = Array.from({ length: 12 }, (_, i) => `第 ${i + 1} 行`).join('\n');
    expect(box.getBoundingClientRect().height).toBeCloseTo(height, 1);
    expect(box.scrollHeight).toBeGreaterThan(box.clientHeight);
    box.style.height = '200px';
    expect(box.getBoundingClientRect().height).toBeCloseTo(200, 0);
  });

  it('a one-line text box is contained too, as high and as wide as before', async () => {
    const el = await mount({ category: 'key-rd' });
    const box = root(el).querySelector('.text input') as HTMLInputElement;
    const field = box.closest('[data-pointer-field]') as HTMLElement;
    expect(getComputedStyle(box).contain).toContain('size');
    const height = box.getBoundingClientRect().height;
    box.style.contain = 'none';
    expect(Math.abs(box.getBoundingClientRect().height - height)).toBeLessThan(0.5);
    expect(box.getBoundingClientRect().width).toBeCloseTo(field.getBoundingClientRect().width, 0);
  });
});
