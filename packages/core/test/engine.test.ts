import { Engine } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { catalogStore, FormEngine } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { example, listCategories, OPEN_NOW, ROOT } from './helpers.js';

function withYear(year: number, draft: boolean): Engine {
  const catalog = loadCatalog(ROOT);
  const base = catalog.years[2022]!;
  catalog.years[year] = { ...structuredClone(base), call: { ...structuredClone(base.call), year, draft } };
  return new Engine(catalog, ajvValidators());
}

describe('Engine years', () => {
  it('defaults to the latest year that is not a draft', () => {
    expect(withYear(2023, true).latestYear()).toBe(2022);
    expect(withYear(2023, false).latestYear()).toBe(2023);
  });

  it('finds the default year once per engine, not on every check without a year', () => {
    const catalog = loadCatalog(ROOT);
    const store = catalogStore(catalog, ajvValidators());
    let asked = 0;
    const counting = {
      ...store,
      years: () => {
        asked++;
        return store.years();
      },
    };
    const engine = new FormEngine(counting);
    for (let i = 0; i < 5; i++) expect(engine.evaluate('key-rd', example('key-rd'), { now: OPEN_NOW }).year).toBe(2022);
    expect(engine.latestYear()).toBe(2022);
    expect(asked).toBe(1);
  });

  it('still evaluates a draft year when asked for it by name', () => {
    const v = withYear(2023, true).evaluate('key-rd', example('key-rd'), { year: 2023, now: OPEN_NOW });
    expect(v.year).toBe(2023);
  });

  it('refuses an unknown year, listing the known ones', () => {
    expect(() => withYear(2023, true).evaluate('key-rd', {}, { year: 2031 })).toThrow('没有 2031 年度的规则（已有：2022、2023）');
  });

  it('lists the seven categories of 2022 with their attachment titles', () => {
    const list = listCategories(2022);
    expect(list.map((c) => c.category)).toEqual([
      'challenge',
      'key-rd',
      'innovation-fund',
      'transfer',
      'regional',
      'international',
      'summary',
    ]);
    for (const c of list) {
      expect(c.title).toMatch(/表$/);
      expect(c.titleEn).not.toBe(c.category);
    }
    expect(list.map((c) => c.attachment)).toEqual(['附件1', '附件2', '附件3', '附件4', '附件5', '附件6', '附件7']);
  });
});

describe('fields the rules need filled', () => {
  const engine = withYear(2023, true);
  it('lists the marksRequired of block rules that apply to the data', () => {
    const empty = engine.requiredFields('key-rd', {});
    expect(empty).toEqual(
      expect.arrayContaining(['/classification/domain', '/declarations/ackConsultOnly', '/classification/role', '/indicators/milestones']),
    );
    expect(empty).not.toContain('/declarations/secretHandled');
    expect(empty).not.toContain('/classification/otherDomain');
  });
  it('follows the data: 涉密 needs 保密处理, 其他领域 needs its name', () => {
    const data = { declarations: { involvesSecret: true }, classification: { domain: '其他' } };
    expect(engine.requiredFields('key-rd', data)).toEqual(
      expect.arrayContaining(['/declarations/secretHandled', '/classification/otherDomain']),
    );
  });
  it('is per form: 成果转化 asks for 认定登记, 重点研发 does not', () => {
    expect(engine.requiredFields('transfer', {})).toContain('/project/contractRegistered');
    expect(engine.requiredFields('key-rd', {})).not.toContain('/project/contractRegistered');
  });
});
