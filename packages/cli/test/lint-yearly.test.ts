// The yearly edit as lint and test see it: closing a category is a call.json edit and
// nothing else; a year whose file is not JSON gets only the JSON error (exit 2).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, run, tempRoot } from './admin-helpers.js';

const CALL = 'rules/2023/call.json';
const roots: string[] = [];

/** A temporary root with 2022 and its rollover 2023. */
async function rolledOver(): Promise<string> {
  const root = tempRoot();
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
