import type { ExampleExpectation } from '../examples.js';
import type { SubmissionVerdict } from './types.js';

/**
 * The suggestion-form example a summary example condenses, by name:
 * `eligible-<category>.json` is the 凝练表 of `forms/<category>/examples/eligible.json`,
 * `eligible-<category>-<variant>.json` of `eligible-<variant>.json`. `null` for other names.
 * The longest matching category wins (slugs may contain `-`).
 *
 * @example
 * pairedExample('eligible-innovation-fund-huimin.json', ['innovation-fund']); // { category: 'innovation-fund', file: 'eligible-huimin.json' }
 */
export function pairedExample(summaryFile: string, categories: readonly string[]): { category: string; file: string } | null {
  const m = /^eligible-(.+)\.json$/.exec(summaryFile);
  if (!m) return null;
  const rest = m[1] as string;
  const category = [...categories].sort((a, b) => b.length - a.length).find((c) => rest === c || rest.startsWith(`${c}-`));
  if (!category) return null;
  const variant = rest.slice(category.length + 1);
  return { category, file: variant ? `eligible-${variant}.json` : 'eligible.json' };
}

/**
 * Whether a pair verdict keeps the promise of a pair example's name (the names of
 * `exampleExpectation`): `eligible*` → ok; `fail-<rule>` → that pair rule blocks and the pair
 * is not ok; `warn-`/`info-<rule>` → that pair finding, the pair still ok; `invalid-*` → a
 * half has schema errors.
 */
export function meetsPairExpectation(expectation: ExampleExpectation, verdict: SubmissionVerdict): { ok: boolean; actual: string } {
  const blocks = (): string[] => [
    ...verdict.form.errors.map((e) => `form ${e.pointer} ${e.keyword}`),
    ...verdict.form.findings.filter((f) => f.severity === 'block').map((f) => `form ${f.rule}`),
    ...verdict.summary.errors.map((e) => `summary ${e.pointer} ${e.keyword}`),
    ...verdict.summary.findings.filter((f) => f.severity === 'block').map((f) => `summary ${f.rule}`),
    ...verdict.findings.filter((f) => f.severity === 'block').map((f) => f.rule),
    ...(verdict.form.open ? [] : ['window closed']),
  ];
  switch (expectation.kind) {
    case 'eligible':
      return { ok: verdict.ok, actual: verdict.ok ? 'ok' : `not ok: ${blocks().join(', ')}` };
    case 'invalid': {
      const invalid = !verdict.form.valid || !verdict.summary.valid;
      return { ok: invalid, actual: `form valid: ${verdict.form.valid}, summary valid: ${verdict.summary.valid}` };
    }
    case 'finding': {
      const hit = verdict.findings.find((f) => f.rule === expectation.rule);
      if (!hit) return { ok: false, actual: `pair findings: ${verdict.findings.map((f) => f.rule).join(', ') || '（无）'}` };
      if (hit.severity !== expectation.severity) return { ok: false, actual: `${hit.rule} is ${hit.severity}` };
      const consistent = expectation.severity === 'block' ? !verdict.ok : verdict.ok;
      return { ok: consistent, actual: `${hit.severity} ${hit.rule}${consistent ? '' : `, ok: ${verdict.ok} (${blocks().join(', ')})`}` };
    }
  }
}
