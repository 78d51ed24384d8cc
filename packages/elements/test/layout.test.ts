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
