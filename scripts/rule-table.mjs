// Writes docs/rule-table.md from the rule files of every call series — Dalian's rules/<year>/ and each
// calls/<series>/rules/<year>/, every published year, a section each (`--check`: exit 1 when the
// committed file differs). Run after changing any *.rules.json; `npm run build:ts` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTablesMarkdown, seriesTables } from '@guide-forms/cli';
import { findRoot } from '@guide-forms/core/node';

const root = findRoot();
const file = join(root, 'docs', 'rule-table.md');
const series = seriesTables(root);
const text = ruleTablesMarkdown(series);
const listed = series.map((s) => `${s.call} ${s.years.join(', ')}`).join('; ');
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`docs/rule-table.md 与规则文件不一致（${listed}）：请运行 node scripts/rule-table.mjs`);
    process.exit(1);
  }
  console.log(`docs/rule-table.md is current (${listed})`);
} else {
  writeFileSync(file, text);
  console.log(`written: docs/rule-table.md (${listed})`);
}
