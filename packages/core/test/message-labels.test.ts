// A rule message quotes a field's choice as the form labels it: in English the English label, a
// category by its attachment's name — never the stored Chinese value in an English sentence, or a slug.

import { evaluateSubmission } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, OPEN_NOW } from './helpers.js';

type Data = Record<string, Record<string, unknown>>;
const finding = (v: ReturnType<typeof evaluate>, rule: string): string => v.findings.find((f) => f.rule === rule)?.message ?? '';

describe('choices quoted in rule messages', () => {
  it('R10 in English names the kind of organisation in English', () => {
    const v = evaluate('key-rd', example('key-rd', 'fail-R10.json'), { now: OPEN_NOW, lang: 'en' });
    expect(finding(v, 'R10')).toContain('“University”');
    expect(finding(v, 'R10')).not.toMatch(/高等院校/);
    // In Chinese the stored value is the label.
    expect(finding(evaluate('key-rd', example('key-rd', 'fail-R10.json'), { now: OPEN_NOW }), 'R10')).toContain('高等院校');
  });

  it('R27 in English names who owns the results in English', () => {
    const v = evaluate('international', example('international', 'warn-R27.json'), { now: OPEN_NOW, lang: 'en' });
    expect(finding(v, 'R27')).toMatch(/Both sides/);
    expect(finding(v, 'R27')).not.toMatch(/双方共有/);
  });

  it('the routing fallback names “其他” as the form does in English', () => {
    const data = clone(example<Data>('key-rd'));
    (data.classification as Record<string, unknown>).domain = '其他';
    (data.classification as Record<string, unknown>).otherDomain = '航空航天';
    expect(finding(evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' }), 'route.fallback')).toContain('“Other”');
    expect(finding(evaluate('key-rd', data, { now: OPEN_NOW }), 'route.fallback')).toContain('“其他”');
  });

  it('a text the applicant typed is quoted as typed', () => {
    const data = clone(example<Data>('international'));
    (data.project as Record<string, unknown>).country = '中国';
    expect(finding(evaluate('international', data, { now: OPEN_NOW, lang: 'en' }), 'R37')).toContain('“中国”');
  });

  it('the pair names both attachments, not their slugs, in both languages', () => {
    const pair = { category: 'key-rd', data: example('key-rd'), summary: example('summary', 'eligible-challenge.json') };
    const zh = evaluateSubmission(pair, { now: OPEN_NOW }).findings.find((f) => f.rule === 'R3.category')?.message ?? '';
    expect(zh).toContain('附件1 “揭榜挂帅”科技攻关技术需求征集表');
    expect(zh).toContain('附件2 重点科技研发计划指南建议征集表');
    expect(zh).not.toMatch(/challenge|key-rd/);
    const en = evaluateSubmission(pair, { now: OPEN_NOW, lang: 'en' }).findings.find((f) => f.rule === 'R3.category')?.message ?? '';
    expect(en).toMatch(/Attachment 1.*Attachment 2/);
    expect(en).not.toMatch(/challenge|key-rd/);
  });

  it('the pair quotes a 单位性质 in English from the summary’s own labels', () => {
    const data = example('key-rd');
    const summary = clone(example<Data>('summary', 'eligible-key-rd.json'));
    (summary.unit as Record<string, unknown>).unitType = '高等院校';
    (summary.unit as Record<string, unknown>).reviewDept = '科学技术研究院';
    const en = evaluateSubmission({ category: 'key-rd', data, summary }, { now: OPEN_NOW, lang: 'en' }).findings;
    expect(en.find((f) => f.rule === 'R3.unitType')?.message).toMatch(/“University”.*“Enterprise”/);
  });
});
