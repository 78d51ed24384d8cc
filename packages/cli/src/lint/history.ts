import type { RuleFile } from '@guide-forms/core/node';
import type { Problems } from '../admin/problems.js';
import { ruleFilesOf, type Workspace } from '../admin/sources.js';

interface IdInfo {
  file: string;
  index: number;
  retired: boolean;
}

/** Every rule id of a year, with the file it is in. */
export function idsOf(ws: Workspace, year: number): Map<string, IdInfo> {
  const out = new Map<string, IdInfo>();
  for (const [, file] of ruleFilesOf(ws, year)) {
    const rules = (file.data as RuleFile | undefined)?.rules;
    if (!Array.isArray(rules)) continue;
    rules.forEach((rule, index) => {
      if (typeof rule?.id === 'string' && !out.has(rule.id)) out.set(rule.id, { file: file.rel, index, retired: rule.retired === true });
    });
  }
  return out;
}

/**
 * Rule ids are stable across years: every id of the previous year is still there
 * (active or `"retired": true`), and a retired id is not brought back for something else.
 */
export function checkHistory(ws: Workspace, year: number, problems: Problems): void {
  const previous = ws.years.filter((y) => y < year).at(-1);
  if (previous === undefined) return;
  const before = idsOf(ws, previous);
  const now = idsOf(ws, year);
  for (const [id, old] of before) {
    const current = now.get(id);
    if (!current) {
      const name = old.file.split('/').at(-1) as string;
      const file = ws.files.has(`rules/${year}/${name}`) ? `rules/${year}/${name}` : `rules/${year}/call.json`;
      problems.error(
        'id-removed',
        file,
        file.endsWith('call.json') ? '' : '/rules',
        `规则 ${id} 在 ${previous} 年（${old.file}）存在，${year} 年被删除了`,
        {
          expected: `rule ${id}, active or with "retired": true`,
          found: '（没有）',
          hint: `不要删除已发布的规则：把它放回 ${name} 并加上 "retired": true；编号不得改作他用`,
        },
      );
    } else if (old.retired && !current.retired) {
      problems.error('id-revived', current.file, `/rules/${current.index}/id`, `规则编号 ${id} 在 ${previous} 年已停用，不能重新启用`, {
        expected: `a new id, or "retired": true`,
        found: id,
        hint: '新规则请用新编号',
      });
    }
  }
}
