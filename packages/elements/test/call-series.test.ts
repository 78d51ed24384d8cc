// <guide-form call="yichang">: a second city's call, from calls/yichang/, in the same element —
// its own form and rules, the window without a closing date, the recommending unit as the route.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { devSource } from '../src/dev-source.js';
import type { GuideForm } from '../src/index.js';
import { setFormSource } from '../src/index.js';
import { mount, root } from './setup.js';

const ELIGIBLE = import.meta.glob('/calls/yichang/forms/jiebang/examples/eligible.json', { eager: true, import: 'default' })[
  '/calls/yichang/forms/jiebang/examples/eligible.json'
] as Record<string, Record<string, unknown>>;
const NOW = '2022-08-01T10:00:00+08:00';

beforeAll(() => {
  setFormSource(devSource());
});
afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

const text = (el: GuideForm, selector: string): string => root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<guide-form call="yichang">', () => {
  it('renders Yichang’s 需求表 and judges it by Yichang’s rules', async () => {
    const el = await mount({ call: 'yichang', category: 'jiebang' }, { value: ELIGIBLE, now: NOW });
    expect(text(el, 'h1, h2')).toContain('2022年宜昌市揭榜制科技项目需求表');
    expect(el.verdict?.ok).toBe(true);
    expect(text(el, '.essentials .window')).toContain('通知未规定截止日期');
    expect(text(el, '.essentials .route')).toContain('推荐单位');
    expect(text(el, '.essentials .route')).toContain('夷陵区科技（和经信）局');
    expect(text(el, '.essentials .route')).not.toContain('电话'); // the notice gives the units no phone
  });

  it('says the band, the required and the actual ratio when R&D intensity is short', async () => {
    const data = structuredClone(ELIGIBLE);
    data.finance = { revenue: 8600, rdSpending: 343.99 };
    const el = await mount({ call: 'yichang', category: 'jiebang' }, { value: data, now: NOW });
    const r2 = el.verdict?.findings.find((f) => f.rule === 'R2');
    expect(r2?.message).toContain('比例为 3.99%');
    expect(r2?.message).toContain('销售收入在5000万元至2亿元的企业比例不低于 4%');
  });

  it('asks for the recommending unit before it knows the route', async () => {
    const el = await mount({ call: 'yichang', category: 'jiebang' }, { now: NOW });
    expect(text(el, '.essentials .route')).toContain('选择推荐单位后');
  });

  it('keeps Dalian the default, and names an unknown series', async () => {
    const dalian = await mount({ category: 'key-rd' });
    expect(text(dalian, 'h1, h2')).toContain('重点科技研发计划');
    const unknown = await mount({ call: 'wuhan', category: 'jiebang' });
    expect(root(unknown).textContent).toContain('没有名为 "wuhan" 的征集系列');
  });
});
