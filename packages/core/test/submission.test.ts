// The pair (征集表 + 凝练表): evaluateSubmission, the pair rules of rules/2022/pair.rules.json,
// the eligible pairs (forms/summary/examples/eligible-<category>.json) and the pair examples
// (forms/summary/pairs/*.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, evaluate, evaluateSubmission, GuideFormsError, type Submission } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { exampleExpectation, getDefaultEngine, meetsPairExpectation, pairedExample } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT, YEAR } from './helpers.js';

const SUGGESTIONS = ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international'];
const PAIRS = join(ROOT, 'forms', 'summary', 'pairs');

function eligiblePair(category = 'key-rd'): Submission {
  return { category, data: example(category), summary: example('summary', `eligible-${category}.json`) };
}

function thrown(fn: () => unknown): GuideFormsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GuideFormsError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('eligible pairs', () => {
  const summaries = readdirSync(join(ROOT, 'forms', 'summary', 'examples')).filter((f) => pairedExample(f, SUGGESTIONS));

  it('ship a summary of every suggestion category', () => {
    for (const c of SUGGESTIONS) expect(summaries).toContain(`eligible-${c}.json`);
  });

  for (const file of summaries) {
    const paired = pairedExample(file, SUGGESTIONS)!;
    it(`${paired.category}/${paired.file} + summary/${file} is ok, with each half's own verdict`, () => {
      const pair = { category: paired.category, data: example(paired.category, paired.file), summary: example('summary', file) };
      const v = evaluateSubmission(pair, { now: OPEN_NOW });
      expect(v.findings).toEqual([]);
      expect(v.ok).toBe(true);
      expect(v.form).toEqual(evaluate(paired.category, pair.data, { now: OPEN_NOW }));
      expect(v.summary).toEqual(evaluate('summary', pair.summary, { now: OPEN_NOW }));
      expect(v.route).toEqual(v.form.route);
    });
  }
});

describe('pair examples keep the promise of their names', () => {
  for (const file of readdirSync(PAIRS).filter((f) => f.endsWith('.json'))) {
    it(file, () => {
      const expectation = exampleExpectation(file);
      expect(expectation, 'name it fail-/warn-/info-<rule>, eligible* or invalid-*').not.toBeNull();
      const pair = JSON.parse(readFileSync(join(PAIRS, file), 'utf8')) as Submission;
      const v = evaluateSubmission(pair, { now: OPEN_NOW });
      const result = meetsPairExpectation(expectation!, v);
      expect(result.ok, result.actual).toBe(true);
      if (expectation!.kind === 'finding') {
        // Only the pair is wrong: each half on its own is complete and eligible.
        expect(v.form.ok && v.summary.ok, 'both halves ok on their own').toBe(true);
        const finding = v.findings.find((f) => f.rule === expectation!.rule)!;
        expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
        expect(finding.clause.length).toBeGreaterThan(4);
        for (const p of finding.pointers) expect(p).toMatch(/^\/(category|data|summary)(\/|$)/);
      }
    });
  }
});

describe('pair rules, at their boundaries', () => {
  const now = { now: OPEN_NOW };
  const rules = (pair: Submission): string[] => evaluateSubmission(pair, now).findings.map((f) => `${f.severity} ${f.rule}`);

  it('binding indicators: 679.99 and 680.01 against 680 block, 680 passes', () => {
    for (const [value, expected] of [
      [679.99, ['block R11.pair']],
      [680, []],
      [680.01, ['block R11.pair']],
    ] as const) {
      const pair = eligiblePair();
      (pair.summary as { indicators: { binding: { rdExpense: number } } }).indicators.binding.rdExpense = value;
      expect(rules(pair), String(value)).toEqual(expected);
    }
  });

  it('duration: 35 and 37 months against 36 warn, the pair stays ok', () => {
    for (const [months, expected] of [
      [35, ['warn R3.duration']],
      [36, []],
      [37, ['warn R3.duration']],
    ] as const) {
      const pair = eligiblePair();
      (pair.summary as { project: { durationMonths: number } }).project.durationMonths = months;
      const v = evaluateSubmission(pair, now);
      expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(expected);
      expect(v.ok).toBe(true);
    }
  });

  it('duration is compared only where the suggestion form has one', () => {
    const pair = eligiblePair('regional');
    (pair.summary as { project: { durationMonths: number } }).project.durationMonths = 7;
    expect(rules(pair)).toEqual([]);
  });

  it('a summary that links another category blocks, and the pair still goes to the form’s office', () => {
    const pair = eligiblePair('key-rd');
    (pair.summary as { linked: { category: string } }).linked.category = 'transfer';
    const v = evaluateSubmission(pair, now);
    expect(v.findings.map((f) => f.rule)).toEqual(['R3.category']);
    expect(v.ok).toBe(false);
    expect(v.summary.route?.department).toBe('成果处');
    expect(v.route).toEqual(v.form.route);
    expect(v.route?.department).toBe('高新处');
  });

  it('an other 领域 in the summary blocks even within the same office', () => {
    const pair = eligiblePair('key-rd');
    (pair.summary as { classification: { domain: string } }).classification.domain = '新材料';
    expect(rules(pair)).toEqual(['block R4.domain']);
  });

  it('messages name both values, in English on request', () => {
    const pair = eligiblePair('key-rd');
    (pair.summary as { linked: { suggestionTitle: string } }).linked.suggestionTitle = '另一条建议';
    const zh = evaluateSubmission(pair, now).findings[0]!;
    expect(zh.message).toContain('另一条建议');
    expect(zh.message).toContain('大型船舶分段智能焊接机器人系统研发与应用');
    const en = evaluateSubmission(pair, { ...now, lang: 'en' });
    expect(en.findings[0]!.message).toMatch(/^The summary names the suggestion/);
    expect(en.form.window.message).toMatch(/[A-Za-z]/);
  });

  it('ok only when both halves are ok: a closed window closes the pair', () => {
    const v = evaluateSubmission(eligiblePair(), { now: '2021-11-11T00:00:00+08:00' });
    expect(v.findings).toEqual([]);
    expect(v.form.open).toBe(false);
    expect(v.ok).toBe(false);
  });

  it('a half that fails its own rules fails the pair without a pair finding', () => {
    const pair = eligiblePair('key-rd');
    const data = clone(pair.data) as { project: { totalRdInvestment: number } };
    data.project.totalRdInvestment = 199.99;
    const v = evaluateSubmission({ ...pair, data }, now);
    expect(v.findings).toEqual([]);
    expect(v.form.findings.map((f) => f.rule)).toContain('R14');
    expect(v.ok).toBe(false);
  });
});

describe('bad input', () => {
  it('never throws on bad halves', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 2000; i++) deep = { unit: deep };
    for (const [data, summary] of [
      [null, null],
      ['text', 42],
      [[], {}],
      [deep, deep],
      [{ __proto__: { polluted: true }, unit: { creditCode: { toString: 1 } } }, { linked: { category: ['key-rd'] } }],
    ] as const) {
      const v = evaluateSubmission({ category: 'key-rd', data, summary }, { now: OPEN_NOW });
      expect(v.ok).toBe(false);
      expect(v.form.valid && v.summary.valid).toBe(false);
    }
  });

  it('an envelope without a category, or naming the summary itself, is an error with a pointer', () => {
    for (const input of [null, 'x', [], {}, { category: 3 }, { category: '' }]) {
      const e = thrown(() => evaluateSubmission(input));
      expect(e.code).toBe('bad-submission');
      expect(e.pointer).toBe('/category');
    }
    expect(thrown(() => evaluateSubmission({ category: 'summary', data: {}, summary: {} })).code).toBe('pair-category');
  });

  it('an unknown category or year is a GuideFormsError, as for evaluate', () => {
    expect(thrown(() => evaluateSubmission({ category: 'nope', data: {}, summary: {} })).code).toBe('unknown-category');
    expect(thrown(() => evaluateSubmission(eligiblePair(), { year: 1999 })).code).toBe('unknown-year');
  });

  it('a year whose call does not pair says so, naming call.json', () => {
    const catalog = loadCatalog(ROOT);
    for (const y of Object.keys(catalog.years)) {
      delete catalog.years[Number(y)]!.rules.pair;
      delete catalog.years[Number(y)]!.call.pair;
    }
    const engine = new Engine(catalog, ajvValidators());
    const e = thrown(() => engine.evaluateSubmission(eligiblePair()));
    expect(e.code).toBe('no-pair-rules');
    expect(e.file).toBe('rules/2022/call.json');
    expect(e.pointer).toBe('/pair');
  });

  it('the pair is data: call.json names the summary category, pair.rules.json only adds rules', () => {
    const catalog = loadCatalog(ROOT);
    delete catalog.years[YEAR]!.rules.pair;
    const engine = new Engine(catalog, ajvValidators());
    expect(engine.pairRules(YEAR)).toMatchObject({ summary: 'summary', rules: [] });
    const v = engine.evaluateSubmission(eligiblePair(), { year: YEAR, now: OPEN_NOW });
    expect(v.ok).toBe(true);
    expect(v.findings).toEqual([]);
  });

  it('pair rules in a call that does not pair, or a summary that is not open, name call.json and the pointer', () => {
    const unpaired = loadCatalog(ROOT);
    delete unpaired.years[YEAR]!.call.pair;
    const e = thrown(() => new Engine(unpaired, ajvValidators()).evaluateSubmission(eligiblePair(), { year: YEAR }));
    expect([e.code, e.file, e.pointer]).toEqual(['pair-summary', 'rules/2022/call.json', '/pair']);
    const closed = loadCatalog(ROOT);
    closed.years[YEAR]!.call.pair = { summary: 'sumary' };
    const f = thrown(() => new Engine(closed, ajvValidators()).evaluateSubmission(eligiblePair(), { year: YEAR }));
    expect([f.code, f.file, f.pointer, f.found]).toEqual(['pair-summary', 'rules/2022/call.json', '/pair/summary', '"sumary"']);
  });

  it('the default engine and Engine#evaluateSubmission agree', () => {
    expect(getDefaultEngine().evaluateSubmission(eligiblePair(), { now: OPEN_NOW })).toEqual(
      evaluateSubmission(eligiblePair(), { now: OPEN_NOW }),
    );
  });
});

describe('pairedExample', () => {
  it('reads eligible-<category>[-<variant>].json', () => {
    expect(pairedExample('eligible-key-rd.json', SUGGESTIONS)).toEqual({ category: 'key-rd', file: 'eligible.json' });
    expect(pairedExample('eligible-innovation-fund-huimin.json', SUGGESTIONS)).toEqual({
      category: 'innovation-fund',
      file: 'eligible-huimin.json',
    });
    expect(pairedExample('eligible.json', SUGGESTIONS)).toBeNull();
    expect(pairedExample('eligible-unknown.json', SUGGESTIONS)).toBeNull();
    expect(pairedExample('fail-R3.json', SUGGESTIONS)).toBeNull();
  });
});
