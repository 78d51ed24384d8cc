import type { Json } from '@guide-forms/core/node';
import type { Entry, RuleRef, YearDiff } from './compare.js';

/** One section of the memo: a heading (Chinese first) and its lines. */
export interface Section {
  zh: string;
  en: string;
  lines: string[];
}

function show(value: Json | undefined): string {
  if (value === undefined) return '（没有 none）';
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
}

/** One entry as a line: `phone: “0411-39989885” → “0411-39989800”`, `partnerRegions: 新增 + 京津冀；删除 − 苏南…`. */
export function entryLine(e: Entry): string {
  const long = [...(e.added ?? []), ...(e.removed ?? [])].some((x) => x.length > 40);
  if (long) {
    // Long items (embedded tests with their data) one per line, so each can be read and approved.
    return [
      `${e.what}:`,
      ...(e.added ?? []).map((x) => `    新增 added + ${x}`),
      ...(e.removed ?? []).map((x) => `    删除 removed − ${x}`),
    ].join('\n');
  }
  if (e.added || e.removed) {
    const parts = [
      e.added?.length ? `新增 added + ${e.added.join('、')}` : '',
      e.removed?.length ? `删除 removed − ${e.removed.join('、')}` : '',
    ].filter(Boolean);
    return `${e.what}: ${parts.join('；')}`;
  }
  if (e.from === undefined) return `${e.what}: 新增 added ${show(e.to)}`;
  if (e.to === undefined) return `${e.what}: 删除 removed ${show(e.from)}`;
  return `${e.what}: ${show(e.from)} → ${show(e.to)}`;
}

const ruleName = (r: RuleRef): string => `${r.id} ${r.title}（${r.file}）`;

/** The memo's sections, in the order a division head reads them. */
export function sections(d: YearDiff): Section[] {
  const r = d.rules;
  const categories = d.categories.added?.length || d.categories.removed?.length ? [entryLine(d.categories)] : [];
  return [
    { zh: '门槛与参数', en: 'Thresholds and params', lines: d.params.map((p) => `${p.id} ${p.title} · ${entryLine(p)}（${p.file}）`) },
    { zh: '报送时间', en: 'Window', lines: d.window.map(entryLine) },
    { zh: '通知', en: 'Call', lines: d.call.map(entryLine) },
    { zh: '开放的征集类别', en: 'Categories open', lines: categories },
    {
      zh: '选项（领域、合作区域、城市）及英文名',
      en: 'Options (domains, regions, cities) and English names',
      lines: d.options.map(entryLine),
    },
    {
      zh: '处室',
      en: 'Departments',
      lines: d.departments.flatMap((x) => [
        `${{ added: '新增 added', removed: '删除 removed', changed: '修改 changed' }[x.change]} ${x.id} ${x.name}`,
        ...x.changes.map((c) => `    ${entryLine(c)}`),
      ]),
    },
    { zh: '归口与审核', en: 'Routing and review', lines: d.routing.map(entryLine) },
    {
      zh: '规则',
      en: 'Rules',
      lines: [
        ...r.added.map((x) => `新增 added: ${ruleName(x)}`),
        ...r.removed.map((x) => `删除 removed: ${ruleName(x)}`),
        ...r.retired.map((x) => `停用 retired: ${ruleName(x)}`),
        ...r.revived.map((x) => `重新启用 revived: ${ruleName(x)}`),
        ...r.changed.flatMap((x) => [`修改 changed: ${ruleName(x)}`, ...x.changes.map((c) => `    ${entryLine(c)}`)]),
      ],
    },
    {
      zh: '表单显示的变化',
      en: 'What the forms show',
      lines: d.forms.flatMap((f) => [`${f.category} ${f.title}`, ...f.changes.map((c) => `    ${entryLine(c)}`)]),
    },
  ];
}

/** The diff as a readable report, Chinese first with English headings. */
export function formatDiff(d: YearDiff): string {
  const out = [`# ${d.from} → ${d.to} 年度规则变更 / changes of the rules from ${d.from} to ${d.to}`];
  for (const s of sections(d))
    out.push('', `## ${s.zh} ${s.en}`, ...(s.lines.length ? s.lines.map((l) => `  ${l}`) : ['  （无变化 unchanged）']));
  return `${out.join('\n')}\n`;
}

/** Markdown for the approval packet: Chinese headings first, one bullet per entry. */
export function formatDiffMarkdown(d: YearDiff): string {
  const out = [`# ${d.to} 年度指南建议征集规则变更清单（与 ${d.from} 年相比）`, '', `*Changes of the rules from ${d.from} to ${d.to}*`];
  for (const s of sections(d)) {
    out.push('', `## ${s.zh}（${s.en}）`, '');
    if (!s.lines.length) out.push('无变化。');
    for (const line of s.lines) {
      const [first = '', ...rest] = line.split('\n');
      const nested = first.startsWith('    ');
      out.push(nested ? `  - ${md(first.trim())}` : `- ${md(first)}`);
      for (const r of rest) out.push(`${nested ? '    ' : '  '}- ${md(r.trim())}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Markdown-safe text: `*`, `_`, `|`, `<` and backticks would format instead of showing. */
function md(text: string): string {
  return text.replace(/([\\`*_|<>[\]])/g, '\\$1');
}
