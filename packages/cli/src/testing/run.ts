import { type CallFile, Engine, examplesFor, type RuleOutcome, type Verdict } from '@guide-forms/core/node';
import { exampleExpectation, meetsExpectation, PAIR_RULES, schemaValidators, windowBounds } from '@guide-forms/core/tooling';
import { catalogOf, checkedCatalogOf, loadWorkspace, readSource, requireYear, type Workspace } from '../admin/sources.js';
import { pairExampleRows, pairRuleRows } from './pairs.js';

/** One line of the `test` report. */
export interface TestRow {
  year: number;
  kind: 'rule' | 'example';
  /** `rules/2022/key-rd.rules.json` or `forms/key-rd/examples/fail-R14.json`. */
  file: string;
  /** The rule id, or the example's file name. */
  item: string;
  name: string;
  expected: string;
  actual: string;
  status: 'pass' | 'fail' | 'skip';
}

/** The moment the 2022 examples are judged at; it lies inside the 2022 window. */
export const REFERENCE_NOW = '2021-11-01T10:00:00+08:00';

/**
 * When examples of a year are judged: {@link REFERENCE_NOW} if it falls inside that
 * year's window, else noon of the window's opening day in the call's time zone.
 */
export function momentOf(call: CallFile): string {
  const { from, until } = windowBounds(call);
  const t = Date.parse(REFERENCE_NOW);
  return t >= from && t < until ? REFERENCE_NOW : `${call.window.opens}T12:00:00${call.window.utcOffset}`;
}

export function message(error: unknown): string {
  return error instanceof Error ? (error.toString?.() ?? error.message) : String(error);
}

function ruleRows(ws: Workspace, engine: Engine, year: number, call: CallFile, forms: Set<string>): TestRow[] {
  const rows: TestRow[] = [];
  const catalog = catalogOf(ws);
  for (const [name, ruleFile] of Object.entries(catalog.years[year]?.rules ?? {})) {
    const file = `rules/${year}/${name}.rules.json`;
    const closed = name !== 'common' && name !== PAIR_RULES && !call.categories.includes(name);
    for (const rule of ruleFile.rules ?? []) {
      if (rule.retired) continue;
      if (name === PAIR_RULES) {
        rows.push(...pairRuleRows(engine, year, file, rule));
        continue;
      }
      if (closed) {
        for (const t of rule.tests ?? []) {
          rows.push({
            year,
            kind: 'rule',
            file,
            item: rule.id,
            name: t.name,
            expected: t.expect,
            actual: `类别 ${name} 本年度未开放`,
            status: 'skip',
          });
        }
        continue;
      }
      const targets =
        name === 'common' ? call.categories.filter((c) => forms.has(c) && (!rule.appliesTo || rule.appliesTo.includes(c))) : [name];
      for (const t of rule.tests ?? []) {
        const row = { year, kind: 'rule' as const, file, item: rule.id, name: t.name, expected: t.expect };
        if (!targets.length || !targets.every((c) => forms.has(c))) {
          rows.push({ ...row, actual: '（没有表单）', status: 'skip' });
          continue;
        }
        const outcomes = targets.map((category): [string, RuleOutcome | string] => {
          try {
            return [category, engine.runRule(category, rule.id, t.data, year, t.now)];
          } catch (error) {
            return [category, `error: ${message(error)}`];
          }
        });
        const wrong = outcomes.filter(([, o]) => o !== t.expect);
        const actual = wrong.length ? wrong.map(([c, o]) => (targets.length > 1 ? `${c}: ${o}` : o)).join('; ') : t.expect;
        rows.push({ ...row, actual, status: wrong.length ? 'fail' : 'pass' });
      }
    }
  }
  return rows;
}

function judge(file: string, verdict: Verdict, inForce: boolean): { expected: string; actual: string; status: TestRow['status'] } {
  const expectation = exampleExpectation(file);
  if (!expectation) return { expected: 'eligible*/fail-<rule>/warn-<rule>/info-<rule>/invalid-*.json', actual: file, status: 'fail' };
  const expected =
    expectation.kind === 'eligible'
      ? 'ok'
      : expectation.kind === 'invalid'
        ? 'valid: false'
        : `${expectation.severity} ${expectation.rule}`;
  if (expectation.kind === 'finding' && !inForce) return { expected, actual: `规则 ${expectation.rule} 本年度不执行`, status: 'skip' };
  const result = meetsExpectation(expectation, verdict);
  return { expected, actual: result.actual, status: result.ok ? 'pass' : 'fail' };
}

function exampleRows(ws: Workspace, engine: Engine, year: number, call: CallFile, forms: Set<string>): TestRow[] {
  const rows: TestRow[] = [];
  const now = momentOf(call);
  for (const category of call.categories.filter((c) => forms.has(c))) {
    for (const { name, rel: file } of examplesFor(ws.root, category, year)) {
      const row = { year, kind: 'example' as const, file, item: name, name: category };
      const source = readSource(ws.root, file);
      if (source.parseError) {
        const { line, column, code } = source.parseError;
        rows.push({ ...row, expected: 'valid JSON', actual: `${code} at ${line}:${column}`, status: 'fail' });
        continue;
      }
      try {
        const verdict = engine.evaluate(category, source.data, { year, now });
        const expectation = exampleExpectation(name);
        const rule = expectation?.kind === 'finding' ? expectation.rule : '';
        const inForce = rule === 'route.fallback' || engine.getForm(category, year).rules.some((r) => r.id === rule);
        const judged = judge(name, verdict, inForce);
        // A shared example that no longer holds in this year: say where this year's version goes.
        const shared = !file.includes(`/examples/${year}/`);
        const hint =
          judged.status !== 'fail'
            ? ''
            : shared
              ? `（若本年度规则不同：复制为 forms/${category}/examples/${year}/${name} 再修改）`
              : `（本年度专用的示例，可能由 rollover 从上一年复制：不再适用时修改或删除 ${file}）`;
        rows.push({ ...row, ...judged, actual: judged.actual + hint });
      } catch (error) {
        rows.push({ ...row, expected: 'a verdict', actual: `error: ${message(error)}`, status: 'fail' });
      }
    }
  }
  return rows;
}

/**
 * Runs every embedded rule test and every form example of every year (or one), with
 * the engine over the files under `root`.
 */
export function runTests(root: string, year?: number): TestRow[] {
  const ws = loadWorkspace(root);
  if (year !== undefined) requireYear(ws, year);
  const rows: TestRow[] = [];
  for (const file of ws.files.values()) {
    if (file.parseError) {
      const m = /^rules\/(\d{4})\//.exec(file.rel);
      if (m && year !== undefined && Number(m[1]) !== year) continue;
      const { line, column, code } = file.parseError;
      rows.push({
        year: Number(m?.[1] ?? 0),
        kind: 'rule',
        file: file.rel,
        item: '',
        name: 'JSON',
        expected: 'valid JSON',
        actual: `${code} at ${line}:${column}`,
        status: 'fail',
      });
    }
  }
  // A malformed file is its row (exit 2); otherwise the files must be of their format, as for every command.
  const catalog = rows.length ? catalogOf(ws) : checkedCatalogOf(ws, year !== undefined ? [year] : undefined);
  const engine = new Engine(catalog, schemaValidators());
  const forms = new Set(Object.keys(catalog.forms));
  const pairs = (y: number, call: CallFile): TestRow[] => (call.pair !== undefined ? pairExampleRows(ws.root, engine, y, call) : []);
  for (const y of year !== undefined ? [year] : ws.years) {
    const call = catalog.years[y]?.call;
    if (!call) {
      rows.push({
        year: y,
        kind: 'rule',
        file: `rules/${y}/call.json`,
        item: '',
        name: 'call.json',
        expected: 'a readable call.json',
        actual: '（没有）',
        status: 'fail',
      });
      continue;
    }
    rows.push(...ruleRows(ws, engine, y, call, forms), ...exampleRows(ws, engine, y, call, forms), ...pairs(y, call));
  }
  return rows;
}
