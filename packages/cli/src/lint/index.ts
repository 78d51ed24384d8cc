import type { CallFile } from '@guide-forms/core/node';
import { Problems } from '../admin/problems.js';
import { loadWorkspace, requireYear } from '../admin/sources.js';
import { checkCall } from './call.js';
import { checkCopyTable } from './copy.js';
import { checkForms } from './forms.js';
import { checkHistory, checkStaleNumbers } from './history.js';
import { checkStaleHints, checkStalePhones, checkWording } from './prose.js';
import { checkRemovedOptions } from './removed-options.js';
import { checkRuleFiles } from './rules.js';

/** A parsed call.json with the categories lint needs to read its pair. */
function isCall(data: unknown): data is CallFile {
  return typeof data === 'object' && data !== null && Array.isArray((data as CallFile).categories);
}

/**
 * Lints the forms and rule files under `root` — every year, or one — and returns the
 * problems, each located by file, line, column and JSON Pointer. When a file is not valid
 * JSON, only that is reported (code `bad-json`).
 *
 * @example
 * const problems = runLint('/repo', 2023);
 * if (problems.errors) console.log(formatProblems(problems.list));
 */
export function runLint(root: string, year?: number): Problems {
  const ws = loadWorkspace(root);
  if (year !== undefined) requireYear(ws, year);
  const problems = new Problems(ws);
  const years = year !== undefined ? [year] : ws.years;

  for (const file of ws.files.values()) {
    const m = /^rules\/(\d{4})\//.exec(file.rel);
    if (m && !years.includes(Number(m[1]))) continue;
    if (file.parseError) {
      const { line, column, code } = file.parseError;
      problems.error('bad-json', file.rel, '', `JSON 格式错误：第 ${line} 行第 ${column} 列（${code}）`, {
        expected: 'valid JSON (no comments, no trailing commas)',
        found: code,
        hint: '常见原因：漏了逗号、多了结尾逗号、引号不成对、用了中文引号“”或注释',
        position: { line, column },
      });
    }
  }

  // A file that is not JSON hides everything after it: report only that, so the
  // administrator fixes the syntax first instead of reading a cascade of ids "removed".
  if (problems.list.length) return problems;

  const reported = new Set<string>();
  for (const y of years) {
    const call = ws.files.get(`rules/${y}/call.json`);
    if (!call) {
      problems.error('missing-call', `rules/${y}/call.json`, '', `rules/${y}/ 中没有 call.json`, {
        expected: `rules/${y}/call.json`,
        found: '（没有）',
        hint: '用 guide-forms rollover <上一年> <年度> 从上一年生成',
      });
    }
    const forms = checkForms(ws, y, problems, reported);
    if (call?.data) checkCall(call, y, forms, problems);
    if (isCall(call?.data)) checkCopyTable(ws, call.data, forms, problems);
    checkRuleFiles(ws, y, forms, problems);
    checkHistory(ws, y, problems);
    checkStaleNumbers(ws, y, problems);
    checkStalePhones(ws, y, problems);
    checkRemovedOptions(ws, y, problems);
    checkStaleHints(ws, y, problems);
    checkWording(ws, y, problems);
  }
  problems.list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return problems;
}
