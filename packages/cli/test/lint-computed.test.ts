// A rule's computed values (a ratio it derives, the band's name) are linted like its logic:
// a clean one passes, a misspelled, unused or misdirected one is an error with its pointer.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { editJson, type LintJson, run, tempRoot } from './admin-helpers.js';

const KEY_RD = 'rules/2022/key-rd.rules.json';
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** R14 rewritten as a ratio rule: 配套资金 as a share of 总研发投入, shown truncated. */
function withRatio(change: (r14: Record<string, unknown>) => void = () => {}): string {
  const root = tempRoot();
  roots.push(root);
  editJson<{ rules: Record<string, unknown>[] }>(root, KEY_RD, (file) => {
    const r14 = file.rules.find((r) => r.id === 'R14') as Record<string, unknown>;
    Object.assign(r14, {
      fields: ['/project/totalRdInvestment', '/project/matchingFunds'],
      needs: ['/project/totalRdInvestment'],
      params: { min: 50 },
      computed: {
        ratio: { percent: [{ var: '/project/matchingFunds' }, { var: '/project/totalRdInvestment' }] },
        shown: { trunc: [{ computed: 'ratio' }, 2] },
        band: { 'zh-CN': '一档', en: 'band one' },
      },
      logic: { '>=': [{ computed: 'ratio' }, { param: 'min' }] },
      message: { 'zh-CN': '{band}：比例应不低于 {min}%，实际为 {shown}%', en: '{band}: at least {min}%, actually {shown}%' },
      tests: [
        { name: '49.99%', data: { project: { totalRdInvestment: 100, matchingFunds: 49.99 } }, expect: 'fail' },
        { name: '50%', data: { project: { totalRdInvestment: 100, matchingFunds: 50 } }, expect: 'pass' },
      ],
    });
    change(r14);
  });
  return root;
}

async function problems(root: string): Promise<LintJson['problems']> {
  const r = await run(root, 'lint', '--year', '2022', '--json');
  return (JSON.parse(r.stdout) as LintJson).problems.filter((p) => p.level === 'error');
}

describe('lint: computed values', () => {
  it('accepts computed values used in logic and in messages', async () => {
    expect(await problems(withRatio())).toEqual([]);
  });

  it('names a misspelled computed value with the hint to define it', async () => {
    const root = withRatio((r) => {
      r.logic = { '>=': [{ computed: 'raito' }, { param: 'min' }] };
    });
    const found = (await problems(root)).find((p) => p.code === 'rule-logic');
    expect(found).toMatchObject({ file: KEY_RD, pointer: '/rules/0/logic/>=/0/computed' });
    expect(found?.message).toBe('规则 R14：未定义的计算值 "raito"');
    expect(found?.hint).toContain('"computed"');
  });

  it('reports a computed value nothing uses, and a message placeholder nothing defines', async () => {
    const root = withRatio((r) => {
      (r.computed as Record<string, unknown>).spare = 1;
      (r.message as Record<string, string>).en = '{band}: at least {min}%, actually {shwon}%';
    });
    const found = await problems(root);
    expect(found).toContainEqual(expect.objectContaining({ code: 'unused-computed', pointer: '/rules/0/computed/spare' }));
    const placeholder = found.find((p) => p.code === 'unknown-placeholder');
    expect(placeholder?.hint).toBe('是否应为 {shown}？');
  });

  it('checks the fields a computed value reads against the form', async () => {
    const root = withRatio((r) => {
      (r.computed as Record<string, unknown>).band = { 'zh-CN': { var: '/project/bandName' }, en: 'band one' };
    });
    const found = (await problems(root)).find((p) => p.code === 'unknown-field');
    expect(found?.pointer).toBe('/rules/0/computed/band/zh-CN/var');
  });

  it('refuses a computed value named like a param', async () => {
    const root = withRatio((r) => {
      (r.computed as Record<string, unknown>).min = 1;
    });
    const found = (await problems(root)).find((p) => p.code === 'rule-computed');
    expect(found).toMatchObject({ pointer: '/rules/0/computed/min' });
  });
});
