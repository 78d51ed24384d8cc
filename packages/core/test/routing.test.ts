// The routing table of the 2022 notice (五、业务咨询电话): every category × domain pair.

import { loadCatalog } from '@guide-forms/core/node';
import { compileRouting, route } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const call = loadCatalog(ROOT).years[2022]!.call;
const routing = compileRouting(call);
const domains = call.options.domains as string[];

const GAOXIN = { department: '高新处', phone: '0411-39989885' };
const SHENONG = { department: '社农处', phone: '0411-39989856' };
const CHENGGUO = { department: '成果处', phone: '0411-39989850' };
const FAGUI = { department: '法规处', phone: '0411-39989846' };
const QUYU = { department: '区域处', phone: '0411-39989867' };
const WAIZHUAN = { department: '外专处', phone: '0411-39989823' };

/** 五、业务咨询电话, domain by domain; the last three are decisions (docs/decisions.md). */
const BY_DOMAIN: Record<string, { department: string; phone: string }> = {
  新一代信息技术: GAOXIN,
  精细化工: GAOXIN,
  智能制造: GAOXIN,
  船舶和海洋工程: GAOXIN,
  '碳达峰碳中和（工业领域）': GAOXIN,
  清洁能源: GAOXIN,
  新材料: GAOXIN,
  交通装备: GAOXIN,
  文化与科技融合: GAOXIN,
  现代服务业: GAOXIN,
  生命健康: SHENONG,
  现代农业: SHENONG,
  '碳达峰碳中和（社发领域）': SHENONG,
  海洋经济: SHENONG,
  医疗卫生: SHENONG,
  公共安全与防灾减灾: SHENONG,
  洁净能源: GAOXIN, // = 清洁能源
  海洋工程: GAOXIN, // = 船舶和海洋工程
  节能环保: GAOXIN, // not named: fallback with an info finding
  其他: GAOXIN, // fallback
};
const FALLBACK = new Set(['节能环保', '其他']);

type Case = { name: string; data: Record<string, unknown>; byDomain: boolean; fixed?: { department: string; phone: string } };

const HUIMIN = ['科普基地建设与科普活动开展', '软科学研究', '医疗卫生', '公共安全与防灾减灾', '科技扶贫与科技特派', '现代农业'];
const cases: Case[] = [
  { name: 'challenge', data: { classification: { category: 'challenge' } }, byDomain: true },
  { name: 'key-rd', data: { classification: { category: 'key-rd' } }, byDomain: true },
  {
    name: 'innovation-fund 双重',
    data: { classification: { category: 'innovation-fund' }, project: { subtype: '重点学科重大课题' } },
    byDomain: false,
    fixed: CHENGGUO,
  },
  {
    name: 'innovation-fund 应用基础',
    data: { classification: { category: 'innovation-fund' }, project: { subtype: '应用基础性课题研究' } },
    byDomain: true,
  },
  ...HUIMIN.map((h) => ({
    name: `innovation-fund 科技惠民 ${h}`,
    data: { classification: { category: 'innovation-fund' }, project: { subtype: '科技惠民', huiminType: h } },
    // 科普/软科学 → 法规处; 医疗卫生、公共安全与防灾减灾、现代农业 → 社农处 whatever the domain (issue 10); 扶贫 by domain.
    byDomain: h === '科技扶贫与科技特派',
    ...(['科普基地建设与科普活动开展', '软科学研究'].includes(h) ? { fixed: FAGUI } : {}),
    ...(['医疗卫生', '公共安全与防灾减灾', '现代农业'].includes(h) ? { fixed: SHENONG } : {}),
  })),
  // A 科技惠民 kind left over from before the applicant changed the sub-programme is not submitted
  // (the form hides it) and decides nothing: 应用基础 goes by domain, whatever the stray value says.
  ...['应用基础性课题研究', '重点学科重大课题'].flatMap((subtype) =>
    HUIMIN.map((h) => ({
      name: `innovation-fund ${subtype} with a stray 科技惠民 kind ${h}`,
      data: { classification: { category: 'innovation-fund' }, project: { subtype, huiminType: h } },
      byDomain: subtype === '应用基础性课题研究',
      ...(subtype === '重点学科重大课题' ? { fixed: CHENGGUO } : {}),
    })),
  ),
  ...HUIMIN.map((h) => ({
    name: `summary of 应用基础 with a stray 科技惠民 kind ${h}`,
    data: {
      classification: { category: 'summary' },
      linked: { category: 'innovation-fund', subtype: '应用基础性课题研究', huiminType: h },
    },
    byDomain: true,
  })),
  { name: 'transfer', data: { classification: { category: 'transfer' } }, byDomain: false, fixed: CHENGGUO },
  { name: 'regional', data: { classification: { category: 'regional' } }, byDomain: false, fixed: QUYU },
  { name: 'international', data: { classification: { category: 'international' } }, byDomain: false, fixed: WAIZHUAN },
  { name: 'summary of key-rd', data: { classification: { category: 'summary' }, linked: { category: 'key-rd' } }, byDomain: true },
  {
    name: 'summary of transfer',
    data: { classification: { category: 'summary' }, linked: { category: 'transfer' } },
    byDomain: false,
    fixed: CHENGGUO,
  },
  {
    name: 'summary of 双重',
    data: { classification: { category: 'summary' }, linked: { category: 'innovation-fund', subtype: '重点学科重大课题' } },
    byDomain: false,
    fixed: CHENGGUO,
  },
  {
    name: 'summary of 科普',
    data: {
      classification: { category: 'summary' },
      linked: { category: 'innovation-fund', subtype: '科技惠民', huiminType: '科普基地建设与科普活动开展' },
    },
    byDomain: false,
    fixed: FAGUI,
  },
  ...['医疗卫生', '公共安全与防灾减灾', '现代农业'].map(
    (h): Case => ({
      name: `summary of 科技惠民 ${h}`,
      data: { classification: { category: 'summary' }, linked: { category: 'innovation-fund', subtype: '科技惠民', huiminType: h } },
      byDomain: false,
      fixed: SHENONG,
    }),
  ),
  ...(['challenge', 'key-rd'] as const).flatMap((category): Case[] => [
    {
      name: `${category} 高新区发展专项`,
      data: { classification: { category, highTechZone: true } },
      byDomain: false,
      fixed: QUYU,
    },
    { name: `${category} not 高新区发展专项`, data: { classification: { category, highTechZone: false } }, byDomain: true },
    {
      name: `summary of ${category} 高新区发展专项`,
      data: { classification: { category: 'summary' }, linked: { category, highTechZone: true } },
      byDomain: false,
      fixed: QUYU,
    },
  ]),
  {
    name: 'summary of regional',
    data: { classification: { category: 'summary' }, linked: { category: 'regional' } },
    byDomain: false,
    fixed: QUYU,
  },
  {
    name: 'summary of international',
    data: { classification: { category: 'summary' }, linked: { category: 'international' } },
    byDomain: false,
    fixed: WAIZHUAN,
  },
];

describe('routing: every category × domain', () => {
  it('covers every category open in 2022', () => {
    const covered = new Set(cases.map((c) => (c.data.classification as { category: string }).category));
    expect([...covered].sort()).toEqual([...call.categories].sort());
  });

  for (const c of cases) {
    for (const domain of domains) {
      it(`${c.name} × ${domain}`, () => {
        const data = { ...c.data, classification: { ...(c.data.classification as object), domain } };
        const result = route(routing, data, 'zh-CN');
        const expected = c.fixed ?? BY_DOMAIN[domain];
        expect(result.route).toMatchObject(expected as object);
        if (c.byDomain && FALLBACK.has(domain)) {
          expect(result.finding).toMatchObject({ rule: 'route.fallback', severity: 'info' });
          expect(result.finding?.message).toContain(domain);
        } else {
          expect(result.finding).toBeNull();
        }
      });
    }
  }

  it('routes institutions through their research office', () => {
    for (const unitType of ['高等院校', '科研院所']) {
      const data = { classification: { category: 'key-rd', domain: '新材料' }, unit: { unitType } };
      expect(route(routing, data, 'zh-CN').route?.submission).toBe('institution-review');
    }
    for (const unitType of ['企业', '新型研发机构', '行业协会', '其他事业单位', '其他', undefined]) {
      const data = { classification: { category: 'key-rd', domain: '新材料' }, unit: { unitType } };
      expect(route(routing, data, 'zh-CN').route?.submission).toBe('direct');
    }
  });

  it('has no route before the domain is chosen (unless the category decides)', () => {
    const data = { classification: { category: 'key-rd' } };
    expect(route(routing, data, 'zh-CN').route).toBeNull();
    const transfer = { classification: { category: 'transfer' } };
    expect(route(routing, transfer, 'zh-CN').route?.department).toBe('成果处');
  });

  it('names departments in English on request', () => {
    const data = { classification: { category: 'regional', domain: '新材料' } };
    expect(route(routing, data, 'en').route?.department).toBe('Regional Cooperation Division');
  });
});
