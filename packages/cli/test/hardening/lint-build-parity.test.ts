// Issue 14: `build` refuses what `lint` refuses, and the engine refuses the same rule files
// with the same message — one check, shared by core and lint.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GuideFormsError, loadEngine } from '@guide-forms/core/node';
import { afterEach, describe, expect, it } from 'vitest';
import { editJson, type LintJson, type RuleData, readJson, run, tempRoot } from '../admin-helpers.js';

const KEY_RD = 'rules/2022/key-rd.rules.json';
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A temporary root whose R14 is changed, with a stand-in bundle script that leaves a mark. */
function rootWith(edit: (r14: RuleData) => void): string {
  const root = tempRoot();
  roots.push(root);
  editJson<{ rules: RuleData[] }>(root, KEY_RD, (file) => edit(file.rules.find((r) => r.id === 'R14') as RuleData));
  mkdirSync(join(root, 'packages/elements/scripts'), { recursive: true });
  writeFileSync(
    join(root, 'packages/elements/scripts/build.mjs'),
    "import { writeFileSync } from 'node:fs';\nwriteFileSync('built', 'yes');\n",
  );
  return root;
}

function engineRefusal(root: string): GuideFormsError {
  try {
    loadEngine(root).getForm('key-rd', 2022);
  } catch (error) {
    return error as GuideFormsError;
  }
  throw new Error('the engine accepted it');
}

const HOSTILE: [string, (r14: RuleData) => void, string][] = [
  ['"needs": ["/__proto__"]', (r) => (r.needs = ['/__proto__']), '/rules/0/needs/0'],
  ['"min": null', (r) => (r.params = { min: null as never }), '/rules/0/params/min'],
  ['a list param holding an operation', (r) => (r.params = { min: [{ log: 1 }] as never }), '/rules/0/params/min'],
  ['"fields": ["/constructor"]', (r) => (r.fields = ['/constructor']), '/rules/0/fields/0'],
  ['log in the logic', (r) => (r.logic = { log: { var: '/project/totalRdInvestment' } }), '/rules/0/logic/log'],
  [
    'logic nested 100 levels',
    (r) => {
      let logic: unknown = { var: '/project/totalRdInvestment' };
      for (let i = 0; i < 100; i++) logic = { '!': [logic] };
      r.logic = logic;
    },
    `/rules/0/logic${'/!/0'.repeat(64)}`,
  ],
];

describe.each(HOSTILE)('a rule file with %s', (_, edit, pointer) => {
  it('is refused by the engine, by lint with the same message, and by build before it bundles', async () => {
    const root = rootWith(edit);
    const refusal = engineRefusal(root);
    expect(refusal).toBeInstanceOf(GuideFormsError);
    expect(refusal.pointer).toBe(pointer);

    const lint = await run(root, 'lint', '--year', '2022', '--json');
    expect(lint.code).toBe(1);
    const problems = (JSON.parse(lint.stdout) as LintJson).problems.filter((p) => p.level === 'error' && p.pointer === pointer);
    expect(problems.map((p) => p.message)).toEqual([refusal.message]);

    const build = await run(root, 'build', '--year', '2022');
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(refusal.message);
    expect(build.stderr).toContain('不能发布');
    expect(existsSync(join(root, 'built'))).toBe(false);
  });
});

describe('a rule file nested past the file limit (2,000 levels of logic)', () => {
  it('is one located line from the engine, lint and build alike (exit 2)', async () => {
    const root = rootWith(() => {});
    // Written compactly: indented, 2,000 levels would be a 30 MB file (refused as too large).
    const file = readJson<{ rules: RuleData[] }>(root, KEY_RD);
    (file.rules[0] as RuleData).logic = JSON.parse(`${'{"!":['.repeat(2000)}true${']}'.repeat(2000)}`);
    writeFileSync(join(root, KEY_RD), JSON.stringify(file));
    let refusal: unknown;
    try {
      loadEngine(root);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'too-deep' });
    const line = `${(refusal as GuideFormsError).toString()}\n`;
    expect(line).toMatch(/^rules\/2022\/key-rd\.rules\.json:\d+:\d+: JSON 嵌套超过 256 层/);
    for (const argv of [
      ['lint', '--year', '2022'],
      ['build', '--year', '2022'],
    ]) {
      const r = await run(root, ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`guide-forms ${argv[0]}: ${line}`);
    }
    expect(existsSync(join(root, 'built'))).toBe(false);
  });
});

describe('build', () => {
  it('runs the bundle script once lint and compile pass', async () => {
    const root = rootWith(() => {});
    const build = await run(root, 'build', '--year', '2022');
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    expect(existsSync(join(root, 'built'))).toBe(true);
  });
});
