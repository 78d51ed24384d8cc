/**
 * Rules compiled to JavaScript (`logicSource`, run in Node through `new Function`, written into a
 * page's bundle as code) answer as the closure interpreter and as json-logic-js 2.0.5 on the
 * sanitized copy: random logic over every allowed operator on random data (hostile keys and
 * values included), every rule, computed value and routing condition of every form of both call
 * series on its examples and on fuzzed submissions, and hostile rule files — whose text must
 * never become code.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import {
  allowCodeGeneration,
  applyLogic,
  canGenerateCode,
  cleanData,
  compiledLogicFn,
  compileForm,
  compileLogic,
  compileRouting,
  generatedFactory,
  LOGIC_RUNTIME,
  logicFn,
  logicSource,
  MAX_LOGIC_DEPTH,
  prebuiltRule,
  runCompiled,
  runLogic,
  runnerOf,
  sanitize,
  withoutBlanks,
  withToday,
} from '@guide-forms/core/tooling';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesOf, submissionFor } from '../fuzz/arbitraries.js';
import { formCategories, ROOT, YEAR } from '../helpers.js';
import { logicArb, plain, valueArb } from './random-logic.js';

type Outcome = { value: unknown } | { threw: true };

function attempt(run: () => unknown): Outcome {
  try {
    return { value: plain(run()) };
  } catch {
    return { threw: true };
  }
}

/** json-logic-js on the sanitized copy: the reference. */
const reference = (logic: unknown, data: unknown): Outcome =>
  attempt(() => applyLogic(logic as never, sanitize(withoutBlanks(sanitize(data)))));
const closure = (logic: unknown, data: unknown): Outcome => attempt(() => runLogic(logic as never, cleanData(data).data));
/** The generated code, read as the engine reads it (plain data as it is, the rest through views). */
function generated(logic: unknown, data: unknown): Outcome {
  const fn = generatedFactory(logic as never)(LOGIC_RUNTIME);
  return attempt(() => runCompiled({ logic: null, reads: [], params: [], computed: [], code: () => fn }, cleanData(data).data));
}

describe('generated code answers as the closures and as json-logic-js', () => {
  it('code generation is allowed in this process (the fallback is tested in a child process below)', () => {
    expect(canGenerateCode()).toBe(true);
  });

  it('random logic on random data', () => {
    fc.assert(
      fc.property(logicArb, valueArb, (l, d) => {
        withToday('2021-11-01', () => {
          const want = reference(l, d);
          expect(closure(l, d)).toEqual(want);
          expect(generated(l, d)).toEqual(want);
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('the same on data holding a toString key (read through sanitized views)', () => {
    const withToString = valueArb.map((v) => ({ toString: 'x', a: v, list: [v, { toString: 1, n: v }] }));
    fc.assert(
      fc.property(logicArb, withToString, (l, d) => {
        withToday('2021-11-01', () => expect(generated(l, d)).toEqual(reference(l, d)));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps identity between reads, and reads reduce’s context through its prototype', () => {
    const d = { a: { b: [1] }, list: [{ x: 1 }, { x: 2 }] };
    for (const l of [
      { '===': [{ var: 'a' }, { var: 'a' }] },
      { in: [{ var: 'list.0' }, { var: 'list' }] },
      { reduce: [[1], { '!!': { var: 'toString' } }, 0] },
      { var: 'a.constructor' },
      { var: 'list.length' },
      { var: 'list.0.x' },
      { '*': [{ var: 'a.b.0' }] },
      { '/': [1, -0] },
    ]) {
      expect(generated(l, d)).toEqual(reference(l, d));
    }
  });

  it('reduce’s context has exactly json-logic-js’s prototype chain (one plain object, not a class instance)', () => {
    // A property-test counterexample (seed -1014992590): the closures found `__proto__.__proto__`
    // on the context (a class's prototype, then Object.prototype) where json-logic-js finds null.
    for (const [l, d] of [
      [{ reduce: [{ missing_some: [1, ['a']] }, { missing: ['__proto__.__proto__'] }, ''] }, 0],
      [{ reduce: [[1], { var: '__proto__.__proto__' }, 0] }, {}],
      [{ reduce: [[1], { '===': [{ var: 'constructor' }, { var: 'current.constructor' }] }, 0] }, {}],
      [{ reduce: [[1], { missing: ['constructor', '__proto__.__proto__'] }, 0] }, {}],
      [{ map: [[{ current: 1 }], { var: 'current' }] }, {}],
    ] as const) {
      const want = reference(l, d);
      expect(closure(l, d), JSON.stringify(l)).toEqual(want);
      expect(generated(l, d), JSON.stringify(l)).toEqual(want);
    }
  });

  const series = [
    { root: ROOT, year: YEAR, categories: formCategories() },
    { root: join(ROOT, 'calls/yichang'), year: 2022, categories: ['jiebang'] },
  ];
  for (const { root, year, categories } of series) {
    const catalog = loadCatalog(root);
    for (const category of categories) {
      it(`${root === ROOT ? 'dalian' : 'yichang'} ${category}: every rule, computed value and routing step, on examples and fuzzed data`, () => {
        const form = compileForm(catalog, category, year, ajvValidators());
        const logics = [
          ...form.rules.flatMap((r) => [
            r.logic,
            ...(r.when ? [r.when] : []),
            ...Object.values(r.computed).flatMap((c) => [c['zh-CN'], c.en]),
          ]),
          ...compileRouting(catalog.years[year]!.call).steps.map((s) => s.when),
        ];
        // The page's code: the build's text, made into a function as the bundle's module does.
        const page = form.rules.map(prebuiltRule);
        const check = (d: unknown): void => {
          withToday('2021-11-01', () => {
            for (const c of logics) {
              const want = reference(c.logic, d);
              expect(closure(c.logic, d)).toEqual(want);
              expect(generated(c.logic, d)).toEqual(want);
            }
            const clean = cleanData(d).data;
            page.forEach((p, i) => {
              const fn = new Function(`return function (R) {${p.logic.source}}`)() as never;
              expect(attempt(() => runCompiled({ ...p.logic, code: fn }, clean))).toEqual(reference(form.rules[i]!.logic.logic, d));
            });
          });
        };
        for (const example of examplesOf(root, category)) check(example);
        fc.assert(fc.property(submissionFor(root, category), check), { numRuns: 40 });
      });
    }
  }
});

describe('hostile rule files never become code', () => {
  const site = { file: 'rules/2022/hostile.rules.json', pointer: '/rules/0/logic', rule: 'H1', params: {} };
  const marker = globalThis as { __gfInjected?: unknown };

  const HOSTILE: unknown[] = [
    { var: 'a"]);globalThis.__gfInjected=1;//' },
    { var: "a'];globalThis.__gfInjected=1;//" },
    { var: '__proto__.polluted' },
    { var: 'constructor.name' },
    { var: ['x', '*/globalThis.__gfInjected=1;/*'] },
    { '==': [{ var: 'a' }, '\u2028globalThis.__gfInjected=1\u2029'] },
    {
      cat: [
        '</script><script>globalThis.__gfInjected=1</script>',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's text as data, which must stay text.
        '${globalThis.__gfInjected=1}',
        '`',
      ],
    },
    { 'x"](1);globalThis.__gfInjected=1;//': [1] },
    JSON.parse('{"__proto__": [1]}'),
    { constructor: [1] },
    { toString: [] },
    { in: [{ var: 'a' }, ['\\', '"', "'", '\u2028', '\u0000']] },
    { '+': [1e308, 1e308] },
    { '-': [-0] },
    { '<': [-1e-320, 0, 1.2345678901234568e29] },
    { missing: ['a"]', 'b\\', '__proto__'] },
    { missing_some: [1, ['x\u2029', 'constructor']] },
    { map: [{ var: 'list' }, { cat: [{ var: '' }, '");globalThis.__gfInjected=1;("'] }] },
    JSON.parse('{"merge": [{"__proto__": 1, "a": 2}, [{"var": "__proto__"}]]}'),
  ];

  it('judges each hostile tree as the interpreter and json-logic-js, and runs nothing from its text', () => {
    const data = JSON.parse('{"a": "x", "__proto__": {"polluted": 1}, "list": ["p", "q"], "constructor": {"name": "n"}}');
    for (const l of HOSTILE) {
      const source = logicSource(l as never);
      expect(source).not.toMatch(/\u2028|\u2029/);
      expect(generated(l, data)).toEqual(reference(l, data));
      expect(generated(l, data)).toEqual(closure(l, data));
    }
    expect(marker.__gfInjected).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a polluted Object.prototype (a value, a getter) is never read as data', () => {
    const proto = Object.prototype as Record<string, unknown>;
    let calls = 0;
    const trees = [
      { var: 'polluted' },
      { var: 'a.polluted' },
      { var: ['a.getter', 'default'] },
      { missing: ['polluted', 'a.getter'] },
      { map: [{ var: 'list' }, { var: 'polluted' }] },
    ];
    const data = { a: { b: 1 }, list: [{ x: 1 }, {}] };
    try {
      proto.polluted = 'bad';
      Object.defineProperty(proto, 'getter', { get: () => ++calls, configurable: true });
      for (const l of trees) {
        const want = closure(l, data);
        expect(generated(l, data)).toEqual(want);
      }
      // Own data of the same names is read as usual.
      const own = { polluted: 'own', a: { polluted: 2, getter: 3 }, list: [{ polluted: 4 }] };
      for (const l of trees) expect(generated(l, own)).toEqual(closure(l, own));
      expect(calls).toBe(0);
    } finally {
      delete proto.polluted;
      delete proto.getter;
    }
  });

  it('the rule compiler refuses what it always refused, before any code is written', () => {
    expect(() => compileLogic({ var: '/a"]);globalThis.x=1;//' }, site)).toThrow(/字段名不能为空或包含/);
    expect(() => compileLogic({ var: '/__proto__/x' }, site)).toThrow(/原型链/);
    expect(() => compileLogic({ 'x");alert(1);//': [1] }, site)).toThrow(/不允许的运算符/);
  });

  it('deep nesting: the deepest a rule may be runs as generated code; deeper trees fall back or throw alike', () => {
    let deep: unknown = { var: '/n' };
    for (let i = 0; i < MAX_LOGIC_DEPTH - 2; i++) deep = { '+': [deep, 1] };
    const compiled = compileLogic(deep as never, site);
    expect(runnerOf(compiled)({ n: 1 })).toBe(MAX_LOGIC_DEPTH - 1);
    let deeper: unknown = 1;
    for (let i = 0; i < 3000; i++) deeper = { '!': [deeper] };
    const outcome = (run: () => unknown) => attempt(run);
    const viaCode = outcome(() => generatedFactory(deeper as never)(LOGIC_RUNTIME)({}));
    // A tree too deep to write or parse throws here (the engine then keeps closures); if it runs, it answers alike.
    if ('value' in viaCode) expect(viaCode).toEqual(outcome(() => logicFn(deeper as never)({})));
  });
});

describe('where code cannot be generated, the closure interpreter judges', () => {
  it('compiledLogicFn keeps the closures when code generation is refused, and generated code otherwise', () => {
    const l = { '>=': [{ var: ['project.totalRdInvestment'] }, 200] };
    const fresh = () => JSON.parse(JSON.stringify(l));
    try {
      allowCodeGeneration(false);
      const a = fresh();
      expect(compiledLogicFn(a)).toBe(logicFn(a));
      allowCodeGeneration(true);
      const b = fresh();
      expect(compiledLogicFn(b)).not.toBe(logicFn(b));
      for (const v of [199.99, 200, 200.01]) expect(compiledLogicFn(b)({ project: { totalRdInvestment: v } })).toBe(v >= 200);
    } finally {
      allowCodeGeneration(undefined);
    }
  });

  it('node --disallow-code-generation-from-strings runs every rule of every form as closures, with the same outcomes', () => {
    // ajv compiles with new Function too: the child judges the rules alone (compiled from the rule files, as the engine does).
    const script = `
      import { loadCatalog } from '@guide-forms/core/node';
      import { canGenerateCode, cleanData, compileRuleFile, compileRouting, runCompiled, withToday } from '@guide-forms/core/tooling';
      import { readdirSync, readFileSync } from 'node:fs';
      import { join } from 'node:path';
      const root = process.argv[1];
      const catalog = loadCatalog(root);
      const year = catalog.years[2022];
      const logics = [
        ...Object.entries(year.rules).flatMap(([key, file]) => compileRuleFile(file, key).flatMap((r) => [r.logic, ...(r.when ? [r.when] : [])])),
        ...compileRouting(year.call).steps.map((s) => s.when),
      ];
      const outcomes = [];
      withToday('2021-11-01', () => {
        for (const category of year.call.categories) {
          const dir = join(root, 'forms', category, 'examples');
          for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
            const data = cleanData(JSON.parse(readFileSync(join(dir, f), 'utf8'))).data;
            outcomes.push(logics.map((l) => { try { return JSON.stringify(runCompiled(l, data)) ?? 'undefined'; } catch { return 'threw'; } }).join(' '));
          }
        }
      });
      process.stdout.write(JSON.stringify({ canGenerate: canGenerateCode(), count: logics.length, outcomes }));
    `;
    const run = (flags: string[]) =>
      JSON.parse(
        execFileSync(process.execPath, [...flags, '--input-type=module', '-e', script, ROOT], { cwd: ROOT, encoding: 'utf8' }),
      ) as {
        canGenerate: boolean;
        count: number;
        outcomes: string[];
      };
    const without = run(['--disallow-code-generation-from-strings']);
    const withCode = run([]);
    expect(without.canGenerate).toBe(false);
    expect(withCode.canGenerate).toBe(true);
    expect(without.count).toBeGreaterThan(50);
    expect(without.outcomes.length).toBeGreaterThan(10);
    expect(without.outcomes).toEqual(withCode.outcomes);
  });
});
