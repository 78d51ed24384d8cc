import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GuideForm } from '../src/index.js';
import { control, ELIGIBLE, mount, root, type } from './setup.js';

afterEach(() => document.body.replaceChildren());

const messagesOf = (el: HTMLElement, id: string): string =>
  (el.shadowRoot?.getElementById(`${id}-msg`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('errors next to fields', () => {
  it('shows nothing before a field is touched, the error after blur, and clears it when fixed', async () => {
    const el = await mount({ category: 'key-rd' });
    const input = control(el, '/unit/mobile');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(root(el).querySelectorAll('.messages').length).toBe(0);

    await userEvent.type(input, '1234');
    input.blur();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(messagesOf(el, input.id)).toContain('11 位手机号码');
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-msg`);

    await userEvent.clear(input);
    await userEvent.type(input, '13998765432');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(root(el).getElementById(`${input.id}-msg`)).toBeNull();
  });

  it('shows a rule finding next to the field it names, with the threshold', async () => {
    // 配套资金 within 200 so that only R14 speaks (R33.matching: 配套资金 is part of the total)
    const value = structuredClone(ELIGIBLE['key-rd']) as { project: { matchingFunds: number } };
    value.project.matchingFunds = 100;
    const el = await mount({ category: 'key-rd' }, { value });
    await type(el, '/project/totalRdInvestment', '199.99');
    const input = control(el, '/project/totalRdInvestment');
    expect(input.value).toBe('199.99');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(messagesOf(el, input.id)).toMatch(/200/);
    expect(el.verdict?.findings.map((f) => f.rule)).toContain('R14');
    await type(el, '/project/totalRdInvestment', '200');
    expect(el.verdict?.ok).toBe(true);
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps a partly typed decimal as typed', async () => {
    const el = await mount({ category: 'key-rd' });
    const input = control(el, '/project/totalRdInvestment');
    await userEvent.type(input, '1.');
    await el.updateComplete;
    expect(input.value).toBe('1.');
    await userEvent.type(input, '5');
    expect(el.value.project).toMatchObject({ totalRdInvestment: 1.5 });
  });

  it('a live character count follows typing', async () => {
    const el = await mount({ category: 'key-rd' });
    const input = control(el, '/content/background');
    await userEvent.type(input, '背景说明');
    await el.updateComplete;
    expect(root(el).getElementById(`${input.id}-count`)?.textContent).toContain('4 / 20000');
  });
});

describe('submit, summary and focus', () => {
  it('the submit button fires guide-form-invalid, shows the summary and focuses it; links focus fields', async () => {
    const el = await mount({ category: 'key-rd' });
    const events: string[] = [];
    el.addEventListener('guide-form-invalid', (e) => events.push(`invalid:${e.detail.verdict.ok}`));
    el.addEventListener('guide-form-submit', () => events.push('submit'));
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(events).toEqual(['invalid:false']);
    const summary = root(el).querySelector('.error-summary') as HTMLElement;
    expect(summary.getAttribute('role')).toBeNull(); // read when focused, not a live region (it is redrawn while typing)
    expect(root(el).activeElement).toBe(summary);
    expect(root(el).querySelectorAll('[role=alert]').length).toBe(0);
    // After submit every field shows its errors.
    expect(control(el, '/unit/unitName').getAttribute('aria-invalid')).toBe('true');

    const link = [...summary.querySelectorAll('a')].find((a) => a.textContent?.includes('手机')) as HTMLAnchorElement;
    link.click();
    expect(root(el).activeElement).toBe(control(el, '/unit/mobile'));
  });

  it('fires guide-form-submit only when ok, after the review, and reportValidity focuses the summary', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    let submitted: unknown;
    el.addEventListener('guide-form-submit', (e) => {
      submitted = e.detail.value;
    });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(submitted).toBeUndefined();
    (root(el).querySelector('.review button.confirm') as HTMLButtonElement).click();
    expect(submitted).toEqual(ELIGIBLE['key-rd']);
    await el.updateComplete;
    expect(el.reportValidity()).toBe(true);

    el.now = '2021-11-11T00:00:00+08:00';
    await el.updateComplete;
    expect(el.validate().open).toBe(false);
    expect(el.reportValidity()).toBe(false);
    await el.updateComplete;
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary') as HTMLElement;
    expect(summary.textContent).toContain('2021-11-10');
    expect(root(el).activeElement).toBe(summary);
  });

  it('shows the route, the window and every finding with its clause', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as Record<string, Record<string, unknown>>;
    (data.unit as Record<string, unknown>).unitType = '高等院校';
    (data.unit as Record<string, unknown>).reviewDept = '科学技术研究院';
    data.classification = { ...data.classification, role: '技术提供方' };
    const el = await mount({ category: 'key-rd' }, { value: data });
    const panel = root(el).querySelector('.panel') as HTMLElement;
    expect(panel.textContent).toContain('高新处');
    expect(panel.textContent).toContain('0411-39989885');
    expect(panel.textContent).toContain('经所属科研部门审核后统一提交');
    expect(panel.textContent).toContain('征集进行中');
    for (const f of el.verdict?.findings ?? []) {
      const item = panel.querySelector(`[data-rule="${f.rule}"]`) as HTMLElement;
      expect(item.textContent).toContain(f.message);
      expect(item.textContent).toContain(f.clause);
    }
  });
});

describe('a finding about several fields', () => {
  it('shows once on the group that holds them, not under each field', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { indicators: { academic: unknown }; declarations: { ackConsultOnly: boolean } };
    data.indicators.academic = {};
    data.declarations.ackConsultOnly = false; // a blocking problem too, so reportValidity reveals every message
    const el = await mount({ category: 'key-rd' }, { value: data });
    el.reportValidity();
    await el.updateComplete;
    const text = root(el).textContent ?? '';
    const warning = '建议至少填写 1 项学术性指标';
    expect(text.split(warning).length - 1).toBe(2); // once next to 学术性指标, once in the eligibility panel
    expect(messagesOf(el, control(el, '/indicators/academic/qualification').id)).toBe('');
  });
});

describe('required marks', () => {
  const marked = (el: GuideForm, pointer: string): boolean => {
    const id = control(el, pointer).id;
    const label = root(el).querySelector(`label[for="${id}"]`) ?? control(el, pointer).closest('fieldset')?.querySelector('legend');
    return Boolean(label?.querySelector('.req'));
  };

  it('marks fields the notice needs (所属领域, 声明) as it marks schema-required ones', async () => {
    const el = await mount({ category: 'key-rd' });
    expect(marked(el, '/unit/unitName')).toBe(true); // schema
    expect(marked(el, '/classification/domain')).toBe(true); // R6
    expect(marked(el, '/declarations/ackConsultOnly')).toBe(true); // R7
    expect(marked(el, '/unit/address')).toBe(false);
  });

  it('marks 保密处理 only once the suggestion involves secrets', async () => {
    const el = await mount({ category: 'key-rd' });
    const secret = control(el, '/declarations/involvesSecret');
    await userEvent.click(secret);
    await el.updateComplete;
    expect(marked(el, '/declarations/secretHandled')).toBe(true);
  });
});
