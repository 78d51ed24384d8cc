// Yichang 2022 揭榜制 (calls/yichang/), through the public entry with { call: 'yichang' }: the
// tiered R&D-intensity rule at every band edge, revenue 0, the open window and the route.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, getForm, listCategories } from '@guide-forms/core/node';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const NOW = '2022-08-01T10:00:00+08:00';
const ELIGIBLE = JSON.parse(readFileSync(join(ROOT, 'calls/yichang/forms/jiebang/examples/eligible.json'), 'utf8'));
const judge = (revenue: number, rdSpending: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  evaluate('jiebang', { ...ELIGIBLE, finance: { revenue, rdSpending } }, { call: 'yichang', year: 2022, now: NOW, lang });
const blocking = (revenue: number, rdSpending: number) =>
  judge(revenue, rdSpending)
    .findings.filter((f) => f.severity === 'block')
    .map((f) => f.rule);

describe('Yichang 2022 jiebang, by the module-level API', () => {
  it('lists the series’ own category and form', () => {
    expect(listCategories(2022, 'yichang').map((c) => c.category)).toEqual(['jiebang']);
    expect(getForm('jiebang', 2022, 'yichang').call.window.closes).toBeNull();
    expect(listCategories(2022).map((c) => c.category)).not.toContain('jiebang'); // Dalian stays the default
  });

  it.each([
    // revenue (万元), R&D (万元), blocked by R2?
    [4999.99, 249.99, true], // 4.99980% < 5%
    [4999.99, 250, false], // 5.00001%
    [4000, 199.99, true],
    [4000, 200, false], // exactly 5%
    [4000, 200.01, false],
    [87, 4.35, false], // exactly 5%, not 4.999…% as the double's arithmetic says
    [5000, 199.99, true], // 5000 is the middle band: 3.9998% < 4%
    [5000, 200, false], // exactly 4%
    [19999.99, 799.99, true], // still the middle band
    [19999.99, 800, false],
    [20000, 599.99, true], // 2亿元 itself is the 3% band
    [20000, 600, false], // exactly 3%
    [20000.01, 600.01, false],
  ])('revenue %s, R&D %s → blocked: %s', (revenue, rd, blocked) => {
    expect(blocking(revenue, rd).includes('R2')).toBe(blocked);
  });

  it('says the band, the required and the actual percentage, in both languages', () => {
    const zh = judge(5000, 199.99).findings.find((f) => f.rule === 'R2')?.message;
    expect(zh).toBe(
      '上年度研发投入占销售收入的比例为 3.99%，未达到高新技术企业研发投入强度要求：销售收入在5000万元至2亿元的企业比例不低于 4%（上年度销售收入 5000 万元，研发投入 199.99 万元）',
    );
    const en = judge(20000, 599.99, 'en').findings.find((f) => f.rule === 'R2')?.message;
    expect(en).toContain('2.99% of sales revenue');
    expect(en).toContain('revenue of 200 million CNY or more needs at least 3%');
    expect(judge(4999.99, 200).findings.find((f) => f.rule === 'R2')?.message).toContain('销售收入小于5000万元的企业比例不低于 5%');
  });

  it('revenue 0: one clear message, never a division by zero', () => {
    const v = judge(0, 120);
    expect(v.findings.map((f) => f.rule)).toEqual(['R2.revenue']);
    expect(v.findings[0]?.message).toContain('上年度销售收入为 0 万元，无法计算研发投入占销售收入的比例');
    expect(v.eligible).toBe(false);
  });

  it('warns over three years, and routes to the unit the applicant chose', () => {
    const v = evaluate('jiebang', { ...ELIGIBLE, demand: { ...ELIGIBLE.demand, durationMonths: 37 } }, { call: 'yichang', now: NOW });
    expect(v.findings.map((f) => [f.rule, f.severity])).toEqual([['R4', 'warn']]);
    expect(v.ok).toBe(true);
    expect(v.route).toEqual({ department: '夷陵区科技（和经信）局', phone: '', submission: 'recommended' });
    expect(v.window).toMatchObject({ state: 'open', closes: null });
  });
});
