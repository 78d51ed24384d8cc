/**
 * `evaluate` judges clean JSON without copying it, runs planned rules, writes messages only for
 * what it keeps and remembers the window and today's date (I13f-1). These properties hold it to
 * the verdict as evaluate made it before, step by step and from the simple public pieces: three
 * copies of the data (sanitizeData, withoutBlanks, sanitize), every schema error worded then
 * `mostSpecific`, every rule through json-logic-js, `route`, `withoutRepeats`, `windowState` —
 * on every example of every form of both call series, in both languages, at the window's edges,
 * and on fuzzed and hostile submissions; and on data changed in place between two checks.
 */
import { join } from 'node:path';
import { Engine, type Finding, type Lang, type SchemaError, type Verdict } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import {
  applyLogic,
  type CompiledForm,
  type CompiledRule,
  compileForm,
  fileOf,
  getPointer,
  localDate,
  MAX_DATA_DEPTH,
  MAX_REPORTED_ERRORS,
  mostSpecific,
  route,
  sanitize,
  sanitizeData,
  toInstant,
  toSchemaErrors,
  truthy,
  windowState,
  withoutBlanks,
  withoutRepeats,
  withToday,
} from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueLabels } from '../src/rules/value-label.js';
import { brokenFinding, ruleFinding } from '../src/submission/findings.js';
import { examplesOf, submissionFor } from './fuzz/arbitraries.js';
import { formCategories, ROOT, YEAR } from './helpers.js';

const SERIES = [
  { root: ROOT, year: YEAR, categories: formCategories() },
  { root: join(ROOT, 'calls/yichang'), year: 2022, categories: ['jiebang'] },
];

/** Moments around the 2022 windows: before, the first and last instants, after; and a day's edges. */
const NOWS = [
  '2021-10-19T23:59:59.999+08:00',
  '2021-10-20T00:00:00+08:00',
  '2021-11-01T10:00:00+08:00',
  '2021-11-01T15:59:59.999Z',
  '2021-11-01T16:00:00Z',
  '2021-11-10T23:59:59.999+08:00',
  '2021-11-11T00:00:00+08:00',
  '2022-08-01T10:00:00+08:00',
  '2019-01-01T00:00:00Z',
];

/** A rule's outcome as before: `needs` by pointer, `when` and `logic` through json-logic-js. */
function outcome(compiled: CompiledRule, data: unknown): 'pass' | 'fail' | 'notApplicable' {
  for (const pointer of compiled.rule.needs ?? []) {
    const value = getPointer(data, pointer);
    if (value === undefined || value === null || value === '') return 'notApplicable';
  }
  if (compiled.when && !truthy(applyLogic(compiled.when.logic, data as never))) return 'notApplicable';
  return truthy(applyLogic(compiled.logic.logic, data as never)) ? 'pass' : 'fail';
}

const ORDER = { block: 0, warn: 1, info: 2 } as const;

/** The verdict as evaluate made it before I13f-1 (and before I13e-1's single copy). */
function reference(form: CompiledForm, callFile: string, input: unknown, nowText: string, lang: Lang): Verdict {
  const now = toInstant(nowText, form.definition.call.window.utcOffset);
  const { safe, tooDeep } = sanitizeData(input);
  const plain = withoutBlanks(safe);
  const errors: SchemaError[] = mostSpecific(toSchemaErrors(form.validate(plain), form.fields, lang, form.schema), form.fields);
  if (tooDeep !== null) {
    errors.push({
      pointer: tooDeep,
      keyword: 'maxDepth',
      message:
        lang === 'en'
          ? `The data is nested more than ${MAX_DATA_DEPTH} levels deep here; nothing below is read`
          : `数据在此处嵌套超过 ${MAX_DATA_DEPTH} 层，以下内容不予读取`,
    });
  }
  const data = sanitize(plain as never);
  const raised: Finding[] = [];
  const routed = withToday(localDate(now, form.definition.call.window.utcOffset), () => {
    for (const compiled of form.rules) {
      try {
        if (outcome(compiled, data) === 'fail') raised.push(ruleFinding(compiled, data, lang, (say) => valueLabels(form.fields, say)));
      } catch {
        raised.push(brokenFinding(compiled, lang));
      }
    }
    return route(form.routing, data, lang, form.domains, valueLabels(form.fields, lang));
  });
  if (routed.finding) raised.push(routed.finding);
  const findings = withoutRepeats(raised, errors).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const window = windowState(form.definition.call, now, lang, callFile);
  const valid = errors.length === 0;
  const eligible = !findings.some((f) => f.severity === 'block');
  const open = window.state === 'open';
  const { category, year } = form.definition;
  // Since the error cap (MAX_REPORTED_ERRORS), a verdict lists the first ones and counts the rest.
  const more = errors.length - MAX_REPORTED_ERRORS;
  const listed =
    more > 0
      ? [
          ...errors.slice(0, MAX_REPORTED_ERRORS),
          {
            pointer: '',
            keyword: 'maxErrors',
            message:
              lang === 'en'
                ? `… and ${more} more errors (only the first ${MAX_REPORTED_ERRORS} are listed)`
                : `另有 ${more} 处错误未列出（只列出前 ${MAX_REPORTED_ERRORS} 处）`,
          },
        ]
      : errors;
  return { category, year, valid, eligible, open, ok: valid && eligible && open, errors: listed, findings, route: routed.route, window };
}

for (const { root, year, categories } of SERIES) {
  const catalog = loadCatalog(root);
  const engine = new Engine(catalog, ajvValidators());
  const callFile = fileOf(catalog, `rules/${year}/call`);
  const forms = new Map(categories.map((c) => [c, compileForm(catalog, c, year, ajvValidators())]));
  const check = (category: string, data: unknown, now: string, lang: Lang): void => {
    const want = reference(forms.get(category) as CompiledForm, callFile, data, now, lang);
    expect(engine.evaluate(category, data, { year, now, lang })).toEqual(want);
  };

  describe.each(categories)(`evaluate(%s) gives the verdict it gave before (${root === ROOT ? 'dalian' : 'yichang'})`, (category) => {
    it('on every example, in both languages, at the window’s edges', () => {
      for (const example of examplesOf(root, category)) {
        for (const now of NOWS) for (const lang of ['zh-CN', 'en'] as const) check(category, example, now, lang);
      }
    });

    it('on fuzzed and hostile submissions', () => {
      fc.assert(
        fc.property(submissionFor(root, category), fc.constantFrom(...NOWS), fc.constantFrom<Lang>('zh-CN', 'en'), (data, now, lang) => {
          check(category, data, now, lang);
        }),
        { numRuns: 120 },
      );
    });
  });
}

describe('data judged without a copy', () => {
  const catalog = loadCatalog(ROOT);
  const engine = new Engine(catalog, ajvValidators());
  const form = compileForm(catalog, 'key-rd', YEAR, ajvValidators());
  const callFile = fileOf(catalog, `rules/${YEAR}/call`);
  const now = '2021-11-01T10:00:00+08:00';
  const judge = (data: unknown, lang: Lang = 'zh-CN'): Verdict => {
    const got = engine.evaluate('key-rd', data, { year: YEAR, now, lang });
    expect(got).toEqual(reference(form, callFile, data, now, lang));
    return got;
  };
  type Section = Record<string, unknown>;
  type Data = Record<'project' | 'unit' | 'content' | 'indicators' | 'classification', Section> & Record<string, unknown>;
  const eligible = (): Data => structuredClone(examplesOf(ROOT, 'key-rd')[0]) as Data;

  it('is judged afresh after the caller changed it in place (199.99 / 200 / 200.01 in 研发总投入, R14)', () => {
    const data = eligible();
    data.project.matchingFunds = 100;
    const blocked = (v: Verdict) => v.findings.some((f) => f.rule === 'R14');
    for (const [amount, blocks] of [
      [200, false],
      [199.99, true],
      [200.01, false],
      [199.99, true],
    ] as const) {
      data.project.totalRdInvestment = amount;
      expect(blocked(judge(data))).toBe(blocks);
    }
  });

  it('with an own toString key (read through views), changed in place between checks', () => {
    const data = eligible();
    data.project.matchingFunds = 100;
    Reflect.set(data.unit, 'toString', 'x');
    for (const amount of [199.99, 200, 200.01, 199.99]) {
      data.project.totalRdInvestment = amount;
      expect(judge(data).findings.some((f) => f.rule === 'R14')).toBe(amount < 200);
    }
    Reflect.deleteProperty(data.unit, 'toString');
    expect(judge(data).findings.some((f) => f.rule === 'R14')).toBe(true);
  });

  it('a blank text added in place counts as not filled on the next check', () => {
    const data = eligible();
    expect(judge(data).valid).toBe(true);
    data.content.title = '\u3000 ';
    expect(judge(data).errors.map((e) => e.pointer)).toContain('/content/title');
  });

  it('what is not clean JSON is copied as before: holes, NaN, Infinity, undefined, functions, class instances, null prototypes, "" in lists', () => {
    const variants: ((d: Data) => void)[] = [
      (d) => {
        const list = (d.indicators as { milestones: unknown[] }).milestones;
        list.length = 6; // holes
      },
      (d) => {
        d.project.totalRdInvestment = Number.NaN;
      },
      (d) => {
        d.project.matchingFunds = Number.POSITIVE_INFINITY;
      },
      (d) => {
        d.unit.name = undefined;
        d.unit.phone = () => '1';
      },
      (d) => {
        d.unit = Object.assign(new (class Unit {})(), d.unit);
      },
      (d) => {
        d.unit = Object.assign(Object.create(null), d.unit);
      },
      (d) => {
        d.classification.keywords = ['', ' ', '智能焊接'];
      },
      (d) => {
        d.project.start = new Date(0);
      },
      (d) => {
        d.content.title = -0;
      },
    ];
    for (const change of variants) {
      const data = eligible();
      change(data);
      judge(data);
      judge(data, 'en');
    }
  });

  it('a "__proto__" key from JSON.parse stays data, and a cycle is cut where it passes the depth', () => {
    const text = JSON.stringify(eligible()).replace('"unit":{', '"unit":{"__proto__":{"name":"x"},');
    judge(JSON.parse(text));
    const cyclic = eligible();
    cyclic.unit.self = cyclic;
    expect(judge(cyclic).errors.some((e) => e.keyword === 'maxDepth')).toBe(true);
  });

  it('an enumerable key added to Object.prototype does not change what is judged', () => {
    const data = eligible();
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.polluted = '\u3000';
      judge(data);
      proto.polluted = 1;
      judge(data);
    } finally {
      delete proto.polluted;
    }
  });

  it('a getter that checks other data while it is read (re-entrant) leaves this check’s reads intact', () => {
    const other = eligible();
    other.project.totalRdInvestment = 500;
    for (const amount of [199.99, 200, 200.01]) {
      const data = eligible();
      const project = { ...data.project, matchingFunds: 100, totalRdInvestment: amount };
      // Read on the way to /project/totalRdInvestment: the other check runs in the middle of this one's read.
      Object.defineProperty(data, 'project', {
        enumerable: true,
        get: () => {
          engine.evaluate('key-rd', other, { year: YEAR, now });
          return project;
        },
      });
      expect(judge(data).findings.some((f) => f.rule === 'R14')).toBe(amount < 200);
    }
  });

  it('words thousands of distinct mistakes as before (the remembered messages are bounded)', () => {
    const data = eligible();
    data.indicators.milestones = Array.from({ length: 2_600 }, (_, i) => ({
      item: `第${i}项`,
      dueMonth: '2023-13',
    }));
    // ajv checks every item: over 5,000 mistakes are worded (and remembered); the verdict lists
    // MAX_REPORTED_ERRORS of them and counts the rest.
    const v = judge(data);
    expect(v.errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(Number(/另有 (\d+) 处/.exec(v.errors.at(-1)?.message ?? '')?.[1])).toBeGreaterThan(5_000 - MAX_REPORTED_ERRORS);
    judge(data, 'en');
  });
});
