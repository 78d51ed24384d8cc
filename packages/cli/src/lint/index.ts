import { type CallFile, fileFormatErrors, GuideFormsError, missingFiles } from '@guide-forms/core/node';
import { catalogPath } from '@guide-forms/core/tooling';
import { Problems } from '../admin/problems.js';
import { catalogOf, loadWorkspace, requireYear, type Workspace } from '../admin/sources.js';
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
  // So does a catalog file that is JSON but not an object (`null`, `[]`, `"x"`): the engine refuses it.
  for (const file of ws.files.values()) {
    const m = /^rules\/(\d{4})\//.exec(file.rel);
    if ((m && !years.includes(Number(m[1]))) || isObject(file.data)) continue;
    const found = file.data === null ? 'null' : Array.isArray(file.data) ? 'an array' : typeof file.data;
    problems.error('bad-file', file.rel, '', `${file.rel} 应为一个 JSON 对象（{ … }），实际是 ${found}`, {
      expected: 'a JSON object',
      found,
      hint: '文件的内容须以 { 开始、以 } 结束，格式见 docs/rules.md',
    });
  }
  if (problems.list.length) return problems;

  const reported = new Set<string>();
  const catalog = catalogOf(ws);
  for (const y of years) {
    // A file of the wrong shape (a string `categories`, a `null` window) is reported by its format;
    // checks that read what is not there are skipped for its year rather than fail.
    const guard = formatGuard(ws, y);
    const call = ws.files.get(`rules/${y}/call.json`);
    if (!call) {
      problems.error('missing-call', `rules/${y}/call.json`, '', `rules/${y}/ 中没有 call.json`, {
        expected: `rules/${y}/call.json`,
        found: '（没有）',
        hint: '用 guide-forms rollover <上一年> <年度> 从上一年生成',
      });
    }
    const forms = guard(() => checkForms(ws, y, problems, reported)) ?? new Map();
    if (call?.data) guard(() => checkCall(call, y, forms, problems));
    if (isCall(call?.data)) guard(() => isCall(call.data) && checkCopyTable(ws, call.data, forms, problems));
    guard(() => checkRuleFiles(ws, y, forms, problems));
    if (!guard.broken) for (const e of missingFiles(catalog, y)) problems.error(e.code, e.file ?? '', '', e.message, missingDetail(e));
    guard(() => checkHistory(ws, y, problems));
    guard(() => checkStaleNumbers(ws, y, problems));
    guard(() => checkStalePhones(ws, y, problems));
    guard(() => checkRemovedOptions(ws, y, problems));
    guard(() => checkStaleHints(ws, y, problems));
    guard(() => checkWording(ws, y, problems));
  }
  problems.list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return problems;
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function missingDetail(e: GuideFormsError): { expected?: string; found?: string; hint: string } {
  const hint =
    e.code === 'missing-form'
      ? '添加该类别的表单，或从 call.json 的 categories 中删除它'
      : '恢复该文件；类别没有规则时写 "rules": []；本年度不征集的类别从 categories 中删除';
  return { expected: e.expected, found: e.found, hint };
}

/** Runs a year's checks; one that fails on data whose format lint already reported is skipped. */
interface Guard {
  <T>(check: () => T): T | undefined;
  /** The year has a call or rule file of the wrong format. */
  readonly broken: boolean;
}

function formatGuard(ws: Workspace, year: number): Guard {
  const broken = [...ws.files.values()].some((f) => {
    const at = catalogPath(f.rel);
    if (!at || at.kind === 'form' || at.kind === 'shared' || at.year !== year) return false;
    return fileFormatErrors(at.kind === 'call' ? 'call' : 'rules', f.data, f.rel).length > 0;
  });
  const guard = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (broken && !(error instanceof GuideFormsError)) return undefined;
      throw error;
    }
  };
  return Object.assign(guard, { broken });
}
