// The yearly edit as lint and test see it: closing a category is a call.json edit and
// nothing else; a year whose file is not JSON gets only the JSON error (exit 2).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, type RuleData, run, tempRoot } from './admin-helpers.js';

const CALL = 'rules/2023/call.json';
const roots: string[] = [];

/** A temporary root with 2022 and its rollover 2023; `regional` is open too, so key-rd can close. */
async function rolledOver(): Promise<string> {
  const root = tempRoot(['regional']);
  roots.push(root);
  expect((await run(root, 'rollover', '2022', '2023')).code).toBe(0);
  return root;
}
async function lint(root: string): Promise<{ code: number; report: LintJson }> {
  const r = await run(root, 'lint', '--year', '2023', '--json');
  return { code: r.code, report: JSON.parse(r.stdout) as LintJson };
}
const closeKeyRd = (root: string): void =>
  editJson<{ categories: string[] }>(root, CALL, (call) => {
    call.categories = call.categories.filter((c) => c !== 'key-rd');
  });

describe('closing a category', () => {
  beforeAll(() => {
    delete process.env.GUIDE_FORMS_ROOT;
  });
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it('removing it from categories is enough: its rule file may stay, unused', async () => {
    const root = await rolledOver();
    closeKeyRd(root);
    const { code, report } = await lint(root);
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(code).toBe(0);
    const tested = await run(root, 'test', '--year', '2023', '--json');
    const rows = (JSON.parse(tested.stdout) as { rows: { file: string; status: string; actual: string }[] }).rows;
    const keyRd = rows.filter((r) => r.file === 'rules/2023/key-rd.rules.json');
    expect(keyRd.length).toBeGreaterThan(0);
    expect(keyRd.every((r) => r.status === 'skip' && r.actual === '类别 key-rd 本年度未开放')).toBe(true);
    expect(rows.some((r) => r.file.startsWith('forms/key-rd/examples/'))).toBe(false);
  });

  it('…or be deleted, without [id-removed]', async () => {
    const root = await rolledOver();
    closeKeyRd(root);
    rmSync(join(root, 'rules/2023/key-rd.rules.json'));
    const { code, report } = await lint(root);
    expect(report.problems.filter((p) => p.code === 'id-removed')).toEqual([]);
    expect(code).toBe(0);
  });

  it('deleting the rule file of a category still open is [id-removed]', async () => {
    const root = await rolledOver();
    rmSync(join(root, 'rules/2023/key-rd.rules.json'));
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    expect(report.problems.some((p) => p.code === 'id-removed')).toBe(true);
  });
});

describe('malformed JSON in the new year', () => {
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it('lint reports only the JSON error and exits 2; test exits 2 too', async () => {
    const root = await rolledOver();
    writeFileSync(join(root, 'rules/2023/key-rd.rules.json'), '{ "year": 2023, "category": "key-rd", "rules": [ }\n');
    const { code, report } = await lint(root);
    expect(code).toBe(2);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'bad-json', file: 'rules/2023/key-rd.rules.json', line: 1, level: 'error' }),
    ]);
    const human = await run(root, 'lint', '--year', '2023');
    expect(human.stdout).not.toContain('id-removed');
    expect((await run(root, 'test', '--year', '2023')).code).toBe(2);
  });
});

const KEY_RD = 'rules/2023/key-rd.rules.json';
const editR14 = (root: string, edit: (r14: RuleData) => void): void =>
  editJson<{ rules: RuleData[] }>(root, KEY_RD, (file) => edit(file.rules.find((r) => r.id === 'R14') as RuleData));

describe('what a person gets wrong in the yearly edit', () => {
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });

  it.each([
    ['300万', '"300万"', '300'],
    ['２００', '"２００"', '200'],
    ['two hundred', '"two hundred"', 'a number, e.g. 300'],
    [[300], '[300]', 'a number, e.g. 300'],
  ] as const)('a threshold written as %j is refused, with the number it should be', async (value, found, expected) => {
    const root = await rolledOver();
    editR14(root, (r14) => {
      (r14 as { params: Record<string, unknown> }).params = { min: value };
    });
    const { code, report } = await lint(root);
    expect(code).toBe(1);
    const [problem] = report.problems.filter((p) => p.code === 'param-type');
    expect(problem).toMatchObject({ file: KEY_RD, pointer: '/rules/0/params/min', found, expected, level: 'error' });
    expect(problem?.message).toMatch(/^规则 R14：参数 "min" 用于比较或计算，应为数字/);
    expect(problem?.hint).toMatch(/只写数字/);
  });

  it('a number threshold passes', async () => {
    const root = await rolledOver();
    editR14(root, (r14) => {
      r14.params = { min: 300 };
    });
    const { report } = await lint(root);
    expect(report.problems.filter((p) => p.code === 'param-type')).toEqual([]);
  });

  it('a new phone with the old one left in the fallback message is named', async () => {
    const root = await rolledOver();
    editJson<{ departments: Record<string, { phone: string }> }>(root, CALL, (call) => {
      (call.departments.gaoxin as { phone: string }).phone = '0411-39989800';
    });
    const { code, report } = await lint(root);
    expect(code).toBe(0);
    expect(report.problems.filter((p) => p.code === 'stale-phone')).toEqual([
      expect.objectContaining({
        level: 'warning',
        file: CALL,
        pointer: '/routing/fallback/message/zh-CN',
        message: '高新处的电话已从 0411-39989885 改为 0411-39989800，但这里仍写着 0411-39989885',
      }),
      expect.objectContaining({ pointer: '/routing/fallback/message/en' }),
    ]);
  });

  it('a changed threshold still written as a number in the form’s hint is named', async () => {
    const root = await rolledOver();
    editJson<{ properties: { project: { properties: Record<string, { description?: string }> } } }>(
      root,
      'forms/key-rd/schema.json',
      (schema) => {
        (schema.properties.project.properties.totalRdInvestment as { description?: string }).description = '项目总研发投入在 200 万元以上';
      },
    );
    editR14(root, (r14) => {
      r14.params = { min: 300 };
    });
    const { report } = await lint(root);
    expect(report.problems.filter((p) => p.code === 'stale-hint')).toEqual([
      expect.objectContaining({
        file: 'forms/key-rd/schema.json',
        pointer: '/properties/project/properties/totalRdInvestment/description',
        expected: '{R14.min}',
      }),
    ]);
  });

  it('原则上 on a blocking rule and 须 on a warning are warned about when edited', async () => {
    const root = await rolledOver();
    expect((await lint(root)).report.problems.filter((p) => p.code === 'severity-wording')).toEqual([]);
    editR14(root, (r14) => {
      r14.clause = '项目总研发投入原则上在300万元以上';
    });
    let problems = (await lint(root)).report.problems.filter((p) => p.code === 'severity-wording');
    expect(problems).toEqual([expect.objectContaining({ pointer: '/rules/0/severity', expected: '"warn"', found: '"block"' })]);
    editR14(root, (r14) => {
      r14.clause = '项目总研发投入须在300万元以上';
      r14.severity = 'warn';
    });
    problems = (await lint(root)).report.problems.filter((p) => p.code === 'severity-wording');
    expect(problems).toEqual([
      expect.objectContaining({ message: '规则 R14：原文写“须”，却只是提醒（warn）', expected: '"block"', found: '"warn"' }),
    ]);
  });
});
