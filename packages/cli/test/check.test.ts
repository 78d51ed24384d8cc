import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, REPO } from './run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const ELIGIBLE = 'forms/key-rd/examples/eligible.json';
const tmp = mkdtempSync(join(tmpdir(), 'gf-check-'));
function write(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}
function keyRdWith(amount: number): string {
  const data = JSON.parse(readFileSync(join(REPO, ELIGIBLE), 'utf8'));
  data.project.totalRdInvestment = amount;
  // 配套资金 is part of the total (R33.matching): keep it within the amount tried.
  data.project.matchingFunds = Math.min(data.project.matchingFunds, 100);
  return write(`key-rd-${amount}.json`, JSON.stringify(data));
}

describe('guide-forms check', () => {
  it('exits 0 for the eligible example inside the window and prints the route', async () => {
    const r = await cli(['check', 'key-rd', ELIGIBLE, '--now', NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('通过');
    expect(r.stdout).toContain('高新处 0411-39989885');
    expect(r.stderr).toBe('');
  });

  it('exits 1 at 199.99 万元 citing 200万元 and the clause; 200 passes', async () => {
    const low = await cli(['check', 'key-rd', keyRdWith(199.99), '--now', NOW]);
    expect(low.code).toBe(1);
    expect(low.stdout).toContain('项目总研发投入应在 200 万元以上（含 200 万元），当前为 199.99 万元');
    expect(low.stdout).toContain('通知原文：“项目总研发投入在200万元以上”');
    expect((await cli(['check', 'key-rd', keyRdWith(200), '--now', NOW])).code).toBe(0);
  });

  it('prints how to submit: the platform and its address, 指南征集, both forms, the division once known, technical support', async () => {
    const r = await cli(['check', 'key-rd', ELIGIBLE, '--now', NOW]);
    expect(r.stdout).toContain('如何报送：');
    expect(r.stdout).toContain('平台：大连市科技项目管理信息平台 http://218.60.90.30/kjjpm/user/login.html');
    expect(r.stdout).toContain('点选“指南征集”选项，在线填报');
    expect(r.stdout).toContain('指南建议征集表（附件1–6 之一）及指南凝练信息表（附件7）');
    expect(r.stdout).toContain('业务咨询：高新处 0411-39989885');
    expect(r.stdout).toContain('技术支持：张俊华 18340837680；冯浩东 15840923121');
    const en = await cli(['check', 'key-rd', ELIGIBLE, '--now', NOW, '--lang', 'en']);
    expect(en.stdout).toContain(
      'Platform: Dalian Science and Technology Project Management Platform http://218.60.90.30/kjjpm/user/login.html',
    );
    expect(en.stdout).toContain('Platform support: 张俊华 18340837680; 冯浩东 15840923121');
  });

  it('before the field is chosen, says the division follows from it; --json keeps the verdict alone', async () => {
    const data = JSON.parse(readFileSync(join(REPO, ELIGIBLE), 'utf8'));
    delete data.classification.domain;
    const r = await cli(['check', 'key-rd', write('key-rd-no-domain.json', JSON.stringify(data)), '--now', NOW]);
    expect(r.stdout).toContain('业务咨询：选择所属领域后确定处室和电话');
    const json = await cli(['check', 'key-rd', ELIGIBLE, '--now', NOW, '--json']);
    expect(Object.keys(JSON.parse(json.stdout))).not.toContain('howToSubmit');
  });

  it('exits 1 once the window has closed, saying so', async () => {
    const r = await cli(['check', 'key-rd', ELIGIBLE, '--now', '2021-11-11T08:00:00+08:00']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('征集已于 2021-11-10 截止');
    const last = await cli(['check', 'key-rd', ELIGIBLE, '--now', '2021-11-10T23:59:59+08:00']);
    expect(last.code).toBe(0);
  });

  it('--lang en prints English messages and labels', async () => {
    const r = await cli(['check', 'key-rd', keyRdWith(150), '--now', NOW, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Total R&D investment must be at least 200 ×10k CNY (currently 150)');
    expect(r.stdout).toContain('High-Tech Division 0411-39989885');
    expect(r.stdout).not.toMatch(/通过|未通过|报送时间/);
  });

  it('--json prints the verdict', async () => {
    const r = await cli(['check', 'transfer', 'forms/transfer/examples/fail-R19.json', '--now', NOW, '--json']);
    expect(r.code).toBe(1);
    const verdict = JSON.parse(r.stdout);
    expect(verdict).toMatchObject({ category: 'transfer', year: 2022, valid: true, eligible: false, open: true, ok: false });
    expect(verdict.findings[0]).toMatchObject({ rule: 'R19', severity: 'block', pointers: ['/project/tradeAmount'] });
    expect(verdict.route).toEqual({ department: '成果处', phone: '0411-39989850', submission: 'direct' });
  });

  it('schema errors are listed with the field title and pointer', async () => {
    const r = await cli(['check', 'key-rd', 'forms/key-rd/examples/invalid-mobile.json', '--now', NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('手机：应为 11 位手机号码');
    expect(r.stdout).toContain('[/unit/mobile]');
  });

  describe('exit 2 with one line naming the problem', () => {
    it('malformed JSON: file, line and column', async () => {
      const path = write('broken.json', '{\n  "unit": {\n    "unitName": "x",\n  }\n}\n');
      const r = await cli(['check', 'key-rd', path]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/broken\.json:4:3: JSON 格式错误（第 4 行第 3 列/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('missing file', async () => {
      const r = await cli(['check', 'key-rd', 'no/such/file.json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('guide-forms check: no/such/file.json: 文件不存在\n');
    });

    it('a directory instead of a file, and an empty file', async () => {
      expect((await cli(['check', 'key-rd', 'forms'])).stderr).toContain('这是一个目录');
      const r = await cli(['check', 'key-rd', write('empty.json', '')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('JSON 格式错误');
    });

    it('unknown category lists the known ones', async () => {
      const r = await cli(['check', 'key_rd', ELIGIBLE]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('未知的征集类别 "key_rd"');
      expect(r.stderr).toContain('key-rd');
    });

    it('usage errors: arguments, options, year, now, lang', async () => {
      for (const argv of [
        ['check', 'key-rd'],
        ['check', 'key-rd', ELIGIBLE, '--bogus'],
        ['check', 'key-rd', ELIGIBLE, '--year', '22'],
        ['check', 'key-rd', ELIGIBLE, '--year', '1999'],
        ['check', 'key-rd', ELIGIBLE, '--now', 'tomorrow'],
        ['check', 'key-rd', ELIGIBLE, '--lang', 'fr'],
        ['check', 'key-rd', ELIGIBLE, '--now'],
      ]) {
        const r = await cli(argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr, argv.join(' ')).toMatch(/^guide-forms check: .+/);
      }
    });

    it('unknown command', async () => {
      const r = await cli(['chekc']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('未知的命令 "chekc"');
    });
  });

  it('works as the installed bin from the repository root (npx guide-forms)', () => {
    const ok = bin(['check', 'key-rd', ELIGIBLE, '--now', NOW]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('高新处');
    expect(bin(['check', 'key-rd', 'missing.json']).code).toBe(2);
  });
});
