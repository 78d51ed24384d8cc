// A region removed from the year's options but still named in its text — the clauses quoting the
// old notice's list of regions — is said, clause by clause, until the new notice's words replace it.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editJson, type LintJson, REPO, run, tempRoot } from './admin-helpers.js';

const SUNAN = '苏南国家自主创新示范区';
type Call = {
  options: { partnerRegions: string[]; partnerCities: Record<string, string[]>; domains: string[] };
  optionsEn: Record<string, string>;
  optionsDetail: Record<string, unknown>;
};
type Rules = { rules: { id: string; clause: string }[] };

let dir: string;
const removedNamed = async () => {
  const r = await run(dir, 'lint', '--year', '2023', '--json');
  return (JSON.parse(r.stdout) as LintJson).problems.filter((p) => p.code === 'removed-option-named');
};

describe('lint: an option removed this year but still named', () => {
  beforeAll(async () => {
    delete process.env.GUIDE_FORMS_ROOT;
    dir = tempRoot();
    cpSync(join(REPO, 'forms/regional'), join(dir, 'forms/regional'), { recursive: true });
    cpSync(join(REPO, 'rules/2022/regional.rules.json'), join(dir, 'rules/2022/regional.rules.json'));
    expect((await run(dir, 'rollover', '2022', '2023')).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('nothing is said while the region stays', async () => {
    expect(await removedNamed()).toEqual([]);
  });

  it('苏南 removed from call.json: each regional clause naming it is a warning with the clause hint', async () => {
    editJson<Call>(dir, 'rules/2023/call.json', (call) => {
      call.options.partnerRegions = call.options.partnerRegions.filter((r) => r !== SUNAN);
      for (const city of call.options.partnerCities[SUNAN] ?? []) delete call.optionsEn[city];
      delete call.options.partnerCities[SUNAN];
      delete call.optionsEn[SUNAN];
      delete call.optionsDetail[SUNAN];
    });
    const found = await removedNamed();
    const rules = JSON.parse(readFileSync(join(dir, 'rules/2023/regional.rules.json'), 'utf8')) as Rules;
    const naming = rules.rules.flatMap((r, i) => (r.clause.includes(SUNAN) ? [`/rules/${i}/clause`] : []));
    expect(naming.length).toBeGreaterThan(0);
    expect(found.map((p) => p.pointer).sort()).toEqual(naming.sort());
    expect(found[0]).toMatchObject({
      level: 'warning',
      file: 'rules/2023/regional.rules.json',
      message: `“${SUNAN}”已不是 2023 年的选项，但这里仍写着`,
      hint: '这是通知原文：换成新通知中的原文（逐字引用）',
    });
  });

  it('the clauses quoting the new notice clear it; a name still offered inside another is no alarm', async () => {
    editJson<Rules>(dir, 'rules/2023/regional.rules.json', (file) => {
      for (const rule of file.rules) rule.clause = rule.clause.replace(`、${SUNAN}`, '、京津冀地区');
    });
    // 海洋工程 leaves the domains while 船舶和海洋工程 stays: texts naming the latter are not flagged.
    editJson<Call>(dir, 'rules/2023/call.json', (call) => {
      call.options.domains = call.options.domains.filter((d) => d !== '海洋工程');
    });
    const left = await removedNamed();
    expect(left.length).toBeGreaterThan(0); // 高新处 still lists 海洋工程 among its domains
    expect(left.every((p) => p.message.startsWith('“海洋工程”'))).toBe(true);
    for (const p of left) expect((p.found ?? '').replaceAll('船舶和海洋工程', '')).toContain('海洋工程');
  });
});
