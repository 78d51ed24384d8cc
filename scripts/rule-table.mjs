// Writes docs/rule-table.md from the rule files of the latest year (`--check`: exit 1 when the
// committed file differs). Run after changing rules/<year>/*.rules.json; `npm run build:ts` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleTableMarkdown } from '@guide-forms/cli';
import { findRoot, loadCatalog } from '@guide-forms/core/node';
import { defaultYear } from '@guide-forms/core/tooling';

const root = findRoot();
const catalog = loadCatalog(root);
const year = defaultYear(catalog);
const file = join(root, 'docs', 'rule-table.md');
const text = ruleTableMarkdown(catalog, year);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`docs/rule-table.md 与 rules/${year}/ 不一致：请运行 node scripts/rule-table.mjs`);
    process.exit(1);
  }
  console.log(`docs/rule-table.md is current (${year})`);
} else {
  writeFileSync(file, text);
  console.log(`written: docs/rule-table.md (${year})`);
}
