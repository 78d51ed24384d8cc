import { afterEach, describe, expect, it } from 'vitest';
import { control, mount } from './setup.js';

afterEach(() => document.body.replaceChildren());

describe('IME composition', () => {
  it('does not re-render or validate while composing; commits at compositionend', async () => {
    const el = await mount({ category: 'key-rd' });
    const input = control(el, '/unit/unitName');
    let renders = 0;
    const host = el as unknown as { render: () => unknown };
    const original = host.render.bind(el);
    host.render = () => {
      renders++;
      return original();
    };
    let inputs = 0;
    el.addEventListener('guide-form-input', () => inputs++);

    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
    for (const text of ['d', 'da', 'dal', '大连']) {
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: text }));
      el.requestUpdate(); // even an outside request must not re-render mid-composition
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(renders).toBe(0);
    expect(inputs).toBe(0);
    expect(input.value).toBe('大连');
    expect(el.value.unit).not.toHaveProperty('unitName');

    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '大连' }));
    await el.updateComplete;
    expect(inputs).toBe(1);
    expect((el.value.unit as Record<string, unknown>).unitName).toBe('大连');
    expect(input.value).toBe('大连');
    expect(renders).toBeGreaterThan(0);
  });
});
