// “The docs' rule table matches the rule files”: docs/rule-table.md is generated and must be current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot, loadCatalog } from '@guide-forms/core/node';
import { defaultYear } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { ruleTableMarkdown } from '../src/index.js';

const root = findRoot();
const catalog = loadCatalog(root);
const year = defaultYear(catalog)!;

describe('docs/rule-table.md', () => {
  it('is what the rule files say (run `node scripts/rule-table.mjs` after changing a rule)', () => {
    expect(readFileSync(join(root, 'docs', 'rule-table.md'), 'utf8')).toBe(ruleTableMarkdown(catalog, year));
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
