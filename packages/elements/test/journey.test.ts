import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GuideForm } from '../src/index.js';
import { control, ELIGIBLE, mount, root, type } from './setup.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const all = (el: GuideForm, selector: string): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>(selector)];
const submit = async (el: GuideForm): Promise<void> => {
  (root(el).querySelector('.actions button.primary') as HTMLButtonElement).click();
  await el.updateComplete;
};

describe('nothing red before the applicant has done anything (issue 11)', () => {
  it('an untouched form shows no error, no invalid control and a neutral panel', async () => {
    const el = await mount({ category: 'key-rd' });
    expect(all(el, '.messages, .error-summary, [aria-invalid="true"], .finding')).toEqual([]);
    expect(root(el).querySelector('.panel .none')?.textContent).toContain('开始填写后');
    expect(all(el, '.req').length).toBeGreaterThan(10); // what is needed shows, neutrally
  });

  it('a value the host sets is not “touched”, yet a clean verdict on it is said; hidden findings stay neutral', async () => {
    const clean = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    expect(all(clean, '.messages, .finding, [aria-invalid="true"]')).toEqual([]);
    expect(root(clean).querySelector('.panel .none')?.textContent).toContain('未发现不符合通知要求的情形');
    clean.remove();
    const over = structuredClone(ELIGIBLE['key-rd']) as { project: { totalRdInvestment: number } };
    over.project.totalRdInvestment = 150;
    const held = await mount({ category: 'key-rd' }, { value: over });
    expect(held.verdict?.findings.map((f) => f.rule)).toContain('R14');
    expect(all(held, '.finding')).toEqual([]);
    expect(root(held).querySelector('.panel .none')?.textContent).toContain('开始填写后');
  });

  it('a field’s error appears once it is left; a finding once its fields are left; everything after 提交', async () => {
    const el = await mount({ category: 'key-rd' });
    await type(el, '/unit/creditCode', '91210200MA0QCWF8');
    expect(all(el, '.messages li').map((li) => li.textContent)).toEqual(['统一社会信用代码：至少 18 个字']);
    expect(all(el, '.panel .finding')).toEqual([]);
    await type(el, '/project/totalRdInvestment', '150');
    expect(all(el, '.panel .finding').map((f) => f.dataset.rule)).toEqual(['R14']);
    await submit(el);
    expect(all(el, '.panel .finding').length).toBeGreaterThan(3);
    expect(all(el, '[aria-invalid="true"]').length).toBeGreaterThan(5);
  });

  it('one message per mistake in the form too: R12 does not repeat the rows’ own errors', async () => {
    const data = structuredClone(ELIGIBLE['key-rd']) as { indicators: { milestones: Record<string, unknown>[] } };
    (data.indicators.milestones[0] as Record<string, unknown>).target = '很多';
    const el = await mount({ category: 'key-rd' }, { value: data });
    await submit(el);
    const texts = all(el, '.error-summary li').map((li) => li.textContent?.trim());
    expect(texts).toEqual(['阶段性考核指标 第 1 条 · 目标值：请只填写数字，如 200 或 12.5']);
    expect(root(el).textContent).not.toContain('请至少填写 1 条阶段性考核指标');
  });
});

describe('errors in page order (issue 11)', () => {
  it('the summary lists schema errors and rule findings together, in the order of the fields', async () => {
    const el = await mount({ category: 'key-rd' });
    await submit(el);
    const targets = all(el, '.error-summary a').map((a) => (a.getAttribute('href') as string).slice(1));
    const onPage = all(el, '.body [id]').map((n) => n.id);
    const positions = targets.map((id) => onPage.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const texts = all(el, '.error-summary li').map((li) => li.textContent?.trim() ?? '');
    // 所属领域 (R6, a rule) comes before 名称 (a schema error further down), not after every schema error.
    expect(texts.findIndex((t) => t.includes('所属领域'))).toBeLessThan(texts.findIndex((t) => t.startsWith('名称')));
  });

  it('a closed window comes first, as the top of the form shows it', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'], now: '2021-11-11T00:00:00+08:00' });
    await submit(el);
    expect(all(el, '.error-summary li')[0]?.textContent).toContain('截止');
  });
});

describe('what matters first (issue 11)', () => {
  it('the window, the way to submit and — once known — the division and phone sit right under the title', async () => {
    const el = await mount({ category: 'key-rd' });
    const top = root(el).querySelector('.header + .essentials') as HTMLElement;
    expect(top.querySelector('.window')?.textContent).toMatch(/报送时间.*征集进行中/);
    const how = top.querySelector('details.how') as HTMLDetailsElement;
    expect(how.querySelector('summary')?.textContent).toBe('如何提交：大连市科技项目管理信息平台');
    expect(how.querySelectorAll('ol li')).toHaveLength(4);
    expect(how.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:18340837680');
    expect(top.querySelector('.route')?.textContent).toContain('选择所属领域后');
    const domain = control<HTMLSelectElement>(el, '/classification/domain');
    domain.selectedIndex = 1;
    domain.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(top.querySelector('.route a[href^="tel:"]')).not.toBeNull();
  });

  it('the element’s header is not a second banner landmark', async () => {
    const el = await mount({ category: 'key-rd' });
    expect(root(el).querySelector('header')).toBeNull();
    expect(root(el).querySelector('.header h1')).not.toBeNull();
  });
});

describe('a map and a review (issue 11)', () => {
  it('the section map lists every section with its state, and its links move focus there', async () => {
    const el = await mount({ category: 'key-rd' });
    const nav = root(el).querySelector('nav.toc') as HTMLElement;
    const items = () => all(el, 'nav.toc li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items()[0]).toBe('单位信息 未填写');
    // What the form fills in itself (the category's const) is not the applicant's answer: every section is untouched.
    expect(all(el, 'nav.toc .toc-state').map((s) => s.textContent)).toEqual(items().map(() => '未填写'));
    await type(el, '/unit/unitName', '大连测试有限公司');
    expect(items()[0]).toBe('单位信息 填写中');
    await type(el, '/unit/creditCode', '123');
    expect(items()[0]).toBe('单位信息 1 处需修改');
    (nav.querySelector('a') as HTMLAnchorElement).click();
    expect(root(el).activeElement?.id).toBe('gf--unit');

    const full = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    expect(all(full, 'nav.toc .toc-state').every((s) => s.textContent === '已完成')).toBe(true);
  });

  it('the map is sticky beside the form on a wide screen', async () => {
    const el = await mount({ category: 'key-rd' });
    el.style.width = '1200px';
    await el.updateComplete;
    expect(getComputedStyle(root(el).querySelector('nav.toc') as HTMLElement).position).toBe('sticky');
    el.style.width = '360px';
    expect(getComputedStyle(root(el).querySelector('nav.toc') as HTMLElement).position).toBe('static');
  });

  it('提交 on an ok form shows every answer with a 修改 link; 修改 goes back to the field; 确认提交 submits', async () => {
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    let submitted = 0;
    el.addEventListener('guide-form-submit', () => submitted++);
    await submit(el);
    expect(submitted).toBe(0);
    const review = root(el).querySelector('.review') as HTMLElement;
    expect(root(el).activeElement?.id).toBe('gf-review-title');
    expect(review.textContent).toContain('提交前请核对填写内容');
    const row = all(el, '.answer').find((a) => a.querySelector('dt')?.textContent === '项目总研发投入') as HTMLElement;
    expect(row.querySelector('.value')?.textContent).toBe('680 万元');
    expect(all(el, '.answer dt').some((dt) => dt.textContent === '阶段性考核指标 第 1 条 · 节点时间')).toBe(true);
    expect(all(el, '.answer .value').some((v) => v.textContent === '2022 年 12 月')).toBe(true);
    const change = row.querySelector('.change a') as HTMLAnchorElement;
    expect(change.textContent).toBe('修改 项目总研发投入');
    change.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('.review')).toBeNull();
    expect(root(el).activeElement).toBe(control(el, '/project/totalRdInvestment'));
    await submit(el);
    (root(el).querySelector('.review button.confirm') as HTMLButtonElement).click();
    expect(submitted).toBe(1);
  });
});

describe('附件7 hand-over (issue 11)', () => {
  it('moves focus to the new form’s heading and scrolls there', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    const el = await mount({ category: 'key-rd' }, { value: ELIGIBLE['key-rd'] });
    el.addEventListener('guide-form-summary', (e) => {
      el.category = 'summary';
      void el.updateComplete.then(() => {
        el.value = e.detail.value;
      });
    });
    const button = all(el, '.actions button').find((b) => b.textContent?.includes('附件7')) as HTMLButtonElement;
    button.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const heading = root(el).querySelector('h1') as HTMLElement;
    expect(heading.textContent).toContain('指南凝练信息表');
    expect(root(el).activeElement).toBe(heading);
    const box = heading.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(window.innerHeight);
  });
});
