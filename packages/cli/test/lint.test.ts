// Broken rule and call files each give the documented lint error, located by file,
// line, column and JSON Pointer, with what was expected, what was found and a hint.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, type RuleData, run, tempRoot } from './admin-helpers.js';

const KEY_RD = 'rules/2022/key-rd.rules.json';
const CALL = 'rules/2022/call.json';

async function lint(root: string): Promise<{ code: number; report: LintJson }> {
  const r = await run(root, 'lint', '--year', '2022', '--json');
  return { code: r.code, report: JSON.parse(r.stdout) as LintJson };
}

function errors(report: LintJson): LintJson['problems'] {
  return report.problems.filter((p) => p.level === 'error');
}

/** Line and column (1-based) of the first occurrence of `needle` in a file. */
function where(root: string, rel: string, needle: string): { line: number; column: number } {
  const text = readFileSync(join(root, rel), 'utf8');
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function editR14(root: string, edit: (r14: RuleData, rules: RuleData[]) => void): void {
  editJson<{ rules: RuleData[] }>(root, KEY_RD, (file) => edit(file.rules.find((r) => r.id === 'R14') as RuleData, file.rules));
}

describe('guide-forms lint', () => {
  beforeAll(() => {
    delete process.env.GUIDE_FORMS_ROOT;
  });

  it('passes the untouched copy (exit 0, warnings allowed) and prints file:line:column', async () => {
    const root = tempRoot();
    expect((await lint(root)).code).toBe(0);
    const text = await run(root, 'lint');
    expect(text.stdout).toMatch(/^通过 OK：0 个错误/m);
  });

  it('bad JSON: names the file, line and column', async () => {
    const root = tempRoot();
    const text = readFileSync(join(root, KEY_RD), 'utf8');
    const at = text.indexOf('"category"');
    writeFileSync(join(root, KEY_RD), text.replace(/"year": 2022,(\s*)"category"/, '"year": 2022$1"category"'));
    const broken = readFileSync(join(root, KEY_RD), 'utf8');
    const before = broken.slice(0, broken.indexOf('"category"')).split('\n');
    expect(at).toBeGreaterThan(0);
    const { code, report } = await lint(root);
    expect(code).toBe(2);
    expect(report.problems.map((p) => p.code)).toEqual(['bad-json']);
    expect(errors(report)).toContainEqual(
      expect.objectContaining({
        code: 'bad-json',
        file: KEY_RD,
        line: before.length,
        column: (before.at(-1)?.length ?? 0) + 1,
        found: 'CommaExpected',
      }),
    );
    const human = await run(root, 'lint', '--year', '2022');
    expect(human.stdout).toContain(`${KEY_RD}:${before.length}:`);
    expect(human.stdout).toContain('JSON 格式错误');
  });

  it('unknown operator: refused by compileLogic, with a did-you-mean hint', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      r14.logic = { gte: [{ var: '/project/totalRdInvestment' }, { param: 'min' }] };
    });
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    const problem = errors(report).find((p) => p.code === 'rule-logic');
    expect(problem).toMatchObject({ file: KEY_RD, pointer: '/rules/0/logic/gte', expected: 'an allowed operator', found: 'gte' });
    expect(problem?.message).toContain('不允许的运算符 "gte"');
    expect(problem?.hint).toContain('>=');
    expect(problem).toMatchObject(where(root, KEY_RD, '"gte"'));
  });

  it('an operator with the wrong number of arguments is refused', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      r14.logic = { '>=': [{ var: '/project/totalRdInvestment' }] };
    });
    const problem = errors((await lint(root)).report).find((p) => p.code === 'rule-logic');
    expect(problem).toMatchObject({ pointer: '/rules/0/logic/>=', expected: '2', found: '1' });
  });

  it('misspelled field: not in the form, with the closest field as hint', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      const text = JSON.stringify(r14).replaceAll('/project/totalRdInvestment', '/project/totalRdInvestmnt');
      Object.assign(r14, JSON.parse(text));
    });
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    const unknown = errors(report).filter((p) => p.code === 'unknown-field');
    expect(unknown.map((p) => p.pointer)).toEqual(
      expect.arrayContaining(['/rules/0/logic/>=/0/var', '/rules/0/needs/0', '/rules/0/message/zh-CN']),
    );
    const read = unknown.find((p) => p.pointer === '/rules/0/logic/>=/0/var');
    expect(read).toMatchObject({ found: '/project/totalRdInvestmnt', expected: 'a field of forms/key-rd/schema.json' });
    expect(read?.hint).toContain('/project/totalRdInvestment');
    expect(read?.message).toContain('在表单 key-rd 中不存在');
  });

  it('a misspelled schema keyword: its place in the form, and the keyword meant', async () => {
    const root = tempRoot();
    editJson(
      root,
      'forms/key-rd/schema.json',
      (schema: { properties: Record<string, { properties: Record<string, Record<string, unknown>> }> }) => {
        (schema.properties.project?.properties.durationMonths as Record<string, unknown>).maximun = 36;
      },
    );
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    const problem = errors(report).find((p) => p.code === 'schema-invalid');
    expect(problem).toMatchObject({
      file: 'forms/key-rd/schema.json',
      pointer: '/properties/project/properties/durationMonths/maximun',
      message: '不支持的关键字 "maximun"',
      hint: '是否应为 "maximum"？',
    });
    expect({ line: problem?.line, column: problem?.column }).toEqual(where(root, 'forms/key-rd/schema.json', '"maximun"'));
  });

  it('an unknown format in the shared schema is reported in the shared file', async () => {
    const root = tempRoot();
    editJson(root, 'forms/_shared/schema.json', (schema: { $defs: Record<string, Record<string, unknown>> }) => {
      (schema.$defs.money as Record<string, unknown>).format = 'money';
    });
    const problems = errors((await lint(root)).report).filter((p) => p.code === 'schema-invalid');
    // Once for the year, not once per form that uses the definition.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'forms/_shared/schema.json', pointer: '/$defs/money/format' });
    expect(problems[0]?.message).toContain('未知的 format "money"');
  });

  it('fields must match what the logic reads', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      r14.fields = ['/project/matchingFunds'];
    });
    const problem = errors((await lint(root)).report).find((p) => p.code === 'fields-mismatch');
    expect(problem).toMatchObject({
      pointer: '/rules/0/fields',
      expected: '["/project/totalRdInvestment"]',
      found: '["/project/matchingFunds"]',
    });
  });

  it('params: an undefined one is refused, an unused one is an error', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      r14.params = { minimum: 200 };
    });
    const found = errors((await lint(root)).report);
    expect(found).toContainEqual(expect.objectContaining({ code: 'rule-logic', pointer: '/rules/0/logic/>=/1/param', found: 'min' }));
    expect(found).toContainEqual(expect.objectContaining({ code: 'unused-param', pointer: '/rules/0/params/minimum' }));
  });

  it('missing en message: the rule format requires both languages', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      delete r14.message.en;
    });
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    const problem = errors(report).find((p) => p.pointer === '/rules/0/message/en');
    expect(problem).toMatchObject({ code: 'missing-key', file: KEY_RD, expected: '"en"' });
    expect(problem?.message).toContain('规则 R14');
    expect(problem).toMatchObject(where(root, KEY_RD, '"message"'));
  });

  it('a placeholder that is neither a param nor a field is an error', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      r14.message.en = 'At least {mni}';
    });
    const problem = errors((await lint(root)).report).find((p) => p.code === 'unknown-placeholder');
    expect(problem).toMatchObject({ pointer: '/rules/0/message/en', found: '{mni}' });
    expect(problem?.hint).toContain('{min}');
  });

  it('a misspelled key is named with the key it probably is', async () => {
    const root = tempRoot();
    editR14(root, (r14) => {
      r14.mesage = r14.message;
    });
    const problem = errors((await lint(root)).report).find((p) => p.code === 'unknown-key');
    expect(problem).toMatchObject({ pointer: '/rules/0/mesage', found: '"mesage"' });
    expect(problem?.hint).toContain('"message"');
  });

  it('duplicate id', async () => {
    const root = tempRoot();
    let at = -1;
    editR14(root, (r14, rules) => {
      at = rules.length;
      rules.push({ ...structuredClone(r14) });
    });
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    expect(errors(report)).toContainEqual(
      expect.objectContaining({ code: 'duplicate-id', file: KEY_RD, pointer: `/rules/${at}/id`, found: 'R14' }),
    );
  });

  it('a window that ends before it starts', async () => {
    const root = tempRoot();
    editJson(root, CALL, (call: { window: { opens: string; closes: string } }) => {
      call.window.closes = '2021-10-01';
    });
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    const problem = errors(report).find((p) => p.code === 'call-window');
    expect(problem).toMatchObject({ file: CALL, pointer: '/window', expected: 'closes ≥ opens', found: '2021-10-20 … 2021-10-01' });
    expect(problem?.message).toContain('早于开始日期');
  });

  it('routing to a department that does not exist', async () => {
    const root = tempRoot();
    editJson(root, CALL, (call: { routing: { fallback: { department: string } } }) => {
      call.routing.fallback.department = 'gaoxn';
    });
    const problem = errors((await lint(root)).report).find((p) => p.code === 'unknown-department');
    expect(problem).toMatchObject({ pointer: '/routing/fallback/department', found: 'gaoxn' });
    expect(problem?.hint).toContain('gaoxin');
  });

  it('--year of a year that does not exist is a usage error (exit 2)', async () => {
    const r = await run(tempRoot(), 'lint', '--year', '1999');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有 1999 年度的规则');
  });
});
