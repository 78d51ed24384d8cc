import { afterEach, describe, expect, it } from 'vitest';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

const radio = (el: HTMLElement, name: string, label: string): HTMLInputElement =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)].find((r) =>
    r.parentElement?.textContent?.includes(label),
  ) as HTMLInputElement;

describe('conditional sections', () => {
  it('a section appears and disappears with the data; its data leaves value and comes back', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const shadow = root(el);
    expect(shadow.getElementById('gf--demander')).not.toBeNull();
    expect(shadow.getElementById('gf--provider')).toBeNull();
    const demander = structuredClone(el.value.demander);

    radio(el, 'gf--classification--role', '技术提供方').click();
    await el.updateComplete;
    expect(shadow.getElementById('gf--demander')).toBeNull();
    expect(shadow.getElementById('gf--provider')).not.toBeNull();
    expect(el.value.demander).toBeUndefined();
    expect(el.verdict?.errors.some((e) => e.pointer.startsWith('/provider'))).toBe(true);

    radio(el, 'gf--classification--role', '技术需求方').click();
    await el.updateComplete;
    expect(shadow.getElementById('gf--provider')).toBeNull();
    expect(el.value.demander).toEqual(demander);
    expect(el.verdict?.ok).toBe(true);
  });

  it('a field inside an object appears right after the field it depends on', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    const shadow = root(el);
    expect(shadow.getElementById('gf--unit--isStartup')).not.toBeNull();
    expect(shadow.getElementById('gf--unit--reviewDept')).toBeNull();
    radio(el, 'gf--unit--unitType', '高等院校').click();
    await el.updateComplete;
    expect(shadow.getElementById('gf--unit--isStartup')).toBeNull();
    const ids = [...shadow.querySelectorAll('#gf--unit input, #gf--unit textarea')].map((i) => i.id);
    expect(ids.indexOf('gf--unit--reviewDept')).toBe(ids.indexOf('gf--unit--unitType-6') + 1);
    expect((el.value.unit as Record<string, unknown>).isStartup).toBeUndefined();
    radio(el, 'gf--unit--unitType', '企业').click();
    await el.updateComplete;
    expect((el.value.unit as Record<string, unknown>).isStartup).toBe(false);
  });
});
