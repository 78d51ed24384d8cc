import { afterEach, describe, expect, it } from 'vitest';
import { mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

describe('CSS parts of <guide-form>', () => {
  it('the error summary is part error-list, and still part summary (its documented former name)', async () => {
    const style = document.createElement('style');
    style.textContent = `guide-form::part(error-list) { outline-color: rgb(1, 2, 3); }
      guide-form::part(summary) { text-decoration-color: rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const el = await mount({ category: 'key-rd' });
      expect(el.reportValidity()).toBe(false);
      await el.updateComplete;
      const list = root(el).querySelector('.error-summary') as HTMLElement;
      expect(list).not.toBeNull();
      expect(getComputedStyle(list).outlineColor).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(list).textDecorationColor).toBe('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });
});
