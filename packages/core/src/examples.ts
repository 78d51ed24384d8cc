import type { Severity, Verdict } from './types.js';

/** What an example file promises, by its name. */
export type ExampleExpectation = { kind: 'eligible' } | { kind: 'invalid' } | { kind: 'finding'; rule: string; severity: Severity };

const PREFIX: Record<string, Severity> = { fail: 'block', warn: 'warn', info: 'info' };

/**
 * Reads the naming convention of `forms/<category>/examples/`:
 * `eligible*.json` is ok inside the window; `fail-<rule>.json` is blocked by that rule,
 * `warn-<rule>.json` warned by it, `info-<rule>.json` flagged by it; `invalid-*.json` has
 * schema errors. Any other name is `null`.
 *
 * @example
 * exampleExpectation('fail-R14.json'); // { kind: 'finding', rule: 'R14', severity: 'block' }
 */
export function exampleExpectation(file: string): ExampleExpectation | null {
  if (!file.endsWith('.json')) return null;
  if (file.startsWith('eligible')) return { kind: 'eligible' };
  if (file.startsWith('invalid-')) return { kind: 'invalid' };
  const m = /^(fail|warn|info)-(.+)\.json$/.exec(file);
  return m ? { kind: 'finding', rule: m[2] as string, severity: PREFIX[m[1] as string] as Severity } : null;
}

/** The example file name that shows a rule of that severity firing: `fail-R14.json`, `warn-R13.json`. */
export function exampleFileFor(rule: string, severity: Severity): string {
  return `${severity === 'block' ? 'fail' : severity}-${rule}.json`;
}

/**
 * Whether a verdict keeps the promise of an example's name; the reason when it does not.
 * A blocked example must not be ok; a warned or flagged one must still be eligible.
 */
export function meetsExpectation(expectation: ExampleExpectation, verdict: Verdict): { ok: boolean; actual: string } {
  switch (expectation.kind) {
    case 'eligible': {
      const why = [
        ...verdict.errors.map((e) => `${e.pointer} ${e.keyword}`),
        ...verdict.findings.filter((f) => f.severity === 'block').map((f) => f.rule),
        ...(verdict.open ? [] : ['window closed']),
      ];
      return { ok: verdict.ok, actual: verdict.ok ? 'ok' : `not ok: ${why.join(', ')}` };
    }
    case 'invalid':
      return { ok: !verdict.valid, actual: `valid: ${verdict.valid}` };
    case 'finding': {
      const hit = verdict.findings.find((f) => f.rule === expectation.rule);
      if (!hit) return { ok: false, actual: `findings: ${verdict.findings.map((f) => f.rule).join(', ') || '（无）'}` };
      if (hit.severity !== expectation.severity) return { ok: false, actual: `${hit.rule} is ${hit.severity}` };
      const consistent = expectation.severity === 'block' ? !verdict.ok && !verdict.eligible : verdict.eligible;
      return { ok: consistent, actual: `${hit.severity} ${hit.rule}${consistent ? '' : `, eligible: ${verdict.eligible}`}` };
    }
  }
}
