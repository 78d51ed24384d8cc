import type { RuleFile } from '@guide-forms/core/node';
import type { Problems } from '../admin/problems.js';
import { callOf, ruleFilesOf, type Workspace } from '../admin/sources.js';

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
  const open = callOf(ws, year)?.categories;
  for (const [id, old] of before) {
    const current = now.get(id);
    if (!current) {
      // A closed category's rules may go with it; they come back with their ids when it reopens.
      const category = (old.file.split('/').at(-1) as string).replace(/\.rules\.json$/, '');
      if (category !== 'common' && Array.isArray(open) && !open.includes(category)) continue;
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

/**
 * After a threshold changes (`min` 200 → 300), the title, message and clause of the rule
 * often still name the old number. Warn so the administrator updates the text too.
 */
export function checkStaleNumbers(ws: Workspace, year: number, problems: Problems): void {
  const previous = ws.years.filter((y) => y < year).at(-1);
  if (previous === undefined) return;
  const old = new Map<string, RuleFile['rules'][number]>();
  for (const [name, file] of ruleFilesOf(ws, previous)) {
    for (const rule of (file.data as RuleFile | undefined)?.rules ?? []) old.set(`${name} ${rule?.id}`, rule);
  }
  for (const [name, file] of ruleFilesOf(ws, year)) {
    const rules = (file.data as RuleFile | undefined)?.rules;
    if (!Array.isArray(rules)) continue;
    rules.forEach((rule, i) => {
      const before = old.get(`${name} ${rule?.id}`);
      if (!before?.params || !rule?.params) return;
      for (const [param, value] of Object.entries(rule.params)) {
        const was = before.params[param];
        if (typeof was !== 'number' || typeof value !== 'number' || was === value) continue;
        const texts: [string, unknown][] = [
          ['title/zh-CN', rule.title?.['zh-CN']],
          ['title/en', rule.title?.en],
          ['message/zh-CN', rule.message?.['zh-CN']],
          ['message/en', rule.message?.en],
          ['clause', rule.clause],
        ];
        const number = new RegExp(`(?<![\\d.])${String(was).replace('.', '\\.')}(?![\\d.])`);
        for (const [key, text] of texts) {
          if (typeof text !== 'string' || !number.test(text)) continue;
          problems.warn(
            'stale-number',
            file.rel,
            `/rules/${i}/${key}`,
            `规则 ${rule.id}：参数 ${param} 已从 ${was} 改为 ${value}，但 ${key.replace('/', '.')} 仍写着 ${was}`,
            {
              expected: String(value),
              found: text,
              hint: key === 'clause' ? '换成新通知的原文（逐字引用）' : `提示中请用 {${param}} 引用参数，或改写数字`,
            },
          );
        }
      }
    });
  }
}
