import { afterEach, describe, expect, it } from 'vitest';
import { control, ELIGIBLE, mount, root } from './setup.js';

// A re-render draws again only the controls whose value, text, messages, language or state
// changed (fields/render.ts). These are the cases where a control's screen could go stale: the
// browser shows what was typed, and the data then changes by another way than that control.

afterEach(() => document.body.replaceChildren());

/** Types without blurring, as a key does: the re-render waits for the frame after the key. */
function key(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('a control drawn again only when what it shows changed', () => {
  it('shows a value given right after typing, even the one it showed before the typing', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const title = control(el, '/content/title');
    const before = title.value;
    key(title, '改过的标题');
    el.value = ELIGIBLE['key-rd'] as Record<string, unknown>;
    await el.updateComplete;
    expect(title.value).toBe(before);
    key(title, '改过的标题');
    await el.updateComplete;
    expect(el.value.content).toMatchObject({ title: '改过的标题' });
  });

  it('shows a reset value for a field typed into before the re-render came', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const amount = control(el, '/project/totalRdInvestment');
    key(amount, '5');
    el.reset();
    await el.updateComplete;
    expect(amount.value).toBe('680');
    expect(el.value).toEqual(ELIGIBLE['key-rd']);
  });

  it('draws the typed field again (its count) and leaves the others as the applicant left them', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const title = control(el, '/content/title');
    const count = root(el).getElementById(`${title.id}-count`) as HTMLElement;
    const name = control(el, '/unit/unitName');
    const nameValue = name.value;
    key(title, '短');
    await el.updateComplete;
    expect(count.textContent).toMatch(/^1\s*\/\s*\d+/);
    expect(name.value).toBe(nameValue);
    expect(el.value.unit).toEqual((ELIGIBLE['key-rd'] as { unit: unknown }).unit);
  });

  it('shows a field’s message once it is left, and clears it once corrected', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const mobile = control(el, '/unit/mobile');
    key(mobile, '123');
    mobile.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(mobile.getAttribute('aria-invalid')).toBe('true');
    expect(root(el).getElementById(`${mobile.id}-msg`)?.textContent).toMatch(/手机/);
    key(mobile, '13800000000');
    await el.updateComplete;
    expect(mobile.getAttribute('aria-invalid')).toBe('false');
    expect(root(el).getElementById(`${mobile.id}-msg`)).toBeNull();
  });

  it('draws every control again in the other language and when disabled', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const label = () => root(el).querySelector(`label[for="${control(el, '/content/title').id}"]`)?.textContent ?? '';
    const zh = label();
    el.setAttribute('disabled', '');
    await el.updateComplete;
    expect(control(el, '/content/title').disabled).toBe(true);
    el.removeAttribute('disabled');
    el.lang = 'en';
    await el.updateComplete;
    expect(control(el, '/content/title').disabled).toBe(false);
    expect(label()).not.toBe(zh);
    expect(label()).toMatch(/[A-Za-z]/);
  });
});
