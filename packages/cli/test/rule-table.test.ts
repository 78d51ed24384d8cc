// “The docs' rule table matches the rule files”: docs/rule-table.md is generated, a section per call
// series and year, and must be current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot, loadCatalog } from '@guide-forms/core/node';
import { defaultYear } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { listedYears, ruleTableMarkdown, ruleTablesMarkdown, seriesTables } from '../src/index.js';

const root = findRoot();
const catalog = loadCatalog(root);
const year = defaultYear(catalog)!;

describe('docs/rule-table.md', () => {
  it('is what the rule files of every call series say (run `node scripts/rule-table.mjs` after changing a rule)', () => {
    expect(readFileSync(join(root, 'docs', 'rule-table.md'), 'utf8')).toBe(ruleTablesMarkdown(seriesTables(root)));
  });

  it('has a section per call series and year, each listed at the top with its call’s title, Dalian first', () => {
    const text = ruleTablesMarkdown(seriesTables(root));
    const sections = text.split('\n').filter((line) => line.startsWith('## '));
    expect(sections).toEqual(['## dalian · 2022', '## yichang · 2022']);
    expect(text).toContain('- [yichang · 2022](#yichang--2022) — 市科技局关于征集2022年度揭榜制科技项目需求的通知');
    // Dalian's tables are the single-year table's, one heading level down.
    expect(text).toContain(ruleTableMarkdown(catalog, year).split('\n').slice(8).join('\n').replace(/^## /gm, '### '));
  });

  it('lists Yichang’s rules under its own files: the tiered R2 with its clause, R4 a warning', () => {
    const text = ruleTablesMarkdown(seriesTables(root));
    const yichang = text.slice(text.indexOf('## yichang · 2022'));
    expect(yichang).toContain('### `calls/yichang/rules/2022/jiebang.rules.json`');
    const row = (id: string) => yichang.split('\n').find((line) => line.startsWith(`| ${id} |`));
    expect(row('R2')).toContain('| `jiebang` | block 拦截 | 研发投入占销售收入的比例达到高新技术企业要求 |');
    expect(row('R2')).toContain('销售收入小于5000万元的企业比例不低于5%');
    expect(row('R4')).toContain('| warn 提示 |');
    expect(row('R4')).toContain('揭榜制项目实施周期原则上不超过三年');
    // No Dalian rule in Yichang's section.
    expect(yichang).not.toContain('rules/2022/common.rules.json');
  });

  it('lists every published year newest first, and leaves out a draft', () => {
    const next = structuredClone(catalog);
    const entry = structuredClone(next.years[year]!);
    next.years[year + 1] = { ...entry, call: { ...entry.call, year: year + 1, draft: true } };
    expect(listedYears(next)).toEqual([year]);
    next.years[year + 1] = { ...entry, call: { ...entry.call, year: year + 1 } };
    expect(listedYears(next)).toEqual([year + 1, year]);
    const text = ruleTablesMarkdown([{ call: 'dalian', rulesDir: 'rules', catalog: next, years: listedYears(next) }]);
    expect(text.indexOf(`## dalian · ${year + 1}`)).toBeLessThan(text.indexOf(`## dalian · ${year}`));
    expect(text).toContain(`### \`rules/${year + 1}/common.rules.json\``);
  });

  it('has one row per rule, with its severity and its clause, retired rules marked', () => {
    const text = ruleTableMarkdown(catalog, year);
    for (const file of Object.values(catalog.years[year]!.rules)) {
      for (const rule of file.rules) {
        const row = text.split('\n').find((line) => line.startsWith(`| ${rule.id} |`) && line.includes(rule.clause.replace(/\|/g, '\\|')));
        expect(row, rule.id).toBeDefined();
        expect(row).toContain(rule.severity);
        if (rule.retired) expect(row).toContain('（已停用）');
      }
    }
  });

  it('changes when a rule’s severity changes', () => {
    const edited = structuredClone(catalog);
    const r26 = edited.years[year]!.rules.international!.rules.find((r) => r.id === 'R26')!;
    r26.severity = r26.severity === 'block' ? 'warn' : 'block';
    expect(ruleTableMarkdown(edited, year)).not.toBe(ruleTableMarkdown(catalog, year));
  });
});
