/**
 * The build compiles every rule (core's build half) before it bundles anything: a broken rule
 * file stops `build.mjs` with one line naming the file and JSON Pointer — no stack trace, no
 * bundle that would fail in an applicant's browser at the first load.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../../..');
const build = join(repo, 'packages/elements/scripts/build.mjs');
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gf-broken-rules-'));
  for (const dir of ['forms', 'rules']) cpSync(join(repo, dir), join(root, dir), { recursive: true });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Runs the build on the temporary root after `edit` changed key-rd's rule file. */
function buildWith(edit: (file: { rules: Record<string, unknown>[] }) => void) {
  const path = join(root, 'rules/2022/key-rd.rules.json');
  const original = readFileSync(path, 'utf8');
  const file = JSON.parse(original);
  edit(file);
  writeFileSync(path, JSON.stringify(file));
  try {
    return spawnSync(process.execPath, [build, '--out', join(root, 'dist')], {
      env: { ...process.env, GUIDE_FORMS_ROOT: root },
      encoding: 'utf8',
    });
  } finally {
    writeFileSync(path, original);
  }
}

describe('build.mjs with a broken rule file', () => {
  it('stops on an unknown operator, naming the file and the pointer of the logic', () => {
    let id = '';
    const run = buildWith((file) => {
      id = String(file.rules[1]!.id);
      file.rules[1]!.logic = { eval: ['1'] };
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(`build: rules/2022/key-rd.rules.json#/rules/1/logic/eval: 规则 ${id}：不允许的运算符 "eval"`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops on a rule without its English message', () => {
    const run = buildWith((file) => {
      (file.rules[0]!.message as Record<string, string>).en = '';
    });
    expect(run.status).toBe(2);
    // The file's format check (core, when the catalog is loaded) names the place before the build reads the rule.
    expect(run.stderr.trim()).toMatch(/^build: rules\/2022\/key-rd\.rules\.json#\/rules\/0\/message\/en: 格式错误：规则 R14：英文：必填/);
  });

  it('builds once the file is right again', () => {
    const run = buildWith(() => {});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});
