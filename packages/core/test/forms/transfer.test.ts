import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const eligible = example<Data>('transfer');
const project = (changes: Record<string, unknown>): Data => {
  const data = clone(eligible);
  data.project = { ...data.project, ...changes };
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete data.project[k];
  return data;
};
const rulesOf = (data: Data) => evaluate('transfer', data, { now: OPEN_NOW }).findings.map((f) => f.rule);

describe('transfer (附件4 重大科技成果转化专项)', () => {
  it('the eligible example is ok and goes to 成果处 whatever the domain', () => {
    const v = evaluate('transfer', eligible, { now: OPEN_NOW });
    expect(v.ok).toBe(true);
    expect(v.route).toEqual({ department: '成果处', phone: '0411-39989850', submission: 'direct' });
  });

  it.each([
    [999.99, false],
    [1000, true],
    [1000.01, true],
  ])('R16 项目总研发投入 %s 万元 → ok %s', (amount, ok) => {
    // 配套资金 is part of the total (R33.matching), so it is kept within the amount tried here.
    expect(evaluate('transfer', project({ totalRdInvestment: amount, matchingFunds: 300 }), { now: OPEN_NOW }).ok).toBe(ok);
  });

  it.each([
    [499.99, false],
    [500, true],
    [500.01, true],
  ])('R19 技术交易额 %s 万元 → ok %s', (amount, ok) => {
    const v = evaluate('transfer', project({ tradeAmount: amount }), { now: OPEN_NOW });
    expect(v.ok).toBe(ok);
    if (!ok) expect(v.findings[0]?.message).toBe('技术交易额应在 500 万元以上（含 500 万元），当前为 499.99 万元');
  });

  it.each([
    ['高等院校', true],
    ['科研院所', true],
    ['新型研发机构', false],
    ['企业', false],
    ['其他', false],
  ])('R17 成果来源 %s → eligible %s', (sourceType, ok) => {
    expect(evaluate('transfer', project({ sourceType }), { now: OPEN_NOW }).eligible).toBe(ok);
  });

  it('R18 an unregistered contract blocks; a registered one needs its number and date', () => {
    const unregistered = project({ contractRegistered: false, registrationNo: undefined, registrationDate: undefined });
    const v = evaluate('transfer', unregistered, { now: OPEN_NOW });
    expect(v.valid).toBe(true);
    expect(v.findings).toContainEqual(
      expect.objectContaining({ rule: 'R18', severity: 'block', clause: '成果签订的技术转让合同应认定登记' }),
    );
    const noNumber = evaluate('transfer', project({ registrationNo: undefined }), { now: OPEN_NOW });
    expect(noNumber.errors).toEqual([{ pointer: '/project/registrationNo', keyword: 'required', message: '认定登记编号：必填' }]);
  });

  it('a licence contract warns (notice says 转让; 民法典 862 separates them); 其他 blocks', () => {
    const licence = evaluate('transfer', project({ contractType: '技术许可' }), { now: OPEN_NOW });
    expect(licence.ok).toBe(true);
    expect(licence.findings).toContainEqual(expect.objectContaining({ rule: 'R18.license', severity: 'warn' }));
    expect(rulesOf(project({ contractType: '其他' }))).toContain('R18.type');
    expect(evaluate('transfer', project({ contractType: '其他' }), { now: OPEN_NOW }).eligible).toBe(false);
  });

  it('thresholds of key-rd do not leak into transfer and back', () => {
    expect(rulesOf(project({ totalRdInvestment: 1000 }))).not.toContain('R14');
  });
});
