// Broken, missing and wrong-typed call and rule files as each command meets them (issue
// "files"): lint reports a problem with file and pointer; test, check, diff and rollover exit 2
// naming file#pointer; serve refuses to start on what lint refuses — never "内部错误" or exit 0.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editJson, type LintJson, type RuleData, run, tempRoot } from '../admin-helpers.js';

const KEY_RD = 'rules/2022/key-rd.rules.json';
const CALL = 'rules/2022/call.json';
const NOW = ['--now', '2021-11-01T10:00:00+08:00'];
const editR14 = (root: string, edit: (r14: RuleData) => void): void =>
  editJson<{ rules: RuleData[] }>(root, KEY_RD, (file) => edit(file.rules.find((r) => r.id === 'R14') as RuleData));

async function lintErrors(root: string): Promise<{ code: number; errors: LintJson['problems'] }> {
  const r = await run(root, 'lint', '--json');
  return { code: r.code, errors: (JSON.parse(r.stdout) as LintJson).problems.filter((p) => p.level === 'error') };
}

describe('a deleted rule file of an open category', () => {
  it.each([
    ['deleted', (root: string) => rmSync(join(root, KEY_RD))],
    [
      'replaced by a folder',
      (root: string) => {
        rmSync(join(root, KEY_RD));
        mkdirSync(join(root, KEY_RD));
      },
    ],
  ])('%s: lint errs, check and test exit 2 naming it — R14 cannot pass 199.99 万元', async (_, breakIt) => {
    const root = tempRoot();
    breakIt(root);
    const lint = await lintErrors(root);
    expect(lint.code).toBe(1);
    expect(lint.errors).toEqual([expect.objectContaining({ code: 'missing-rules', file: KEY_RD, pointer: '' })]);
    const check = await run(root, 'check', 'key-rd', 'forms/key-rd/examples/fail-R14.json', ...NOW);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(`${KEY_RD}#:`);
    const test = await run(root, 'test');
    expect(test.code).toBe(2);
    expect(test.stderr).toContain(KEY_RD);
  });
});

describe('a catalog file that is JSON but not an object', () => {
  it.each(['null', '[]', '"x"'])('%s: lint errs at pointer "" and test exits 2', async (text) => {
    for (const rel of [CALL, KEY_RD]) {
      const root = tempRoot();
      writeFileSync(join(root, rel), text);
      const lint = await lintErrors(root);
      expect(lint.code).toBe(1);
      expect(lint.errors).toEqual([expect.objectContaining({ code: 'bad-file', file: rel, pointer: '' })]);
      const test = await run(root, 'test');
      expect(test.code).toBe(2);
      expect(test.stderr).toContain(`${rel}#:`);
    }
  });
});

describe('wrong types are named by file and pointer, never an internal error', () => {
  it.each([
    ['categories', 'key-rd'],
    ['window', null],
    ['routing', null],
    ['pair', null],
  ])('call.json "%s": %j', async (key, value) => {
    const root = tempRoot();
    editJson<Record<string, unknown>>(root, CALL, (call) => (call[key] = value));
    const lint = await run(root, 'lint');
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(`#/${key}`);
    for (const argv of [['test'], ['check', 'key-rd', 'forms/key-rd/examples/eligible.json', ...NOW], ['rollover', '2022', '2023']]) {
      const r = await run(root, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(`${CALL}#/${key}:`);
      expect(r.stderr).not.toContain('内部错误');
    }
  });

  it.each([
    ['"rules": {"a":1}', (file: Record<string, unknown>) => (file.rules = { a: 1 }), '/rules'],
    ['"rules": [null]', (file: Record<string, unknown>) => (file.rules = [null]), '/rules/0'],
  ])('a rule file with %s: test and diff exit 2', async (_, change, pointer) => {
    const root = tempRoot();
    expect((await run(root, 'rollover', '2022', '2023')).code).toBe(0);
    editJson<Record<string, unknown>>(root, 'rules/2023/key-rd.rules.json', change);
    for (const argv of [['test'], ['diff', '2022', '2023'], ['rollover', '--finalize', '2023']]) {
      const r = await run(root, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(`rules/2023/key-rd.rules.json#${pointer}:`);
    }
    const lint = await run(root, 'lint', '--year', '2023');
    expect(lint.code).toBe(1);
    expect(lint.stderr).not.toContain('内部错误');
  });

  it('"retired": "false" on R14: check exits 2 instead of passing 199.99 万元', async () => {
    const root = tempRoot();
    editR14(root, (r) => (r.retired = 'false' as never));
    const check = await run(root, 'check', 'key-rd', 'forms/key-rd/examples/fail-R14.json', ...NOW);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain(`${KEY_RD}#/rules/0/retired:`);
  });
});

describe('serve', () => {
  it('refuses to start on what lint refuses (a placeholder {nope}), naming file and pointer', async () => {
    const root = tempRoot();
    editR14(root, (r) => (r.message['zh-CN'] = `${r.message['zh-CN']}{nope}`));
    const r = await run(root, 'serve', '--port', '0');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${KEY_RD}:`);
    expect(r.stderr).toContain('#/rules/0/message/zh-CN [unknown-placeholder]');
  });
});
