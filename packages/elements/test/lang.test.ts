import { afterEach, describe, expect, it } from 'vitest';
import { ELIGIBLE, mount, root } from './setup.js';

afterEach(() => document.body.replaceChildren());

describe('lang="en"', () => {
  it('switches labels, hints, units, enum labels, messages and buttons; back to zh-CN without reload', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { project: Record<string, unknown> };
    data.project.totalRdInvestment = 100;
    const el = await mount({ category: 'key-rd', lang: 'en' }, { value: data });
    const shadow = root(el);
    expect(shadow.querySelector('label[for="gf--unit--unitName"]')?.textContent).toContain('Organisation');
    expect(shadow.getElementById('gf--unit--unitName-hint')?.textContent).toContain('Full registered name');
    expect(shadow.getElementById('gf--project--totalRdInvestment-unit')?.textContent).toBe('×10k CNY');
    expect(shadow.querySelector('#gf--unit--unitType')?.parentElement?.textContent).toContain('Enterprise');
    expect(shadow.querySelector('button.primary')?.textContent).toBe('Submit');
    expect(shadow.querySelector('.panel h2')?.textContent).toBe('Eligibility');
    expect(el.reportValidity()).toBe(false); // shows every finding, as after 提交
    await el.updateComplete;
    const r14 = el.verdict?.findings.find((f) => f.rule === 'R14');
    expect(r14?.message).toMatch(/[A-Za-z]/);
    expect(shadow.querySelector('[data-rule="R14"]')?.textContent).toContain(r14?.message);
    expect(el.verdict?.window.message).toMatch(/^The call is open/);

    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(shadow.querySelector('label[for="gf--unit--unitName"]')?.textContent).toContain('填报单位');
    expect(shadow.querySelector('button.primary')?.textContent).toBe('提交');
    expect(el.verdict?.findings.find((f) => f.rule === 'R14')?.message).toMatch(/万元/);
  });

  it('uses x-enum-zh for slug enums in Chinese', async () => {
    const el = await mount({ category: 'summary' });
    const select = root(el).getElementById('gf--linked--category') as HTMLSelectElement | null;
    const labels = select
      ? [...select.options].map((o) => o.textContent)
      : [...root(el).querySelectorAll('#gf--linked fieldset label')].map((l) => l.textContent);
    // The control must be there with one label per 征集表 category (a missing control fails here).
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const label of labels) expect(label?.trim()).toMatch(/[\u4e00-\u9fff]/);
    expect(labels.join()).not.toContain('key-rd');
  });
});
