/**
 * Issue 12's scenario end to end: the 2023 update made in a temporary copy of forms/ and
 * rules/ with the CLI an administrator uses — rollover, the eight edits, lint, test, diff,
 * finalize, build of every finalized year (a 2024 draft left out) — then a 2022 submission
 * is still judged by 2022's rules: by the CLI, by the precompiled source of the build, and
 * by `<guide-form year="2022">` from that build in Chromium.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/src/main.js';
import { bundleForNode } from '../../scripts/lib/bundle.mjs';
import { generate } from '../../scripts/lib/generate.mjs';
import { type PrecompiledBundle, precompiledSource } from '../../src/entries/precompiled-source.js';
import { launchChromium } from './server.js';
import { edit2023, NEW_DOMAIN, NEW_PHONE, REGION } from './yearly-update.scenario.js';

const repo = resolve(import.meta.dirname, '../../../..');
let root: string;
let work: string;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: root,
  });
  return { code, stdout, stderr };
}

/** A key-rd suggestion of 250 万元: enough in 2022 (≥ 200), not in 2023 (≥ 300). */
function submission250(): string {
  const data = JSON.parse(readFileSync(join(repo, 'forms/key-rd/examples/eligible.json'), 'utf8'));
  data.project.totalRdInvestment = 250;
  data.project.matchingFunds = 100; // within the total (R33.matching), so the threshold is what differs
  const file = join(root, 'submission-250.json');
  writeFileSync(file, JSON.stringify(data));
  return file;
}

const ORIGIN = 'http://guide-forms.test';

/** A page of ORIGIN whose files come from `dir` (the build's output), loading guide-form.js as a portal would. */
async function pageWithBuild(browser: Browser, dir: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      await route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="zh-CN"><script type="module" src="/guide-form.js"></script><body></body></html>',
      });
      return;
    }
    const file = join(dir, path.slice(1));
    if (!file.startsWith(dir) || !existsSync(file)) await route.fulfill({ status: 404, body: 'not found' });
    else await route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => customElements.get('guide-form') !== undefined);
  return page;
}

/** Mounts one `<guide-form>` (key-rd unless told) and reports what it shows: its year, ok, the rules that fired, R14's hint, or its load error. */
async function mountForm(
  page: Page,
  options: { year?: string; now?: string; value?: unknown; category?: string },
): Promise<{ year: number | null; ok: boolean | null; rules: string[]; hint: string; error: string | null }> {
  return page.evaluate(async ({ year, now, value, category }) => {
    document.body.replaceChildren();
    const el = document.createElement('guide-form') as HTMLElement & {
      value: unknown;
      now: string;
      verdict: { year: number; ok: boolean; findings: { rule: string; severity: string }[] } | null;
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('category', category ?? 'key-rd');
    if (year) el.setAttribute('year', year);
    if (now) el.now = now;
    if (value) el.value = value;
    document.body.append(el);
    const shadow = el.shadowRoot as ShadowRoot;
    for (let i = 0; i < 200 && !el.verdict && !shadow.querySelector('.load-error'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    }
    const error = shadow.querySelector('.load-error')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
    const hint = shadow.getElementById('gf--project--totalRdInvestment')?.closest('.field')?.textContent ?? '';
    return {
      year: el.verdict?.year ?? null,
      ok: el.verdict?.ok ?? null,
      rules: (el.verdict?.findings ?? []).filter((f) => f.severity === 'block').map((f) => f.rule),
      hint,
      error,
    };
  }, options);
}

beforeAll(() => {
  delete process.env.GUIDE_FORMS_ROOT;
  root = mkdtempSync(join(tmpdir(), 'guide-forms-2023-'));
  cpSync(join(repo, 'forms'), join(root, 'forms'), { recursive: true });
  mkdirRules();
});

function mkdirRules(): void {
  cpSync(join(repo, 'rules/2022'), join(root, 'rules/2022'), { recursive: true });
}

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the 2023 update, step by step with the CLI', () => {
  it('rollover makes a draft; the eight edits lint clean and every test passes', async () => {
    expect((await cli('rollover', '2022', '2023')).code).toBe(0);
    edit2023(root);
    const lint = await cli('lint', '--year', '2023', '--json');
    const report = JSON.parse(lint.stdout) as { errors: number; problems: { level: string; code: string; message: string }[] };
    expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(lint.code).toBe(0);
    // Only the draft and the domains the notice leaves to the fallback are left to say.
    expect([...new Set(report.problems.map((p) => p.code))].sort()).toEqual(['domain-fallback', 'draft']);
    const test = await cli('test', '--year', '2023', '--json');
    const rows = JSON.parse(test.stdout) as { failed: number; rows: { file: string; item: string; status: string; actual: string }[] };
    expect(rows.rows.filter((r) => r.status === 'fail')).toEqual([]);
    expect(test.code).toBe(0);
    // 2023's own examples are used, international is not tested in 2023, 2022 is untouched.
    const files = rows.rows.map((r) => r.file);
    expect(files).toContain('forms/key-rd/examples/2023/fail-R14.json');
    expect(files).toContain('forms/regional/examples/2023/eligible-jingjinji.json');
    expect(files).not.toContain('forms/regional/examples/2022/eligible-sunan.json');
    expect(files.some((f) => f.startsWith('forms/international/'))).toBe(false);
    expect(rows.rows.filter((r) => r.file === 'rules/2023/international.rules.json').every((r) => r.status === 'skip')).toBe(true);
    expect((await cli('test', '--year', '2022')).code).toBe(0);
  });

  it('diff lists every change entry by entry, with no draft line', async () => {
    const text = (await cli('diff', '2022', '2023')).stdout;
    expect(text).not.toMatch(/draft/);
    expect(text).toContain('R14 项目总研发投入 300 万元以上 · min: 200 → 300');
    expect(text).toContain('R19 技术交易额 300 万元以上 · min: 500 → 300');
    expect(text).toContain('opens: “2021-10-20” → “2022-10-25”');
    expect(text).toContain('categories: 删除 removed − international');
    expect(text).toContain(`partnerRegions: 新增 added + ${REGION}；删除 removed − 苏南国家自主创新示范区`);
    expect(text).toContain('partnerCities.京津冀: 新增 added + 北京市、天津市、河北省');
    expect(text).toContain('partnerCities.苏南国家自主创新示范区: 删除 removed − 南京市、苏州市、无锡市、常州市、镇江市');
    expect(text).toContain(`domains: 新增 added + ${NEW_DOMAIN}`);
    expect(text).toContain('optionsEn.京津冀: 新增 added “Beijing-Tianjin-Hebei”');
    // 苏南's park field leaves with it: in call.json leaf by leaf, and in what the form shows
    expect(text).toContain('optionsDetail.苏南国家自主创新示范区.extra.title.zh-CN: 删除 removed “苏南示范区内的园区名”');
    expect(text).toContain('project（当 partnerRegion = 苏南国家自主创新示范区）.partnerZone.title: 删除 removed “苏南示范区内的园区名”');
    expect(text).toContain(`phone: “0411-39989885” → “${NEW_PHONE}”`);
    expect(text).toContain(
      `routing.fallback.message.zh-CN: “通知没有写明“{domain}”领域的归口处室，暂按高新处受理；提交前请致电高新处 0411-39989885 确认” →`,
    );
    // the embedded tests, with their data
    expect(text).toMatch(/tests:\n\s+新增 added \+ 299\.99 万元不足 · \{"project":\{"totalRdInvestment":299\.99\}\} → fail\n/);
    expect(text).toMatch(/\s+删除 removed − 恰好 200 万元 · \{"project":\{"totalRdInvestment":200\}\} → pass\n/);
    // what the forms show
    expect(text).toMatch(
      /regional 区域合作专项指南建议征集表\n\s+description: “主要征集.*苏南国家自主创新示范区的创新主体开展的科技合作项目。” → “主要征集.*京津冀地区的创新主体开展的科技合作项目。”/,
    );
    expect(text).toContain(
      'project.totalRdInvestment.description: “项目总研发投入在 200 万元以上（含 200 万元）” → “项目总研发投入在 300 万元以上（含 300 万元）”',
    );
    const md = (await cli('diff', '2022', '2023', '--format', 'md')).stdout;
    expect(md.split('\n')[0]).toBe('# 2023 年度指南建议征集规则变更清单（与 2022 年相比）');
    expect(md).toContain('## 门槛与参数（Thresholds and params）');
    expect(md).toContain('- R14 项目总研发投入 300 万元以上 · min: 200 → 300（rules/2023/key-rd.rules.json）');
  });

  it('finalize, then build every finalized year, naming the draft it leaves out', async () => {
    const finalize = await cli('rollover', '--finalize', '2023');
    expect(finalize.code, finalize.stderr).toBe(0);
    // Next year's edit has begun: a draft is never published.
    expect((await cli('rollover', '2023', '2024')).code).toBe(0);
    const build = await cli('build', '--out', 'public');
    expect(build.code, build.stderr).toBe(0);
    expect(build.stdout).toContain('years in this build: 2022, 2023 (default 2023)');
    expect(build.stdout).toContain('not in this build: 2024 — 草稿 draft');
    const chunks = readdirSync(join(root, 'public'));
    expect(chunks.some((f) => /^guide-form\.2022\.key-rd-.+\.js$/.test(f))).toBe(true);
    expect(chunks.some((f) => /^guide-form\.2023\.key-rd-.+\.js$/.test(f))).toBe(true);
    expect(chunks.some((f) => /^guide-form\.2023\.international-/.test(f))).toBe(false);
    expect(existsSync(join(repo, 'packages/elements/src/generated', '.root-'))).toBe(false);
  }, 600_000); // two years' bundles take ~3 minutes alone, much longer while other suites share the 2 cores

  it('in Chromium, <guide-form> from that build judges year="2022" by 2022 (≥ 200) and year="2023" by 2023 (≥ 300)', async () => {
    const browser: Browser = await launchChromium();
    try {
      const page = await pageWithBuild(browser, join(root, 'public'));
      const data = JSON.parse(readFileSync(submission250(), 'utf8'));
      const y2022 = await mountForm(page, { year: '2022', now: '2021-11-01T10:00:00+08:00', value: data });
      expect(y2022).toMatchObject({ year: 2022, ok: true, rules: [] });
      expect(y2022.hint).toContain('200 万元以上');
      const y2023 = await mountForm(page, { year: '2023', now: '2022-11-01T10:00:00+08:00', value: data });
      expect(y2023).toMatchObject({ year: 2023, ok: false, rules: ['R14'] });
      expect(y2023.hint).toContain('300 万元以上');
      // No year: the latest finalized one, not the 2024 draft.
      expect(await mountForm(page, { now: '2022-11-01T10:00:00+08:00', value: data })).toMatchObject({ year: 2023, rules: ['R14'] });
      // What the build left out, the page says — the draft by name, an unknown year by the years it has.
      expect((await mountForm(page, { year: '2024' })).error).toContain(
        '此构建包含 2022、2023 年的表单，没有 2024 年（2024 年的规则还是草稿，未发布）',
      );
      expect((await mountForm(page, { year: '2021' })).error).toContain('此构建包含 2022、2023 年的表单，没有 2021 年');
      // 国际合作 is open in 2022 only.
      expect((await mountForm(page, { year: '2022', category: 'international' })).error).toBeNull();
      expect((await mountForm(page, { year: '2023', category: 'international' })).error).toContain('未知的征集类别 "international"');
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('a 2022 submission is still judged by 2022: the CLI', async () => {
    const file = submission250();
    const y2022 = await cli('check', 'key-rd', file, '--year', '2022', '--now', '2021-11-01T10:00:00+08:00');
    expect(y2022.code, y2022.stdout).toBe(0);
    const y2023 = await cli('check', 'key-rd', file, '--now', '2022-11-01T10:00:00+08:00', '--json');
    expect(y2023.code).toBe(1);
    expect(JSON.parse(y2023.stdout)).toMatchObject({ year: 2023, findings: [expect.objectContaining({ rule: 'R14' })] });
  });

  it('…and the precompiled source of a build holding both years', async () => {
    work = mkdtempSync(join(repo, 'packages/elements/src/generated/.yearly-'));
    const generated = generate({ root, outDir: work });
    expect(generated.years.map((y) => y.year)).toEqual([2022, 2023]);
    const paths = await bundleForNode({ generatedDir: generated.dir, outDir: join(work, 'out') });
    const bundle = (await import(pathToFileURL(paths.esm).href)) as PrecompiledBundle;
    const source = precompiledSource(bundle);
    const data = JSON.parse(readFileSync(submission250(), 'utf8'));
    const e2022 = await source.load('key-rd', 2022);
    expect(e2022.evaluate('key-rd', data, { year: 2022, now: '2021-11-01T10:00:00+08:00' }).ok).toBe(true);
    const e2023 = await source.load('key-rd');
    const v = e2023.evaluate('key-rd', data, { year: 2023, now: '2022-11-01T10:00:00+08:00' });
    expect(v.findings.map((f) => f.rule)).toContain('R14');
    await expect(source.load('international', 2023)).rejects.toMatchObject({ code: 'unknown-category' });
    expect(await source.load('international', 2022)).toBeTruthy();
    const regional = (await source.load('regional', 2023)).getForm('regional', 2023).schema;
    expect(regional.description).toContain('京津冀地区的创新主体');
    await expect(source.load('key-rd', 2021)).rejects.toMatchObject({ message: '此构建包含 2022、2023 年的表单，没有 2021 年' });
  }, 300_000);
});
