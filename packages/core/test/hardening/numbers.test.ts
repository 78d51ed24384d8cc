// Issue 14 (decisions §14): amounts are read exactly as written, to at most 4 decimals of 万元,
// so no threshold can be passed by float rounding.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { type GuideFormsError, loadCatalog, readJsonFile } from '@guide-forms/core/node';
import { exactNumber, inexactNumber } from '@guide-forms/core/tooling';
import { afterAll, describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'gf-numbers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = new Engine(loadCatalog(ROOT), ajvValidators());

describe('exactNumber', () => {
  it('reads numbers a double holds as written, in any spelling', () => {
    expect(exactNumber('199.99')).toBe(199.99);
    expect(exactNumber('200.0000')).toBe(200);
    expect(exactNumber('2e2')).toBe(200);
    expect(exactNumber('-0.0')).toBe(-0);
    expect(exactNumber('0.1')).toBe(0.1);
    expect(exactNumber('9999999.9999')).toBe(9999999.9999);
  });

  it('refuses what would be rounded or overflow', () => {
    for (const text of ['199.999999999999999', '200.00000000000001', '12345678901234567890', '1e999', '-1e400', 'abc', '']) {
      expect(exactNumber(text)).toBeUndefined();
    }
  });
});

describe('inexactNumber (raw JSON text)', () => {
  it('finds the first rounded number outside strings', () => {
    expect(inexactNumber('{"a": "199.999999999999999", "b": [1, 199.999999999999999]}')).toEqual({
      offset: 38,
      token: '199.999999999999999',
    });
    expect(inexactNumber('{"a\\"199.999999999999999": 1}')).toBeNull();
    expect(inexactNumber('{"a": -1.5e3, "b": 0}')).toBeNull();
  });

  it('makes a submission file with 199.999999999999999 an error naming the line and column', () => {
    const text = readFileSync(join(ROOT, 'forms/key-rd/examples/eligible.json'), 'utf8').replace(
      /"totalRdInvestment": [\d.]+/,
      '"totalRdInvestment": 199.999999999999999',
    );
    const path = join(dir, 'rounded.json');
    writeFileSync(path, text);
    let error: GuideFormsError | undefined;
    try {
      readJsonFile(path, dir);
    } catch (e) {
      error = e as GuideFormsError;
    }
    expect(error?.code).toBe('inexact-number');
    expect(error?.message).toBe(
      '数字 199.999999999999999 无法按原样读取（会被读成 200）：位数超过双精度可精确表示的范围，请减少位数（金额以万元计，最多 4 位小数）',
    );
    const before = text.slice(0, text.indexOf('199.9')).split('\n');
    expect(error?.file).toBe(`rounded.json:${before.length}:${(before.at(-1)?.length ?? 0) + 1}`);
  });
});

describe('amounts in 万元: at most 4 decimals, checked by the schema', () => {
  const verdictAt = (amount: number) => {
    const data = clone(example('key-rd'));
    (data.project as Record<string, unknown>).totalRdInvestment = amount;
    (data.project as Record<string, unknown>).matchingFunds = 100; // within the total (R33.matching)
    return engine.evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' });
  };
  // One message per mistake: where the schema already objects, R14 does not repeat it.
  it.each([
    [199.99, false, true],
    [199.9999, false, true],
    [199.99995, true, false],
    [200, false, false],
    [200.0001, false, false],
    [200.00001, true, false],
    [200.01, false, false],
    [9999999.9999, false, false],
  ])('%s: decimals error %s, R14 blocks %s', (amount, decimals, blocked) => {
    const v = verdictAt(amount);
    const error = v.errors.find((e) => e.pointer === '/project/totalRdInvestment' && e.keyword === 'multipleOf');
    expect(Boolean(error)).toBe(decimals);
    if (error) expect(error.message).toBe('Total R&D investment: at most 4 decimal places');
    expect(v.findings.some((f) => f.rule === 'R14')).toBe(blocked);
    // Other rules read the amount too (R33: 配套资金 ≤ 总投入), so `ok` is not this test's to judge.
    expect(v.errors.some((e) => e.pointer === '/project/totalRdInvestment')).toBe(decimals);
  });
});
