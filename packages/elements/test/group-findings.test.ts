import { afterEach, describe, expect, it } from 'vitest';
import type { GuideForm } from '../src/index.js';
import { ELIGIBLE, mount, root } from './setup.js';

// Issue: a rule about a whole group (R11 约束性指标, R12 阶段性考核指标) was tied to no control.

afterEach(() => document.body.replaceChildren());

const follow = async (el: GuideForm, text: string): Promise<HTMLElement> => {
  const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => a.textContent?.startsWith(text));
  if (!link) throw new Error(`no summary link “${text}”`);
  link.click();
  await el.updateComplete;
  return root(el).activeElement as HTMLElement;
};
const description = (el: GuideForm, control: Element): string =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => root(el).getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('findings shown at a group', () => {
  it('R11: the summary link lands on an empty indicator that is invalid and described by the group’s message', async () => {
    const el = await mount({ category: 'key-rd' });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    const field = await follow(el, '约束性指标须全部填写');
    expect(field.id).toBe('gf--indicators--binding--rdExpense');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(description(el, field)).toContain('约束性指标须全部填写');
    const group = root(el).getElementById('gf--indicators--binding') as HTMLElement;
    expect(description(el, group)).toContain('约束性指标须全部填写');
  });

  it('R11: a filled indicator is described by the message but not marked invalid; the empty ones are', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { indicators: { binding: Record<string, unknown> } };
    delete data.indicators.binding.newResearchAssistants;
    const el = await mount({ category: 'key-rd' }, { value: data });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    const filled = root(el).getElementById('gf--indicators--binding--rdExpense') as HTMLElement;
    const empty = root(el).getElementById('gf--indicators--binding--newResearchAssistants') as HTMLElement;
    expect(filled.getAttribute('aria-invalid')).toBe('false');
    expect(description(el, filled)).toContain('约束性指标须全部填写');
    expect(empty.getAttribute('aria-invalid')).toBe('true');
  });

  it('R12: the milestones link focuses the list, described by its message, not only its hint', async () => {
    const el = await mount({ category: 'key-rd' });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    const list = await follow(el, '请至少填写 1 条阶段性考核指标');
    expect(list.id).toBe('gf--indicators--milestones');
    expect(description(el, list)).toContain('请至少填写 1 条阶段性考核指标');
  });

  it('nothing is marked before the applicant has done anything', async () => {
    const el = await mount({ category: 'key-rd' });
    expect(root(el).querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(root(el).getElementById('gf--indicators--binding')?.getAttribute('aria-describedby')).toBe('gf--indicators--binding-hint');
  });
});
