import { afterEach, describe, expect, it } from 'vitest';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

async function inForm(value?: Record<string, unknown>) {
  const form = document.createElement('form');
  form.innerHTML = '<input name="other" value="1"><button type="submit">send</button>';
  document.body.append(form);
  let submits = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits++;
  });
  const el = await mount({ category: 'key-rd', name: 'suggestion' }, value ? { value } : {}, form);
  return { form, el, submits: () => submits };
}

describe('inside a host <form>', () => {
  it('contributes its value as JSON under name when ok, and lets the form submit', async () => {
    const { form, el, submits } = await inForm(ELIGIBLE['key-rd']);
    expect(JSON.parse(String(new FormData(form).get('suggestion')))).toEqual(ELIGIBLE['key-rd']);
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submits()).toBe(1);
    expect(el.checkValidity()).toBe(true);
  });

  it('blocks the submission while not ok, with the first problem as message, and reveals errors', async () => {
    const { form, el, submits } = await inForm();
    expect(el.checkValidity()).toBe(false);
    await el.updateComplete;
    expect(root(el).querySelector('.error-summary')).toBeNull(); // a quiet check reveals nothing
    expect(form.checkValidity()).toBe(false);
    form.requestSubmit();
    expect(submits()).toBe(0);
    expect(el.validationMessage).toContain('必填');
    await el.updateComplete;
    expect(root(el).querySelector('.error-summary')).not.toBeNull();
  });

  it('host form reset and reset() restore the initial value', async () => {
    const { form, el } = await inForm(ELIGIBLE['key-rd']);
    const input = root(el).getElementById('gf--project--totalRdInvestment') as HTMLInputElement;
    input.value = '5';
    input.dispatchEvent(new InputEvent('input'));
    expect(form.checkValidity()).toBe(false); // synchronously, before any render
    form.reset();
    await el.updateComplete;
    expect(el.value).toEqual(ELIGIBLE['key-rd']);
    expect(input.value).toBe('680');
    expect(form.checkValidity()).toBe(true);

    const empty = await mount({ category: 'key-rd' });
    const name = root(empty).getElementById('gf--unit--unitName') as HTMLInputElement;
    name.value = 'x';
    name.dispatchEvent(new InputEvent('input'));
    empty.reset();
    await empty.updateComplete;
    expect(name.value).toBe('');
  });

  it("a host's own input listener reads the value and validity of the key just typed (the field states are kept, the verdict is not deferred)", async () => {
    const { form, el } = await inForm(ELIGIBLE['key-rd']);
    const seen: { title: string; valid: boolean; message: string }[] = [];
    form.addEventListener('input', () => {
      const value = JSON.parse(String(new FormData(form).get('suggestion')));
      seen.push({ title: value.content.title, valid: form.checkValidity(), message: el.validationMessage });
    });
    const type = (id: string, text: string) => {
      const control = root(el).getElementById(id) as HTMLInputElement;
      control.value = text;
      control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    const typed = `${(ELIGIBLE['key-rd'] as { content: { title: string } }).content.title}（续）`;
    type('gf--content--title', typed);
    expect(seen.at(-1)).toEqual({ title: typed, valid: true, message: '' });
    // R14 (不低于 200 万元) and R33.matching both quote the amount: the message is the one of this key.
    type('gf--project--totalRdInvestment', '199.99');
    expect(seen.at(-1)).toMatchObject({ valid: false, message: expect.stringContaining('199.99') });
    type('gf--project--totalRdInvestment', '200');
    expect(seen.at(-1)?.message).not.toContain('199.99');
    expect(seen.at(-1)?.message).toContain('200');
    type('gf--project--totalRdInvestment', '680');
    expect(seen.at(-1)).toMatchObject({ title: typed, valid: true, message: '' });
  });

  it('a disabled fieldset disables every control', async () => {
    const form = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    document.body.append(form);
    const el = await mount({ category: 'key-rd' }, {}, fieldset);
    fieldset.disabled = true;
    await el.updateComplete;
    // 打印 and 下载Word版 change nothing: the applicant may keep their paper copy of a locked form.
    const controls = [...root(el).querySelectorAll<HTMLInputElement>('input, select, textarea, button:not(.paper-actions button)')];
    expect(controls.length).toBeGreaterThan(20);
    expect(controls.filter((c) => !c.disabled).map((c) => c.outerHTML.slice(0, 120))).toEqual([]);
    fieldset.disabled = false;
    await el.updateComplete;
    expect((root(el).getElementById('gf--unit--unitName') as HTMLInputElement).disabled).toBe(false);
  });
});
