import { getPointer } from '@guide-forms/core/tooling';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ELIGIBLE, mount } from './setup.js';

afterEach(() => document.body.replaceChildren());

/** The key-rd example, trimmed so typing it takes seconds: one row per list. */
function target(): Record<string, unknown> {
  const data = structuredClone(ELIGIBLE['key-rd']) as Record<string, Record<string, unknown>>;
  const indicators = data.indicators as { milestones: unknown[] };
  indicators.milestones = indicators.milestones.slice(0, 1);
  (data.project as { partners: unknown[] }).partners = (data.project as { partners: unknown[] }).partners.slice(0, 1);
  (data.classification as { keywords: string[] }).keywords = ['智能焊接', '机器视觉'];
  // A checkbox left alone is absent, not false: there is no keystroke for “unchecked on purpose”.
  delete data.unit?.isStartup;
  delete data.declarations?.involvesSecret;
  return data;
}

function focused(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

const labelOf = (input: HTMLInputElement | HTMLOptionElement): string =>
  ((input instanceof HTMLOptionElement ? input.textContent : input.parentElement?.textContent) ?? '').trim();

describe('keyboard only', () => {
  it('key-rd can be completed and submitted with Tab, typing, arrows, Space and Enter', async () => {
    const goal = target();
    const el = await mount({ category: 'key-rd' });
    let submitted: unknown = null;
    el.addEventListener('guide-form-submit', (e) => {
      submitted = e.detail.value;
    });
    const before = document.createElement('button');
    before.textContent = 'start';
    el.before(before);
    before.focus();

    for (let step = 0; step < 800 && submitted === null; step++) {
      await userEvent.tab();
      await el.updateComplete;
      const at = focused();
      if (!at || at === before) continue;
      const pointer = at.dataset.pointer;
      if (at.matches('button.confirm')) {
        // “Check your answers”: 确认提交 really submits.
        await userEvent.keyboard('{Enter}');
        break;
      }
      if (at.matches('button.primary')) {
        // 提交 opens the review; focus moves to its heading and Tab goes on through the 修改 links.
        await userEvent.keyboard('{Enter}');
        await el.updateComplete;
        continue;
      }
      if (!pointer) continue;
      const want = getPointer(goal, pointer);
      const have = getPointer(el.value, pointer);
      if (at.matches('button[data-op="add"]')) {
        if ((Array.isArray(want) ? want.length : 0) > (Array.isArray(have) ? have.length : 0)) {
          await userEvent.keyboard('{Enter}');
          await el.updateComplete;
          // Focus moved into the new row: step back so the loop's Tab lands on its first field.
          await userEvent.tab({ shift: true });
        }
        continue;
      }
      if (want === undefined) continue;
      if (at instanceof HTMLInputElement && at.type === 'radio') {
        const group = [...(at.getRootNode() as ShadowRoot).querySelectorAll<HTMLInputElement>(`input[name="${at.name}"]`)];
        const to = group.findIndex((r) => labelOf(r) === String(want));
        const from = group.indexOf(at);
        if (to === from) await userEvent.keyboard('{ }');
        for (let i = from; i < to; i++) await userEvent.keyboard('{ArrowRight}');
      } else if (at instanceof HTMLInputElement && at.type === 'checkbox') {
        if (at.checked !== want) await userEvent.keyboard('{ }');
      } else if (at instanceof HTMLSelectElement) {
        const to = [...at.options].findIndex((o) => labelOf(o) === String(want));
        for (let i = at.selectedIndex; i < to; i++) await userEvent.keyboard('{ArrowDown}');
      } else if (at instanceof HTMLInputElement && at.dataset.part === 'year') {
        // 年 then Tab then 月, as typed on paper: 2023, 6.
        const [y, m] = String(want).split('-');
        if (have !== want) await userEvent.keyboard(`${y}{Tab}${Number(m)}`);
      } else if (at instanceof HTMLInputElement || at instanceof HTMLTextAreaElement) {
        if (have !== want) await userEvent.keyboard(String(want));
      }
      await el.updateComplete;
    }
    expect(el.verdict?.errors).toEqual([]);
    expect(el.value).toEqual(goal);
    expect(submitted).toEqual(goal);
  }, 120_000);
});
