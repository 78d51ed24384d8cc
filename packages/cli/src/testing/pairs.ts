import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CallFile, Engine, Rule, SubmissionVerdict } from '@guide-forms/core/node';
import { exampleExpectation, meetsPairExpectation, pairedExample } from '@guide-forms/core/tooling';
import { readSource } from '../admin/sources.js';
import { message, momentOf, type TestRow } from './run.js';

/** The embedded tests of one pair rule: each runs once, on its pair document `{ category, data, summary }`. */
export function pairRuleRows(engine: Engine, year: number, file: string, rule: Rule): TestRow[] {
  return (rule.tests ?? []).map((t) => {
    const row = { year, kind: 'rule' as const, file, item: rule.id, name: t.name, expected: t.expect };
    let actual: string;
    try {
      actual = engine.runPairRule(rule.id, t.data, year, t.now);
    } catch (error) {
      actual = `error: ${message(error)}`;
    }
    return { ...row, actual, status: actual === t.expect ? 'pass' : 'fail' };
  });
}

function files(root: string, dir: string, keep: (name: string) => boolean): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.json') && keep(f))
      .sort();
  } catch {
    return [];
  }
}

function expectedOf(name: string): string {
  const e = exampleExpectation(name);
  if (!e) return 'eligible*/fail-<rule>/warn-<rule>/info-<rule>/invalid-*.json';
  return e.kind === 'eligible' ? 'ok' : e.kind === 'invalid' ? 'valid: false' : `${e.severity} ${e.rule}`;
}

function judgePair(name: string, run: () => SubmissionVerdict): Pick<TestRow, 'expected' | 'actual' | 'status'> {
  const expectation = exampleExpectation(name);
  const expected = expectedOf(name);
  if (!expectation) return { expected, actual: name, status: 'fail' };
  try {
    const result = meetsPairExpectation(expectation, run());
    return { expected, actual: result.actual, status: result.ok ? 'pass' : 'fail' };
  } catch (error) {
    return { expected, actual: `error: ${message(error)}`, status: 'fail' };
  }
}

/**
 * The pairs of a year: every `forms/<summary>/examples/eligible-<category>[-<variant>].json`
 * with the `eligible[-<variant>].json` of that category must be ok as a pair, and every
 * `forms/<summary>/pairs/*.json` (a `{ category, data, summary }` document) must keep the
 * promise of its name, as form examples do.
 */
export function pairExampleRows(root: string, engine: Engine, year: number, call: CallFile): TestRow[] {
  const rows: TestRow[] = [];
  const now = momentOf(call);
  const summary = engine.pairRules(year).summary;
  const suggestions = call.categories.filter((c) => c !== summary);
  const examples = `forms/${summary}/examples`;
  for (const name of files(root, examples, (f) => pairedExample(f, suggestions) !== null)) {
    const paired = pairedExample(name, suggestions)!;
    const formFile = `forms/${paired.category}/examples/${paired.file}`;
    const row = { year, kind: 'example' as const, file: `${formFile} + ${examples}/${name}`, item: name, name: `pair ${paired.category}` };
    const form = readSource(root, formFile);
    const half = readSource(root, `${examples}/${name}`);
    if (form.parseError || half.parseError) {
      rows.push({
        ...row,
        expected: 'valid JSON',
        actual: `${form.parseError ? formFile : name}: ${(form.parseError ?? half.parseError)!.code}`,
        status: 'fail',
      });
      continue;
    }
    rows.push({
      ...row,
      ...judgePair(name, () =>
        engine.evaluateSubmission({ category: paired.category, data: form.data, summary: half.data }, { year, now }),
      ),
    });
  }
  const dir = `forms/${summary}/pairs`;
  for (const name of files(root, dir, () => true)) {
    const source = readSource(root, `${dir}/${name}`);
    const row = { year, kind: 'example' as const, file: `${dir}/${name}`, item: name, name: 'pair' };
    if (source.parseError) {
      const { line, column, code } = source.parseError;
      rows.push({ ...row, expected: 'valid JSON', actual: `${code} at ${line}:${column}`, status: 'fail' });
      continue;
    }
    rows.push({ ...row, ...judgePair(name, () => engine.evaluateSubmission(source.data, { year, now })) });
  }
  return rows;
}
