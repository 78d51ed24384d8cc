// Issue 10, item 3: lists the notice ends with 等 or 主要 offer 其他 with a text field, required when 其他 is chosen.
import { evaluate, type Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const check = (category: string, data: unknown): Verdict => evaluate(category, data, { now: OPEN_NOW });

function withProject(category: string, file: string, fields: Record<string, unknown>): Data {
  const data = clone(example<Data>(category, file));
  Object.assign(data.project as object, fields);
  return data;
}

interface Case {
  list: string;
  category: string;
  file: string;
  choose: Record<string, unknown>;
  text: string;
  title: string;
  /** The rule that notes a choice outside a 主要 list (warn), if any. */
  warn?: string;
}

const CASES: Case[] = [
  {
    list: '附件5 合作内容类型（…交流合作平台载体建设等）',
    category: 'regional',
    file: 'eligible.json',
    choose: { coopType: ['科技成果转移转化', '其他'] },
    text: 'otherCoopType',
    title: '其他合作内容',
  },
  {
    list: '附件5 需求指向（…创新创业服务体系建设等方面）',
    category: 'regional',
    file: 'eligible.json',
    choose: { needFocus: '其他' },
    text: 'otherNeedFocus',
    title: '其他需求指向',
  },
  {
    list: '附件6 研究类型（主要征集…）',
    category: 'international',
    file: 'eligible.json',
    choose: { researchType: '其他' },
    text: 'otherResearchType',
    title: '其他研究类型',
    warn: 'R35',
  },
  {
    list: '附件3 科技惠民类别（主要征集…等惠及民生的科技创新项目）',
    category: 'innovation-fund',
    file: 'eligible-huimin.json',
    choose: { huiminType: '其他' },
    text: 'otherHuiminType',
    title: '其他惠民类别',
    warn: 'R36',
  },
];

describe('其他 with a text field, wherever the notice says 等 or 主要', () => {
  describe.each(CASES)('$list', ({ category, file, choose, text, title, warn }) => {
    it('其他 without its text is 必填 at the text field', () => {
      for (const blank of [undefined, '\u3000']) {
        const v = check(category, withProject(category, file, { ...choose, ...(blank === undefined ? {} : { [text]: blank }) }));
        expect(v.errors).toEqual([{ pointer: `/project/${text}`, keyword: 'required', message: `${title}：必填` }]);
      }
    });

    it('其他 with its text is valid and eligible', () => {
      const v = check(category, withProject(category, file, { ...choose, [text]: '联合共建中试基地' }));
      expect(v.errors).toEqual([]);
      expect(v.eligible).toBe(true);
      const noted = v.findings.filter((f) => f.rule === warn);
      expect(noted.map((f) => f.severity)).toEqual(warn ? ['warn'] : []);
    });

    it('the listed choices need no text', () => {
      const v = check(category, example(category, file));
      expect(v.errors).toEqual([]);
      expect(v.findings.map((f) => f.rule)).not.toContain(warn ?? '-');
    });
  });

  it('a 科技惠民 “其他” goes by 领域 (no department is named for it)', () => {
    const data = withProject('innovation-fund', 'eligible-huimin.json', { huiminType: '其他', otherHuiminType: '智慧养老' });
    (data.classification as Record<string, unknown>).domain = '生命健康';
    expect(check('innovation-fund', data).route?.department).toBe('社农处');
  });

  it('学术性指标 “等可考量约定”: 其他可考量约定 alone satisfies R13', () => {
    const data = clone(example<Data>('key-rd'));
    (data.indicators as Record<string, unknown>).academic = { otherAcademic: '主持制定行业标准 1 项' };
    expect(check('key-rd', data).findings.map((f) => f.rule)).not.toContain('R13');
    (data.indicators as Record<string, unknown>).academic = { otherAcademic: '  ' };
    expect(check('key-rd', data).findings.map((f) => f.rule)).toContain('R13');
  });

  it('约束性指标 “等指标”: 其他约束性指标 is an optional text beside the five', () => {
    const data = clone(example<Data>('key-rd'));
    ((data.indicators as Record<string, Record<string, unknown>>).binding as Record<string, unknown>).otherBinding = '新增专利申请 5 项';
    expect(check('key-rd', data).ok).toBe(true);
  });
});
