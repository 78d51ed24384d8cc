import type { CallFile, RuleFile } from '@guide-forms/core/node';
import type { Problems } from '../admin/problems.js';
import { callOf, ruleFilesOf, type Workspace } from '../admin/sources.js';

/** Every string of a JSON value with its pointer, skipping `clause` (a quotation of the notice). */
function strings(node: unknown, at = '', out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([at, node]);
  else if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) strings(n, `${at}/${i}`, out);
  } else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node))
      if (k !== 'clause' && k !== 'supportClause') strings(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

/**
 * A department's phone changed from the previous year but the old number is still written
 * somewhere in the year's files — typically `routing.fallback.message` ("请致电高新处
 * 0411-39989885"). Applicants would call a dead line.
 */
export function checkStalePhones(ws: Workspace, year: number, problems: Problems): void {
  const previous = ws.years.filter((y) => y < year).at(-1);
  if (previous === undefined) return;
  const before = callOf(ws, previous)?.departments;
  const now = callOf(ws, year)?.departments;
  if (!before || !now || typeof before !== 'object' || typeof now !== 'object') return;
  const changed = Object.entries(before)
    .filter(([id, d]) => typeof d?.phone === 'string' && now[id] && now[id]?.phone !== d.phone)
    .map(([id, d]) => ({ id, name: d.name, old: d.phone, phone: now[id]?.phone as string }));
  if (!changed.length) return;
  const files = [
    [`rules/${year}/call.json`, callOf(ws, year)] as const,
    ...[...ruleFilesOf(ws, year)].map(([, f]) => [f.rel, f.data] as const),
  ];
  for (const [rel, data] of files) {
    for (const [pointer, text] of strings(data)) {
      for (const c of changed) {
        if (!text.includes(c.old) || pointer === `/departments/${c.id}/phone`) continue;
        problems.warn('stale-phone', rel, pointer, `${c.name}的电话已从 ${c.old} 改为 ${c.phone}，但这里仍写着 ${c.old}`, {
          expected: c.phone,
          found: text,
          hint: `把这段文字中的 ${c.old} 改为 ${c.phone}`,
        });
      }
    }
  }
}

/**
 * A threshold changed (R14 `min` 200 → 300) but a form's hint still writes the old number.
 * Forms serve every year, so a number in a hint is right in one year only: write the rule's
 * param as `{R14.min}` and each year shows its own.
 */
export function checkStaleHints(ws: Workspace, year: number, problems: Problems): void {
  const previous = ws.years.filter((y) => y < year).at(-1);
  if (previous === undefined) return;
  const old = new Map<string, Record<string, unknown>>();
  for (const [name, file] of ruleFilesOf(ws, previous)) {
    for (const rule of (file.data as RuleFile | undefined)?.rules ?? []) if (rule?.params) old.set(`${name} ${rule.id}`, rule.params);
  }
  const call = callOf(ws, year) as CallFile | undefined;
  const open = Array.isArray(call?.categories) ? call.categories : [];
  for (const [name, file] of ruleFilesOf(ws, year)) {
    const forms = name === 'common' ? open : [name];
    for (const rule of (file.data as RuleFile | undefined)?.rules ?? []) {
      const was = old.get(`${name} ${rule?.id}`);
      if (!was || !rule?.params) continue;
      for (const [param, value] of Object.entries(rule.params)) {
        const before = was[param];
        if (typeof before !== 'number' || typeof value !== 'number' || before === value) continue;
        const number = new RegExp(`(?<![\\d.])${String(before).replace('.', '\\.')}(?![\\d.])`);
        for (const form of forms) {
          const rel = `forms/${form}/schema.json`;
          for (const [pointer, text] of strings(ws.files.get(rel)?.data)) {
            if (!/\/(description|x-description-en|title|x-title-en)$/.test(pointer) || !number.test(text)) continue;
            problems.warn(
              'stale-hint',
              rel,
              pointer,
              `规则 ${rule.id}：${param} 已从 ${before} 改为 ${value}，但表单提示仍写着 ${before}`,
              {
                expected: `{${rule.id}.${param}}`,
                found: text,
                hint: `把提示中的 ${before} 写成 {${rule.id}.${param}}，每个年度显示自己的门槛`,
              },
            );
          }
        }
      }
    }
  }
}

/** 应 as an obligation, not inside 相应, 应用, 供应, 对应, 适应, 响应, 反应, 效应. */
const MUST = /须|(?<![相供对适响反效])应(?!用)/;

/**
 * The notice's words decide the severity (docs/decisions.md §2): 原则上 admits exceptions,
 * so a clause saying it should not block; 须/应 without 原则上 is an obligation, so a warning
 * lets through what the notice refuses. Checked for the rules a year adds or whose clause or
 * severity it changes — the edits a person gets wrong; a rule carried over unchanged was
 * decided already (docs/decisions.md says why, e.g. R24 blocks a missing statement).
 */
export function checkWording(ws: Workspace, year: number, problems: Problems): void {
  const previous = ws.years.filter((y) => y < year).at(-1);
  if (previous === undefined) return;
  const old = new Map<string, { clause?: unknown; severity?: unknown }>();
  for (const [name, file] of ruleFilesOf(ws, previous)) {
    for (const rule of (file.data as RuleFile | undefined)?.rules ?? []) old.set(`${name} ${rule?.id}`, rule);
  }
  for (const [name, file] of ruleFilesOf(ws, year)) {
    const rules = (file.data as RuleFile | undefined)?.rules;
    if (!Array.isArray(rules)) continue;
    rules.forEach((rule, i) => {
      const before = old.get(`${name} ${rule?.id}`);
      if (!rule || rule.retired || (before && before.clause === rule.clause && before.severity === rule.severity)) return;
      const clause = typeof rule.clause === 'string' ? rule.clause : '';
      const at = `/rules/${i}/severity`;
      if (rule.severity === 'block' && clause.includes('原则上')) {
        problems.warn('severity-wording', file.rel, at, `规则 ${rule.id}：原文写“原则上”，却是拦截（block）`, {
          expected: '"warn"',
          found: '"block"',
          hint: '“原则上”允许例外，按 docs/decisions.md 第 2 条应为 "warn"；确需拦截请在 docs/decisions.md 写明理由',
        });
      } else if (rule.severity === 'warn' && !clause.includes('原则上') && MUST.test(clause)) {
        problems.warn('severity-wording', file.rel, at, `规则 ${rule.id}：原文写“${MUST.exec(clause)?.[0]}”，却只是提醒（warn）`, {
          expected: '"block"',
          found: '"warn"',
          hint: '“须、应”是硬性要求，通常应为 "block"；若这条规则只管原文中的软性部分，请在 docs/decisions.md 写明',
        });
      }
    });
  }
}
