// Rule logic is data from files an administrator edits: hostile or mistaken logic must be
// refused when loaded, with the rule, file and pointer named — never evaluated as true.
import { type Catalog, Engine, GuideFormsError, type RuleFile } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog } from '@guide-forms/core/node';
import { compileLogic } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT, YEAR } from './helpers.js';

const site = { file: 'rules/2022/key-rd.rules.json', pointer: '/rules/0/logic', rule: 'R14', params: { min: 200 } };

function refusal(logic: unknown): GuideFormsError {
  try {
    compileLogic(logic as never, site);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideFormsError);
    return error as GuideFormsError;
  }
  throw new Error(`accepted: ${JSON.stringify(logic)}`);
}

describe('restricted JSON-Logic', () => {
  it('refuses var paths that walk the prototype', () => {
    for (const path of ['/constructor', '/__proto__/x', '/project/prototype', '/a/constructor/name']) {
      const e = refusal({ var: path });
      expect(e.message).toMatch(/^规则 R14：var 不得读取原型链/);
      expect(e.file).toBe('rules/2022/key-rd.rules.json');
      expect(e.pointer).toBe('/rules/0/logic/var');
    }
  });

  it('refuses dotted paths and bare names: var takes JSON Pointers only', () => {
    expect(refusal({ var: 'constructor' }).message).toMatch(/JSON Pointer/);
    expect(refusal({ var: 'project.totalRdInvestment' }).message).toMatch(/JSON Pointer/);
    expect(refusal({ var: '/project.total' }).message).toMatch(/不能为空或包含/);
    expect(refusal({ var: [{ cat: ['/pro', 'ject'] }] }).message).toMatch(/JSON Pointer/);
  });

  it('refuses log, method and unknown operators, naming where', () => {
    expect(refusal({ log: 1 }).message).toBe('规则 R14：不允许的运算符 "log"');
    expect(refusal({ and: [true, { method: ['x', 'toString'] }] }).pointer).toBe('/rules/0/logic/and/1/method');
    const typo = refusal({ '>==': [1, 2] });
    expect(typo.message).toMatch(/不允许的运算符 ">=="/);
    expect(typo.expected).toBe('an allowed operator');
  });

  it('checks arity and operator objects', () => {
    expect(refusal({ '>=': [1] }).message).toMatch(/">=" 需要 2 个参数，实际为 1 个/);
    expect(refusal({ '!': [1, 2] }).message).toMatch(/需要 1 个参数/);
    expect(refusal({ '>=': [1, 2], '<': [1, 2] }).message).toMatch(/只能有一个运算符/);
  });

  it('inlines params and refuses undefined ones', () => {
    const ok = compileLogic({ '>=': [{ var: '/project/totalRdInvestment' }, { param: 'min' }] }, site);
    expect(ok.logic).toEqual({ '>=': [{ var: ['project.totalRdInvestment'] }, 200] });
    expect(ok.params).toEqual(['min']);
    expect(ok.reads).toEqual([{ pointer: '/project/totalRdInvestment', scope: null }]);
    expect(refusal({ '>=': [1, { param: 'max' }] }).message).toMatch(/未定义的参数 "max"/);
  });

  it('records reads relative to array items', () => {
    const c = compileLogic({ all: [{ var: '/indicators/milestones' }, { '!!': { var: '/target' } }] }, site);
    expect(c.reads).toEqual([
      { pointer: '/indicators/milestones', scope: null },
      { pointer: '/target', scope: '/indicators/milestones' },
    ]);
  });
});

describe('a hostile rule file loaded by the engine', () => {
  function engineWith(rules: RuleFile['rules']): Engine {
    const catalog: Catalog = loadCatalog(ROOT);
    const year = catalog.years[2022]!;
    year.rules['key-rd'] = { year: 2022, category: 'key-rd', rules };
    return new Engine(catalog, ajvValidators());
  }
  const base = {
    id: 'X1',
    severity: 'block' as const,
    title: { 'zh-CN': '测试', en: 'test' },
    clause: '测试条款',
    fields: [],
    message: { 'zh-CN': '失败', en: 'failed' },
    tests: [],
  };

  it('is refused when the form is first used, with the rule and file named', () => {
    const engine = engineWith([{ ...base, logic: { var: '/constructor' } }]);
    expect(() => engine.evaluate('key-rd', example('key-rd'), { now: OPEN_NOW })).toThrow(/规则 X1：var 不得读取原型链/);
    expect(() => engine.getForm('key-rd')).toThrow(
      expect.objectContaining({ file: 'rules/2022/key-rd.rules.json', pointer: '/rules/0/logic/var', code: 'rule-logic' }),
    );
  });

  it('refuses a duplicate id and a missing English message', () => {
    expect(() =>
      engineWith([
        { ...base, logic: true },
        { ...base, logic: true },
      ]).getForm('key-rd'),
    ).toThrow(/规则 id "X1" 重复/);
    expect(() => engineWith([{ ...base, logic: true, message: { 'zh-CN': '失败' } as never }]).getForm('key-rd')).toThrow(/缺少 en 提示语/);
  });

  it('data cannot reach the prototype either: a __proto__ key in the submission is just data', () => {
    const data = JSON.parse(
      JSON.stringify(clone(example('key-rd'))).replace('"project":{', '"project":{"__proto__":{"totalRdInvestment":9999},'),
    );
    data.project.totalRdInvestment = 100;
    const v = new Engine(loadCatalog(ROOT), ajvValidators()).evaluate('key-rd', data, { year: YEAR, now: OPEN_NOW });
    expect(v.findings.map((f) => f.rule)).toContain('R14');
    expect(({} as Record<string, unknown>).totalRdInvestment).toBeUndefined();
  });
});
