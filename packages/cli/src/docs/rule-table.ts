import type { Catalog, Rule } from '@guide-forms/core/node';

const SEVERITY = { block: 'block 拦截', warn: 'warn 提示', info: 'info 标记' } as const;

/** Markdown table cells cannot hold `|` or line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function appliesTo(file: string, rule: Rule, categories: readonly string[]): string {
  if (file !== 'common') return `\`${file}\``;
  const list = rule.appliesTo ?? categories;
  return list.map((c) => `\`${c}\``).join(' ');
}

/** The severity line every rule table starts with: how a notice's words map to a severity. */
export const SEVERITY_NOTE = [
  '严重程度按通知用词：“须、应、不得、以上、不予受理”拦截（block）；“原则上、主要、等”提示（warn）；“重点支持”等标记（info）。',
  '逐条的用词审查见 [decisions.md](decisions.md)。Severity follows the notice’s words; the per-rule audit is in decisions.md.',
];

/**
 * The tables of one year, one per rule file — common first, then the forms in the call's order,
 * then any other file (the pair rules) — each under a heading of `level` naming the file as
 * `<rulesDir>/<year>/<file>.rules.json` (`rules`, or `calls/yichang/rules` for another series).
 */
export function yearTables(catalog: Catalog, year: number, rulesDir = 'rules', level = '##'): string[] {
  const entry = catalog.years[year];
  if (!entry) throw new Error(`${rulesDir}/${year}/ 不存在`);
  const categories = entry.call.categories;
  const forms = categories.filter((c) => entry.rules[c]);
  const rest = Object.keys(entry.rules)
    .filter((f) => f !== 'common' && !forms.includes(f))
    .sort();
  const lines: string[] = [];
  for (const file of ['common', ...forms, ...rest]) {
    const rules = entry.rules[file]?.rules ?? [];
    if (!rules.length) continue;
    lines.push(
      `${level} \`${rulesDir}/${year}/${file}.rules.json\``,
      '',
      '| 编号 | 表单 | 严重程度 | 规则 | 通知原文 | 章节 |',
      '|---|---|---|---|---|---|',
    );
    for (const rule of rules) {
      const title = rule.retired ? `（已停用）${rule.title['zh-CN']}` : rule.title['zh-CN'];
      lines.push(
        `| ${rule.id} | ${appliesTo(file, rule, categories)} | ${SEVERITY[rule.severity]} | ${cell(title)} | ${cell(rule.clause)} | ${cell(rule.section ?? '')} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

/**
 * The rule table of one year of one series as Markdown: every rule of every rule file — id, the
 * forms it applies to, severity, title and the notice's clause — in file order, retired rules
 * marked. `docs/rule-table.md` holds one such section per call series and year (see
 * {@link ruleTablesMarkdown}), kept current by a test, so the documentation never drifts from the rule files.
 *
 * @example
 * ruleTableMarkdown(loadCatalog(root), 2022).includes('| R14 | `key-rd` | block 拦截 |'); // true
 */
export function ruleTableMarkdown(catalog: Catalog, year: number): string {
  return [
    `# ${year} 年度规则一览 / Rules of ${year}`,
    '',
    `<!-- 由 \`node scripts/rule-table.mjs\` 根据 rules/${year}/*.rules.json 生成，请勿手改；测试会检查它与规则文件一致。 -->`,
    `<!-- Generated from rules/${year}/*.rules.json by \`node scripts/rule-table.mjs\`; do not edit — a test keeps it in sync. -->`,
    '',
    ...SEVERITY_NOTE,
    '',
    ...yearTables(catalog, year),
  ].join('\n');
}
