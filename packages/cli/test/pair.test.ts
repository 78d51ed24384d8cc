// The pair (征集表 + 凝练表) in the CLI: check with --summary and with a pair file, and what
// lint and test make of rules/<year>/pair.rules.json and the pair examples.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, REPO, run } from './admin-helpers.js';

const NOW = '2021-11-01T10:00:00+08:00';
const FORM = 'forms/key-rd/examples/eligible.json';
const SUMMARY = 'forms/summary/examples/eligible-key-rd.json';
const PAIR_RULES = 'rules/2022/pair.rules.json';
const CALL = 'rules/2022/call.json';
const tmp = mkdtempSync(join(tmpdir(), 'gf-pair-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
function json(rel: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO, rel), 'utf8')) as Record<string, unknown>;
}
/** A copy of forms/ and rules/ to break. */
function root(): string {
  const dir = mkdtempSync(join(tmp, 'root-'));
  cpSync(join(REPO, 'forms'), join(dir, 'forms'), { recursive: true });
  mkdirSync(join(dir, 'rules'));
  cpSync(join(REPO, 'rules/2022'), join(dir, 'rules/2022'), { recursive: true });
  return dir;
}

describe('guide-forms check, a pair', () => {
  it('--summary: exit 0 for the eligible pair, naming both files and one office', async () => {
    const r = await run(REPO, 'check', 'key-rd', FORM, '--summary', SUMMARY, '--now', NOW);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('通过：征集表和凝练信息表均通过，且彼此一致');
    expect(r.stdout).toContain(FORM);
    expect(r.stdout).toContain(SUMMARY);
    expect(r.stdout.match(/归口处室：高新处 0411-39989885/g)).toHaveLength(2);
  });

  it('a pair file: exit 1 when the halves disagree, with the rule, both values and the clause', async () => {
    const r = await run(REPO, 'check', 'forms/summary/pairs/fail-R3.title.json', '--now', NOW);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('配对检查（1 项）');
    expect(r.stdout).toContain('✗ R3.title');
    expect(r.stdout).toContain('大型船舶分段智能喷涂机器人系统研发与应用');
    expect(r.stdout).toContain('通知原文：“需填写指南建议征集表及指南凝练信息表，按领域提交至市科技局相关业务处室”');
  });

  it('a warning only keeps exit 0', async () => {
    const r = await run(REPO, 'check', 'forms/summary/pairs/warn-R3.duration.json', '--now', NOW, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('! R3.duration The summary’s duration is 35 months'.replace('’', "'"));
  });

  it('--json prints the SubmissionVerdict', async () => {
    const r = await run(
      REPO,
      'check',
      'key-rd',
      FORM,
      '--summary',
      write('s.json', JSON.stringify({ ...json(SUMMARY), linked: { category: 'transfer' } })),
      '--now',
      NOW,
      '--json',
    );
    expect(r.code).toBe(1);
    const v = JSON.parse(r.stdout);
    expect(Object.keys(v).sort()).toEqual(['findings', 'form', 'ok', 'route', 'summary']);
    expect(v.findings.map((f: { rule: string }) => f.rule)).toEqual(['R3.category']);
    expect(v.route.department).toBe('高新处');
    expect(v.summary.route.department).toBe('成果处');
  });

  it('usage and input errors exit 2 with one line naming the file', async () => {
    const lone = await run(REPO, 'check', FORM, '--summary', SUMMARY);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('--summary 需要与征集表一起使用');

    const self = write('self.json', JSON.stringify({ category: 'summary', data: {}, summary: {} }));
    const r = await run(REPO, 'check', self);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/self\.json#\/category: category 应为征集表/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);

    const noCategory = await run(REPO, 'check', write('none.json', '[1, 2]'));
    expect(noCategory.code).toBe(2);
    expect(noCategory.stderr).toMatch(/none\.json#\/category/);

    const broken = await run(REPO, 'check', 'key-rd', FORM, '--summary', write('broken.json', '{\n  "unit": {,\n}'));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:2:12/);

    const unknown = await run(REPO, 'check', 'nope', FORM, '--summary', SUMMARY);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知的征集类别 "nope"');
  });
});

describe('lint and test understand pair.rules.json', () => {
  it('the real files lint clean and every pair row of test passes', async () => {
    const t = await run(REPO, 'test', '--year', '2022', '--json');
    const rows = (JSON.parse(t.stdout) as { rows: { file: string; status: string; kind: string }[] }).rows;
    const pairRows = rows.filter((r) => r.file.includes('pair') || r.file.includes(' + '));
    expect(pairRows.filter((r) => r.kind === 'rule').length).toBeGreaterThanOrEqual(30);
    expect(pairRows.filter((r) => r.file.includes(' + ')).length).toBeGreaterThanOrEqual(6);
    expect(pairRows.filter((r) => r.file.startsWith('forms/summary/pairs/')).length).toBeGreaterThanOrEqual(10);
    expect(pairRows.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  it("lint checks pair pointers against both forms, call.json's pair and appliesTo", async () => {
    const dir = root();
    editJson<{ rules: { id: string; logic: unknown; appliesTo?: string[] }[] }>(dir, PAIR_RULES, (file) => {
      const title = file.rules.find((r) => r.id === 'R3.title')!;
      title.logic = { '===': [{ var: '/summary/linked/suggestionTitel' }, { var: '/data/content/title' }] };
      file.rules.find((r) => r.id === 'R3.duration')!.appliesTo = ['key-rd', 'challenge', 'summary'];
    });
    editJson<{ pair: { summary: string } }>(dir, CALL, (call) => {
      call.pair.summary = 'sumary';
    });
    const r = await run(dir, 'lint', '--year', '2022', '--json');
    expect(r.code).toBe(1);
    const all = (JSON.parse(r.stdout) as LintJson).problems.filter((p) => p.level === 'error');
    expect(all.filter((p) => p.file === PAIR_RULES).map((p) => p.code)).toEqual(['fields-mismatch']);
    const summary = all.filter((p) => p.code === 'pair-summary');
    expect(summary.map((p) => `${p.file} ${p.pointer}`)).toEqual([`${CALL} /pair/summary`]);
    expect(summary[0]?.hint).toContain('"summary"');

    editJson<{ pair?: { summary: string } }>(dir, CALL, (call) => {
      delete call.pair;
    });
    const unpaired = await run(dir, 'lint', '--year', '2022', '--json');
    const missing = (JSON.parse(unpaired.stdout) as LintJson).problems.filter((p) => p.code === 'pair-summary');
    expect(missing.map((p) => `${p.file} ${p.pointer}`)).toEqual([`${CALL} /pair`]);
    expect(missing[0]?.hint).toContain('"pair": { "summary": "summary" }');

    editJson<{ pair?: { summary: string } }>(dir, CALL, (call) => {
      call.pair = { summary: 'summary' };
    });
    const again = await run(dir, 'lint', '--year', '2022', '--json');
    const codes = (JSON.parse(again.stdout) as LintJson).problems.filter((p) => p.file === PAIR_RULES && p.level === 'error');
    expect(codes.map((p) => `${p.code} ${p.pointer}`).sort()).toEqual([
      'fields-mismatch /rules/1/fields',
      'pair-applies-to /rules/10/appliesTo/2',
      'unknown-field /rules/1/logic/===/0/var',
      // challenge has no /project/durationMonths: each read of it is reported
      'unknown-field /rules/10/logic/===/1/var',
      'unknown-field /rules/10/message/en',
      'unknown-field /rules/10/message/zh-CN',
      'unknown-field /rules/10/needs/1',
    ]);
    expect(codes.find((p) => p.code === 'unknown-field' && p.pointer.includes('/var'))?.message).toContain('suggestionTitel');
    expect(codes.find((p) => p.pointer === '/rules/10/needs/1')?.message).toContain('challenge');
  });

  it('test reports a pair example that breaks its promise, and a broken pair rule test', async () => {
    const dir = root();
    const pair = JSON.parse(readFileSync(join(dir, 'forms/summary/pairs/fail-R3.title.json'), 'utf8'));
    pair.summary.linked.suggestionTitle = pair.data.content.title;
    writeFileSync(join(dir, 'forms/summary/pairs/fail-R3.title.json'), JSON.stringify(pair));
    editJson<{ rules: { id: string; tests: { expect: string }[] }[] }>(dir, PAIR_RULES, (file) => {
      file.rules.find((r) => r.id === 'R4.domain')!.tests[0]!.expect = 'fail';
    });
    const r = await run(dir, 'test', '--year', '2022', '--json');
    expect(r.code).toBe(1);
    const failed = (JSON.parse(r.stdout) as { rows: { file: string; item: string; status: string; actual: string }[] }).rows.filter(
      (row) => row.status === 'fail',
    );
    expect(failed.map((f) => `${f.file} ${f.item}`)).toEqual([
      `${PAIR_RULES} R4.domain`,
      'forms/summary/pairs/fail-R3.title.json fail-R3.title.json',
    ]);
    expect(failed[1]!.actual).toContain('pair findings');
  });
});
