// Per-notice text lives in the data (call.json, the summary schema), never in code: another
// city's call changes these by editing files.
import { Engine, GuideFormsError } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import {
  compileRouting,
  copyTable,
  pairsWithSummary,
  prefillFrom,
  route,
  summaryCategory,
  windowState,
  zoneName,
} from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { getForm, ROOT, YEAR } from './helpers.js';

const call = loadCatalog(ROOT).years[YEAR]!.call;

function thrown(run: () => unknown): GuideFormsError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuideFormsError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('the time zone the applicant reads comes from call.json', () => {
  it('+08:00 is 北京时间 / Beijing time', () => {
    expect(zoneName(call, 'zh-CN')).toBe('北京时间');
    expect(zoneName(call, 'en')).toBe('Beijing time');
    expect(windowState(call, new Date('2021-10-19T12:00:00+08:00'), 'zh-CN').message).toContain('（北京时间，含首尾两天）');
  });

  it('another offset is named by it, and window.zoneName wins over both', () => {
    const tokyo = { ...call, window: { ...call.window, utcOffset: '+09:00' } };
    expect(zoneName(tokyo, 'zh-CN')).toBe('UTC+09:00');
    expect(windowState(tokyo, new Date('2021-11-01T12:00:00+09:00'), 'en').message).toBe(
      'The call is open until the end of 2021-11-10 (UTC+09:00).',
    );
    const named = { ...call, window: { ...call.window, zoneName: { 'zh-CN': '当地时间', en: 'local time' } } };
    expect(windowState(named, new Date('2021-11-01T12:00:00+08:00'), 'zh-CN').message).toBe(
      '征集进行中：2021-11-10 23:59 截止（当地时间）',
    );
    expect(windowState(named, new Date('2021-10-01T12:00:00+08:00'), 'en').message).toContain('(local time, both days included)');
  });
});

describe('the routing fallback cites the clause call.json gives', () => {
  const data = { unit: { unitType: '企业' }, classification: { domain: '其他' } };

  it('2022: the notice’s wording', () => {
    const { finding } = route(compileRouting(call), data, 'zh-CN');
    expect(finding?.clause).toBe('按领域提交至市科技局相关业务处室');
    expect(finding?.clause).toBe(call.routing.fallback?.clause);
  });

  it('another notice: its own wording, no code change', () => {
    const other = {
      ...call,
      routing: {
        ...call.routing,
        fallback: { ...(call.routing.fallback as NonNullable<typeof call.routing.fallback>), clause: '按领域报送相关处室' },
      },
    };
    expect(route(compileRouting(other), data, 'en').finding?.clause).toBe('按领域报送相关处室');
  });
});

describe('the pair is data: call.json names the summary', () => {
  it('summaryCategory and pairsWithSummary read call.json’s pair', () => {
    expect(summaryCategory(call)).toBe('summary');
    expect(pairsWithSummary(call, 'key-rd')).toBe(true);
    expect(pairsWithSummary(call, 'summary')).toBe(false);
    expect(pairsWithSummary(call, 'not-open')).toBe(false);
    const unpaired = { ...call, pair: undefined };
    expect(summaryCategory(unpaired)).toBeUndefined();
    expect(pairsWithSummary(unpaired, 'key-rd')).toBe(false);
    expect(summaryCategory({ ...call, pair: { summary: 'not-open' } })).toBeUndefined();
  });

  it('a call that pairs another category makes it the summary, for the engine too', () => {
    const catalog = loadCatalog(ROOT);
    catalog.years[YEAR]!.call.pair = { summary: 'transfer' };
    delete catalog.years[YEAR]!.rules.pair;
    const engine = new Engine(catalog, ajvValidators());
    expect(engine.pairRules(YEAR).summary).toBe('transfer');
    expect(thrown(() => engine.evaluateSubmission({ category: 'transfer', data: {}, summary: {} }, { year: YEAR })).code).toBe(
      'pair-category',
    );
  });
});

describe('the 附件7 copy table is the summary schema’s x-copy-from', () => {
  const summary = getForm('summary').schema;
  const source = {
    unit: { unitName: '大连理工大学', unitType: '高等院校' },
    classification: { category: 'innovation-fund', domain: '智能制造', keywords: ['a', 'b'], otherDomain: '' },
    content: { title: '题目', background: '不复制' },
    project: { subtype: '科技惠民', huiminType: '软科学研究', durationMonths: 24 },
    declarations: { ackConsultOnly: true, involvesSecret: null },
  };

  it('copies what the table names, sets the summary’s own category, and nothing else', () => {
    expect(prefillFrom(summary, source)).toEqual({
      unit: { unitName: '大连理工大学', unitType: '高等院校' },
      classification: { category: 'summary', domain: '智能制造', keywords: ['a', 'b'] },
      linked: { category: 'innovation-fund', subtype: '科技惠民', huiminType: '软科学研究', suggestionTitle: '题目' },
      project: { durationMonths: 24 },
      declarations: { ackConsultOnly: true },
    });
  });

  it('a copy is a copy: changing it does not change the suggestion form', () => {
    const out = prefillFrom(summary, source) as { unit: { unitName: string } };
    out.unit.unitName = 'x';
    expect(source.unit.unitName).toBe('大连理工大学');
  });

  it('the table lists every field the 2022 summary took over', () => {
    expect(copyTable(summary).map(([to]) => to)).toContain('/linked/suggestionTitle');
    // 属于高新区发展专项 decides the office (区域处) as the sub-programme does: copied, and compared (R3.highTechZone).
    expect(copyTable(summary)).toContainEqual(['/linked/highTechZone', '/classification/highTechZone']);
    expect(copyTable(summary)).toHaveLength(14);
  });

  it.each([
    [['/a', '/b'], '/x-copy-from'],
    [{ '/linked/x': 3 }, '/x-copy-from/~1linked~1x'],
    [{ 'linked/x': '/a' }, '/x-copy-from/linked~1x'],
    [{ '/__proto__/x': '/a' }, '/x-copy-from/~1__proto__~1x'],
    [{ '/a': '/constructor/prototype' }, '/x-copy-from/~1a'],
  ])('a malformed table (%j) is an error at %s', (table, pointer) => {
    const error = thrown(() => copyTable({ 'x-copy-from': table } as never, 'forms/summary/schema.json'));
    expect(error.code).toBe('bad-copy-table');
    expect(error.file).toBe('forms/summary/schema.json');
    expect(error.pointer).toBe(pointer);
  });
});
