// An administrator's year: roll 2022 over to 2023 in a copy of the repository, raise the
// key-rd threshold R14 to 300 万元 and move the window, and see it in lint, test, diff and check.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, type RuleData, readJson, run, tempRoot } from './admin-helpers.js';

const KEY_RD_2023 = 'rules/2023/key-rd.rules.json';
let root: string;

function setR14(tests: 'old' | 'new'): void {
  editJson<{ rules: RuleData[] }>(root, KEY_RD_2023, (file) => {
    const r14 = file.rules.find((r) => r.id === 'R14') as RuleData;
    r14.params = { min: 300 };
    if (tests === 'new') {
      r14.tests = [
        { name: '299.99 万元不足', data: { project: { totalRdInvestment: 299.99 } }, expect: 'fail' },
        { name: '恰好 300 万元', data: { project: { totalRdInvestment: 300 } }, expect: 'pass' },
        { name: '300.01 万元', data: { project: { totalRdInvestment: 300.01 } }, expect: 'pass' },
      ];
    }
  });
}

describe('rollover 2022 → 2023 end to end', () => {
  beforeAll(() => {
    delete process.env.GUIDE_FORMS_ROOT;
    root = tempRoot();
    const data = readJson(root, 'forms/key-rd/examples/eligible.json') as { project: { totalRdInvestment: number; matchingFunds: number } };
    data.project.totalRdInvestment = 250;
    data.project.matchingFunds = 100; // within the total (R33.matching)
    writeFileSync(join(root, 'submission-250.json'), JSON.stringify(data));
  });

  it('starts clean: lint and test pass for 2022', async () => {
    const lint = await run(root, 'lint');
    expect(lint.code, lint.stdout).toBe(0);
    const test = await run(root, 'test');
    expect(test.code, test.stdout).toBe(0);
    expect(test.stdout).toMatch(/通过 OK：\d+ 通过 passed，0 失败 failed/);
  });

  it('creates rules/2023 as a draft with the window moved a year and titles renamed', async () => {
    const r = await run(root, 'rollover', '2022', '2023');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('rules/2023/call.json#/window/clause');
    expect(r.stdout).toContain('R14 min = 200');
    const call = readJson<{
      year: number;
      draft: boolean;
      window: { opens: string; closes: string; clause: string };
      title: { 'zh-CN': string };
    }>(root, 'rules/2023/call.json');
    expect(call).toMatchObject({ year: 2023, draft: true, window: { opens: '2022-10-20', closes: '2022-11-10' } });
    expect(call.title['zh-CN']).toMatch(/^2023年/);
    // The clause quotes the 2022 notice and is left for the administrator to replace.
    expect(call.window.clause).toBe('报送时间为：2021年10月20日至2021年11月10日截止');
    expect(readJson<{ year: number }>(root, KEY_RD_2023).year).toBe(2023);
    // Formatting of the source file is kept: only the year line differs.
    const before = readFileSync(join(root, 'rules/2022/key-rd.rules.json'), 'utf8').split('\n');
    const after = readFileSync(join(root, KEY_RD_2023), 'utf8').split('\n');
    expect(after.filter((line, i) => line !== before[i])).toEqual(['  "year": 2023,']);
  });

  it('refuses to overwrite an existing year (exit 2)', async () => {
    const r = await run(root, 'rollover', '2022', '2023');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules/2023/ 已存在');
  });

  it('lint shows the draft; test shows R14 tests that no longer hold at 300', async () => {
    setR14('old');
    editJson(root, 'rules/2023/call.json', (call: { window: { opens: string; closes: string } }) => {
      call.window.opens = '2022-11-01';
      call.window.closes = '2022-11-30';
    });
    const lint = await run(root, 'lint', '--year', '2023', '--json');
    const report = JSON.parse(lint.stdout) as LintJson;
    expect(lint.code).toBe(0);
    expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['draft', 'clause-dates', 'stale-number']));
    const stale = report.problems.find((p) => p.code === 'stale-number' && p.pointer === '/rules/0/title/zh-CN');
    expect(stale?.message).toContain('200 改为 300');

    const test = await run(root, 'test', '--year', '2023');
    expect(test.code).toBe(1);
    expect(test.stdout).toMatch(/✗\s+2023\s+rules\/2023\/key-rd\.rules\.json R14\s+恰好 200 万元\s+pass\s+fail/);
  });

  it('test passes once the embedded R14 tests follow the new threshold', async () => {
    setR14('new');
    const test = await run(root, 'test', '--year', '2023', '--json');
    const report = JSON.parse(test.stdout) as { failed: number; rows: { item: string; name: string; status: string }[] };
    expect(test.code, JSON.stringify(report.rows.filter((r) => r.status === 'fail'))).toBe(0);
    expect(report.rows).toContainEqual(expect.objectContaining({ item: 'R14', name: '恰好 300 万元', status: 'pass' }));
  });

  it('diff reports the threshold and the window for the approval memo', async () => {
    const text = await run(root, 'diff', '2022', '2023');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('R14 项目总研发投入 200 万元以上 · min: 200 → 300');
    expect(text.stdout).toContain('opens: “2021-10-20” → “2022-11-01”');
    const json = JSON.parse((await run(root, 'diff', '2022', '2023', '--json')).stdout) as {
      params: { id: string; what: string; from: number; to: number }[];
      window: { what: string; to: string }[];
      rules: { changed: { id: string; changes: { what: string }[] }[] };
    };
    expect(json.params).toContainEqual(expect.objectContaining({ id: 'R14', what: 'min', from: 200, to: 300 }));
    expect(json.window).toContainEqual(expect.objectContaining({ what: 'closes', to: '2022-11-30' }));
    expect(json.rules.changed.find((r) => r.id === 'R14')?.changes.map((c) => c.what)).toContain('tests');
  });

  it('check: a 250 万元 submission passes in 2022 and fails R14 in 2023', async () => {
    const y2022 = await run(root, 'check', 'key-rd', 'submission-250.json', '--year', '2022', '--now', '2021-11-01T10:00:00+08:00');
    expect(y2022.code, y2022.stdout).toBe(0);
    const y2023 = await run(
      root,
      'check',
      'key-rd',
      'submission-250.json',
      '--year',
      '2023',
      '--now',
      '2022-11-15T10:00:00+08:00',
      '--json',
    );
    expect(y2023.code).toBe(1);
    const verdict = JSON.parse(y2023.stdout) as { open: boolean; findings: { rule: string; message: string }[] };
    expect(verdict.open).toBe(true);
    expect(verdict.findings.find((f) => f.rule === 'R14')?.message).toContain('300');
  });

  it('lint refuses a rule deleted from 2023 unless it is marked retired', async () => {
    const COMMON_2023 = 'rules/2023/common.rules.json';
    const original = readFileSync(join(root, COMMON_2023), 'utf8');
    const id = (readJson<{ rules: RuleData[] }>(root, COMMON_2023).rules[0] as RuleData).id;
    editJson<{ rules: RuleData[] }>(root, COMMON_2023, (file) => {
      file.rules = file.rules.filter((r) => r.id !== id);
    });
    const removed = JSON.parse((await run(root, 'lint', '--year', '2023', '--json')).stdout) as LintJson;
    expect(removed.problems).toContainEqual(expect.objectContaining({ code: 'id-removed', file: COMMON_2023, level: 'error' }));
    writeFileSync(join(root, COMMON_2023), original);
    editJson<{ rules: RuleData[] }>(root, COMMON_2023, (file) => {
      (file.rules.find((r) => r.id === id) as RuleData).retired = true;
    });
    const retired = await run(root, 'lint', '--year', '2023');
    expect(retired.code, retired.stdout).toBe(0);
    const diff = await run(root, 'diff', '2022', '2023');
    expect(diff.stdout).toContain(`停用 retired: ${id}`);
    writeFileSync(join(root, COMMON_2023), original);
  });

  it('finalize clears the draft once lint and test pass; build refuses drafts', async () => {
    expect((await run(root, 'build', '--year', '2023')).code).toBe(1);
    const r = await run(root, 'rollover', '--finalize', '2023');
    expect(r.code, r.stderr).toBe(0);
    expect(readJson(root, 'rules/2023/call.json')).not.toHaveProperty('draft');
    expect(existsSync(join(root, 'rules/.2023.rollover'))).toBe(false);
  });
});
