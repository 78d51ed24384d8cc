import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GuideForm } from '../src/index.js';
import { control, ELIGIBLE, mount, root } from './setup.js';

// Issues: the summary was role="alert" and redrawn on every key (a screen reader may read it all
// again); a host-form submission blocked only by the closed window focused nothing and its heading
// said “有 1 处需要修改” though there is nothing to fix.

afterEach(() => document.body.replaceChildren());

const CLOSED = '2021-11-11T10:00:00+08:00';
const live = (el: GuideForm): Element[] => [...root(el).querySelectorAll('[role=alert], [role=status], [aria-live]')];

describe('the error summary is read when focused, not while typing', () => {
  it('is no live region and sits in none; a polite status says only when the count changes', async () => {
    const el = await mount({ category: 'key-rd' });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary') as HTMLElement;
    expect(root(el).activeElement).toBe(summary);
    expect(live(el).some((r) => r === summary || r.contains(summary))).toBe(false);
    const status = root(el).querySelector('.error-summary + [role=status]') as HTMLElement;
    expect(status.textContent).toBe('');
    const before = summary.querySelectorAll('li').length;

    const unit = control(el, '/unit/unitName');
    unit.focus();
    await userEvent.keyboard('大连');
    await el.updateComplete;
    const after = summary.querySelectorAll('li').length;
    expect(after).toBeLessThan(before);
    expect(status.textContent).toBe(`还有 ${after} 处需要修改`);

    // Typing on without changing the count: nothing changes inside any live region.
    const changed: Node[] = [];
    const watch = new MutationObserver((records) => changed.push(...records.map((r) => r.target)));
    watch.observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
    await userEvent.keyboard('市');
    await el.updateComplete;
    watch.disconnect();
    expect(changed.length).toBeGreaterThan(0);
    const inLive = changed.filter((n) => live(el).some((r) => r.contains(n)));
    expect(inLive).toEqual([]);
  });

  it('after a host form is blocked only by the closed window, focus goes to the summary, headed as not a mistake', async () => {
    const form = document.createElement('form');
    form.addEventListener('submit', (e) => e.preventDefault());
    document.body.append(form);
    const el = await mount({ category: 'key-rd', name: 'suggestion' }, { value: ELIGIBLE['key-rd'], now: CLOSED }, form);
    const button = document.createElement('button');
    form.append(button);
    button.focus();
    form.requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary') as HTMLElement;
    expect(document.activeElement).toBe(el);
    expect(root(el).activeElement).toBe(summary);
    expect(summary.querySelector('h2')?.textContent).toBe('现在不能提交');
    expect(summary.textContent).not.toContain('点击下列各项可跳转'); // nothing there to go to
    expect(summary.textContent).toContain('2021-11-10');
  });

  it('a closed window and mistakes: the heading counts only the mistakes', async () => {
    const el = await mount({ category: 'key-rd' }, { now: CLOSED });
    (root(el).querySelector('button.primary') as HTMLButtonElement).click();
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary') as HTMLElement;
    const n = summary.querySelectorAll('li').length - 1;
    expect(summary.querySelector('h2')?.textContent).toBe(`现在不能提交；另有 ${n} 处需要修改`);
  });
});
