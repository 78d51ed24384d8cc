// `types` keeps packages/core/src/generated/form-data.ts current; `build` runs the
// elements' bundle script as a child process and passes its exit code through.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildScript } from '../src/commands/build.js';
import { generateTypes, TYPES_FILE } from '../src/types/generate.js';
import { editJson, REPO, run, tempRoot } from './admin-helpers.js';

beforeAll(() => {
  delete process.env.GUIDE_FORMS_ROOT;
});

describe('guide-forms types', () => {
  it('the committed form-data.ts is up to date (run `npx guide-forms types` after changing a form)', async () => {
    const r = await run(REPO, 'types', '--check');
    expect(r.code, r.stderr).toBe(0);
  });

  it('a correct yearly update changes no type: regions, the park field and hints stay as the forms write them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'guide-forms-types-'));
    try {
      cpSync(join(REPO, 'forms'), join(root, 'forms'), { recursive: true });
      cpSync(join(REPO, 'rules/2022'), join(root, 'rules/2022'), { recursive: true });
      const before = await generateTypes(root);
      expect((await run(root, 'rollover', '2022', '2023')).code).toBe(0);
      type Call = {
        draft?: boolean;
        options: { partnerRegions: string[]; partnerCities: Record<string, string[]> };
        optionsDetail: Record<string, unknown>;
      };
      editJson<Call>(root, 'rules/2023/call.json', (call) => {
        const sunan = '苏南国家自主创新示范区';
        call.options.partnerRegions = [...call.options.partnerRegions.filter((r) => r !== sunan), '京津冀'];
        delete call.options.partnerCities[sunan];
        call.options.partnerCities['京津冀'] = ['北京市', '天津市', '河北省'];
        delete call.optionsDetail[sunan];
        delete call.draft; // 2023 is now the default year the types are read from
      });
      expect(await generateTypes(root)).toBe(before);
      expect(before).toContain('partnerZone?: string;');
      expect(before).toContain('合作方所在的区域：{options:partnerRegions}');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes KeyRdData and FormDataMap; --check exits 1 when the file is missing or stale', async () => {
    const root = tempRoot();
    expect((await run(root, 'types', '--check')).code).toBe(1);
    const written = await run(root, 'types');
    expect(written.code).toBe(0);
    const text = readFileSync(join(root, TYPES_FILE), 'utf8');
    expect(text).toContain('export interface KeyRdData {');
    expect(text).toContain("'key-rd': KeyRdData;");
    expect(text).toMatch(/totalRdInvestment: number;/);
    // A conditional section (allOf/then) becomes an optional field; no NoName types from Chinese titles.
    expect(text).toMatch(/otherDomain\?: string;/);
    expect(text).not.toContain('NoName');
    expect((await run(root, 'types', '--check')).code).toBe(0);
    writeFileSync(join(root, TYPES_FILE), `${text}// edited by hand\n`);
    const stale = await run(root, 'types', '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('npx guide-forms types');
  });
});

describe('guide-forms build', () => {
  const fakeScript = (root: string): void => {
    mkdirSync(join(root, 'packages/elements/scripts'), { recursive: true });
    writeFileSync(
      join(root, 'packages/elements/scripts/build.mjs'),
      "console.log('args', process.argv.slice(2).join(' '), 'root', process.env.GUIDE_FORMS_ROOT);\nconsole.error('warn from build');\nprocess.exit(3);\n",
    );
  };

  it('with no --year runs the script for every finalized year, reading forms and rules from the root', async () => {
    const root = tempRoot();
    fakeScript(root);
    const r = await run(root, 'build');
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`args  root ${root}`);
  });

  it('a root without its own script uses the elements package installed with the CLI', () => {
    const root = tempRoot();
    expect(buildScript(root)).toBe(join(REPO, 'packages/elements/scripts/build.mjs'));
    expect(existsSync(join(root, 'packages'))).toBe(false);
  });

  it('runs the script with --year and --out and passes its output and exit code through', async () => {
    const root = tempRoot();
    fakeScript(root);
    const r = await run(root, 'build', '--year', '2022', '--out', 'public');
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`args --year 2022 --out ${join(root, 'public')}`);
    expect(r.stderr).toContain('warn from build');
  });

  it('passes --form on to the script (one-form bundles, guide-form.<category>.js)', async () => {
    const root = tempRoot();
    fakeScript(root);
    const r = await run(root, 'build', '--form', 'key-rd,transfer');
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('args --form key-rd,transfer');
  });
});
