import type { Json } from '@guide-forms/core/node';
import type { Change, ListChange, RuleRef, YearDiff } from './compare.js';

const NONE = '  （无变化 unchanged）';

function show(value: Json | undefined): string {
  if (value === undefined) return '（没有）';
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
}

function changeLine(c: Change): string {
  return `${c.what}: ${show(c.from)} → ${show(c.to)}`;
}

function listLine(c: ListChange): string {
  const parts = [c.added.length ? `新增 + ${c.added.join('、')}` : '', c.removed.length ? `删除 − ${c.removed.join('、')}` : ''].filter(
    Boolean,
  );
  return `${c.what}: ${parts.join('；')}`;
}

const name = (r: RuleRef): string => `${r.id} ${r.title}（${r.file}）`;

function section(title: string, lines: string[]): string[] {
  return ['', `## ${title}`, ...(lines.length ? lines : [NONE])];
}

/** The diff as a readable memo, Chinese first with English headings. */
export function formatDiff(d: YearDiff): string {
  const out = [`# ${d.from} → ${d.to} 年度规则变更 / changes of the rules from ${d.from} to ${d.to}`];
  out.push(
    ...section(
      '门槛与参数 Thresholds and params',
      d.params.map((p) => `  ${p.id} ${p.title} · ${changeLine(p)}（${p.file}）`),
    ),
  );
  out.push(
    ...section(
      '报送时间 Window',
      d.window.map((c) => `  ${changeLine(c)}`),
    ),
  );
  out.push(
    ...section(
      '通知 Call',
      d.call.map((c) => `  ${changeLine(c)}`),
    ),
  );
  out.push(
    ...section('征集类别 Categories open', d.categories.added.length || d.categories.removed.length ? [`  ${listLine(d.categories)}`] : []),
  );
  out.push(
    ...section(
      '选项 Options（领域 domains、区域 regions、城市 cities）',
      d.options.map((c) => `  ${listLine(c)}`),
    ),
  );
  out.push(
    ...section(
      '处室 Departments',
      d.departments.map((x) => {
        const kind = { added: '新增 added', removed: '删除 removed', changed: '修改 changed' }[x.change];
        const details = [
          ...x.changes.map(changeLine),
          ...(x.domains.added.length || x.domains.removed.length ? [listLine(x.domains)] : []),
        ];
        return `  ${kind} ${x.id} ${x.name}${details.length ? `：${details.join('；')}` : ''}`;
      }),
    ),
  );
  out.push(
    ...section(
      '归口与审核 Routing and review',
      d.routing.map((c) => `  ${changeLine(c)}`),
    ),
  );
  const r = d.rules;
  const rules = [
    ...r.added.map((x) => `  新增 added: ${name(x)}`),
    ...r.removed.map((x) => `  删除 removed: ${name(x)}`),
    ...r.retired.map((x) => `  停用 retired: ${name(x)}`),
    ...r.revived.map((x) => `  重新启用 revived: ${name(x)}`),
    ...r.changed.flatMap((x) => [`  修改 changed: ${name(x)}`, ...x.changes.map((c) => `      ${changeLine(c)}`)]),
  ];
  out.push(...section('规则 Rules', rules));
  return `${out.join('\n')}\n`;
}
