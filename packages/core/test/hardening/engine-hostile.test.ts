// Issue 14: hostile submissions get a verdict — never a throw — and hostile rule files are
// refused when the form is compiled, with the same message lint gives.
import { type Catalog, Engine, GuideFormsError, type Rule } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { compileLogic, formatMessage, MAX_DATA_DEPTH, MAX_LOGIC_DEPTH, sanitize, sanitizeData } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT } from '../helpers.js';

const engine = new Engine(loadCatalog(ROOT), ajvValidators());

/** `[[[…1…]]]` nested `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('an object where a string is expected', () => {
  it('is a schema error, not a throw in routing (category and domain objects)', () => {
    const data = { classification: { category: {}, domain: {} } };
    const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.valid).toBe(false);
    expect(v.route).toBeNull();
    expect(v.errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/classification/category', '/classification/domain']));
    expect(v.findings.filter((f) => /无法求值/.test(f.message))).toEqual([]);
  });

  it('in every field the routing reads, for every form', () => {
    for (const category of ['challenge', 'key-rd', 'innovation-fund', 'transfer', 'regional', 'international', 'summary']) {
      const data = clone(example(category));
      const hostile = {
        ...data,
        classification: { category: { x: 1 }, domain: [] },
        linked: { category: {}, subtype: [], huiminType: {} },
      };
      const v = engine.evaluate(category, hostile, { now: OPEN_NOW, lang: 'en' });
      expect(v.ok).toBe(false);
      expect(v.findings.filter((f) => /could not be evaluated/.test(f.message))).toEqual([]);
    }
  });

  it('in a threshold field: the schema says it is not a number, once (R14 does not repeat it — issue 11)', () => {
    const data = clone(example('key-rd'));
    (data.project as Record<string, unknown>).totalRdInvestment = { valueOf: 500 };
    const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/project/totalRdInvestment', keyword: 'type' }));
    expect(v.findings.find((f) => f.rule === 'R14')).toBeUndefined();
    expect(v.ok).toBe(false);
  });
});

describe('depth', () => {
  it(`sanitizes ${MAX_DATA_DEPTH} levels and cuts at the next one, naming where`, () => {
    expect(sanitizeData(nested(MAX_DATA_DEPTH - 1)).tooDeep).toBeNull();
    expect(sanitizeData(nested(MAX_DATA_DEPTH)).tooDeep).toBeNull();
    const over = sanitizeData({ a: nested(MAX_DATA_DEPTH) });
    expect(over.tooDeep).toBe(`/a${'/0'.repeat(MAX_DATA_DEPTH - 1)}`);
  });

  it('evaluates a submission nested 10,000 and 100,000 levels deep to a verdict with one located error', () => {
    for (const depth of [10_000, 100_000]) {
      const data = { ...clone(example('key-rd')), extra: nested(depth) };
      const v = engine.evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' });
      expect(v.valid).toBe(false);
      const deep = v.errors.filter((e) => e.keyword === 'maxDepth');
      expect(deep).toHaveLength(1);
      expect(deep[0]?.pointer).toBe(`/extra${'/0'.repeat(MAX_DATA_DEPTH - 1)}`);
      expect(deep[0]?.message).toMatch(/more than 64 levels/);
    }
  });

  it('gives a verdict on a cyclic object built in JavaScript', () => {
    const data = clone(example('key-rd')) as Record<string, unknown>;
    data.self = data;
    const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.errors.some((e) => e.keyword === 'maxDepth')).toBe(true);
  });

  it('keeps __proto__ keys as data in objects that name nothing', () => {
    const safe = sanitize(JSON.parse('{"__proto__":{"polluted":1},"a":{"constructor":2}}')) as Record<string, unknown>;
    expect(Object.keys(safe)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((safe.a as Record<string, unknown>).toString).toBeUndefined();
    expect(`${safe.a}`).toBe('[object Object]');
  });

  const site = { file: 'rules/2022/x.rules.json', pointer: '/rules/0/logic', rule: 'X', params: {} };
  const deepLogic = (depth: number): unknown => {
    let logic: unknown = true;
    for (let i = 1; i < depth; i++) logic = { '!': [logic] };
    return logic;
  };

  it(`compiles ${MAX_LOGIC_DEPTH} nested operations and refuses ${MAX_LOGIC_DEPTH + 1}, 2,000 and 100,000, naming the rule and pointer`, () => {
    // deepLogic(n) holds n − 1 nested operations around `true`.
    expect(() => compileLogic(deepLogic(MAX_LOGIC_DEPTH + 1) as never, site)).not.toThrow();
    for (const depth of [MAX_LOGIC_DEPTH + 2, 2000, 100_000]) {
      let error: unknown;
      try {
        compileLogic(deepLogic(depth) as never, site);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GuideFormsError);
      expect((error as GuideFormsError).message).toBe(`规则 X：逻辑嵌套超过 ${MAX_LOGIC_DEPTH} 层`);
      expect((error as GuideFormsError).pointer).toBe(`/rules/0/logic${'/!/0'.repeat(MAX_LOGIC_DEPTH)}`);
    }
  });
});

describe('hostile rule files are refused when the form is compiled', () => {
  const r14 = (): Rule => {
    const file = loadCatalog(ROOT).years[2022]!.rules['key-rd']!;
    return clone(file.rules.find((r) => r.id === 'R14')!);
  };
  function engineWith(change: (rule: Rule) => void): Engine {
    const catalog: Catalog = loadCatalog(ROOT);
    const rules = catalog.years[2022]!.rules['key-rd']!.rules;
    const i = rules.findIndex((r) => r.id === 'R14');
    change(rules[i] as Rule);
    return new Engine(catalog, ajvValidators());
  }
  const refusal = (change: (rule: Rule) => void): GuideFormsError => {
    try {
      engineWith(change).getForm('key-rd');
    } catch (error) {
      return error as GuideFormsError;
    }
    throw new Error('accepted');
  };

  it('"needs": ["/__proto__"] (which would skip R14 and let 199.99 through)', () => {
    const e = refusal((r) => {
      r.needs = ['/__proto__'];
    });
    expect(e.code).toBe('rule-pointer');
    expect(e.message).toBe('规则 R14：needs 不得指向原型链上的 "__proto__"（/__proto__）');
    expect(e.pointer).toBe('/rules/0/needs/0');
    expect(e.file).toBe('rules/2022/key-rd.rules.json');
  });

  it('malformed pointers in fields, needs and marksRequired', () => {
    expect(refusal((r) => (r.needs = ['project/x'])).message).toMatch(/needs 中的 "project\/x" 不是 JSON Pointer/);
    expect(refusal((r) => (r.fields = ['/a~2b'])).message).toMatch(/fields 中的 "\/a~2b" 不是 JSON Pointer/);
    expect(refusal((r) => (r.marksRequired = [7 as never])).pointer).toBe('/rules/0/marksRequired/0');
    expect(refusal((r) => (r.needs = '/x' as never)).message).toBe('规则 R14：needs 应为 JSON Pointer 列表');
    expect(refusal((r) => (r.fields = ['/constructor/name'])).message).toMatch(/不得指向原型链上的 "constructor"/);
  });

  it('"min": null, an object param and a list holding an operation', () => {
    const nullMin = refusal((r) => (r.params = { min: null }));
    expect(nullMin.code).toBe('rule-param');
    expect(nullMin.message).toBe('规则 R14：参数 "min" 的值应为数字、文字、是/否或由它们组成的列表，实际为 null');
    expect(nullMin.pointer).toBe('/rules/0/params/min');
    expect(refusal((r) => (r.params = { min: { log: 1 } as never })).message).toMatch(/实际为 an object/);
    expect(refusal((r) => (r.params = { min: [{ log: 1 }] as never })).message).toMatch(/实际为 a list with an object/);
    expect(refusal((r) => (r.params = { 'a-b': 1, min: 200 })).message).toMatch(/参数名 "a-b"/);
  });

  it('a rule using log', () => {
    const e = refusal((r) => (r.logic = { log: { var: '/project/totalRdInvestment' } }));
    expect(e.message).toBe('规则 R14：不允许的运算符 "log"');
  });

  it('and the unchanged R14 still decides at 199.99 / 200 / 200.01', () => {
    expect(r14().params).toEqual({ min: 200 });
    for (const [amount, blocked] of [
      [199.99, true],
      [200, false],
      [200.01, false],
    ] as const) {
      const data = clone(example('key-rd'));
      (data.project as Record<string, unknown>).totalRdInvestment = amount;
      const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
      expect(v.findings.some((f) => f.rule === 'R14')).toBe(blocked);
    }
  });
});

describe('the fallback route', () => {
  it('names only a domain the form offers; other text is a schema error and no route', () => {
    const data = clone(example('key-rd'));
    (data.classification as Record<string, unknown>).domain = '\u001b[2J\u001b[31mFAKE: 通过 OK';
    const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.route).toBeNull();
    expect(v.findings.some((f) => f.rule === 'route.fallback')).toBe(false);
    expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/classification/domain', keyword: 'enum' }));
  });

  it('still speaks for 节能环保, which the notice gives no department', () => {
    const data = clone(example('key-rd'));
    (data.classification as Record<string, unknown>).domain = '节能环保';
    const v = engine.evaluate('key-rd', data, { now: OPEN_NOW });
    expect(v.findings.find((f) => f.rule === 'route.fallback')?.message).toMatch(/^通知没有写明“节能环保”领域/);
  });
});

describe('messages', () => {
  it('clip a 1 MB value to 200 characters', () => {
    const message = formatMessage(
      '当前为 {/project/totalRdInvestment} 万元',
      {},
      { project: { totalRdInvestment: 'x'.repeat(1_000_000) } },
      'zh-CN',
    );
    expect(message.length).toBeLessThan(300);
    expect(message).toContain(`${'x'.repeat(200)}…`);
  });
});
