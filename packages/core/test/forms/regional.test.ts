import type { Verdict } from '@guide-forms/core';
import { describe, expect, it } from 'vitest';
import { clone, evaluate, example, getForm, listCategories, OPEN_NOW } from '../helpers.js';

type Data = Record<string, Record<string, unknown>>;
const eligible = example<Data>('regional');

/** The eligible example with some `project` fields replaced (`undefined` deletes). */
const withProject = (fields: Record<string, unknown>): Data => {
  const data = clone(eligible);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete data.project![key];
    else data.project![key] = value;
  }
  return data;
};
const check = (data: unknown, lang: 'zh-CN' | 'en' = 'zh-CN'): Verdict => evaluate('regional', data, { now: OPEN_NOW, lang });
const finding = (v: Verdict, rule: string) => v.findings.find((f) => f.rule === rule);

/** The region → city lists of 2022, as the form offers them (from rules/2022/call.json). */
const cities = getForm('regional', 2022).call.options.partnerCities as Record<string, string[]>;
const regions = getForm('regional', 2022).call.options.partnerRegions as string[];

describe('regional (附件5 区域合作专项)', () => {
  it('is listed with its Chinese title', () => {
    expect(listCategories(2022)).toContainEqual(expect.objectContaining({ category: 'regional', title: '区域合作专项指南建议征集表' }));
  });

  it('the eligible example is ok and goes to 区域处 whatever its field', () => {
    expect(check(eligible)).toMatchObject({
      valid: true,
      eligible: true,
      ok: true,
      findings: [],
      route: { department: '区域处', phone: '0411-39989867', submission: 'direct' },
    });
    const health = clone(eligible);
    health.classification!.domain = '生命健康';
    expect(check(health).route).toMatchObject({ department: '区域处', phone: '0411-39989867' });
    const university = clone(eligible);
    university.unit = { ...university.unit, unitType: '高等院校', reviewDept: '科学技术研究院' };
    delete university.unit!.isStartup;
    expect(check(university).route).toEqual({ department: '区域处', phone: '0411-39989867', submission: 'institution-review' });
    expect(check(eligible, 'en').route).toMatchObject({ department: 'Regional Cooperation Division' });
  });

  it('offers exactly the five regions of the notice', () => {
    expect(regions).toEqual(['上海市', '沈阳市', '东北三省一区', '辽宁沿海经济带五市', '苏南国家自主创新示范区']);
    expect(cities['辽宁沿海经济带五市']).toEqual(['丹东市', '锦州市', '营口市', '盘锦市', '葫芦岛市']);
    expect(cities['东北三省一区']).toContain('内蒙古自治区');
  });

  describe('R22 合作方区域与城市一致（schema）', () => {
    const liaoningLocality = (region: string, city: string) =>
      region === '东北三省一区' && city === '辽宁省' ? { partnerLocality: '沈阳市' } : { partnerLocality: undefined };

    for (const region of regions) {
      for (const city of cities[region] ?? []) {
        it(`${region} · ${city} is accepted`, () => {
          const v = check(
            withProject({ partnerRegion: region, partnerCity: city, partnerZone: undefined, ...liaoningLocality(region, city) }),
          );
          expect(v.errors).toEqual([]);
          expect(v.ok).toBe(true);
        });

        const other = regions.find((r) => r !== region && !(cities[r] ?? []).includes(city));
        it(`${city} is rejected under ${other}`, () => {
          const v = check(withProject({ partnerRegion: other, partnerCity: city, partnerZone: undefined }));
          expect(v.valid).toBe(false);
          expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/project/partnerCity', keyword: 'enum' }));
          expect(v.errors.find((e) => e.pointer === '/project/partnerCity')?.message).toMatch(/^合作方城市或省区：请从选项中选择/);
        });
      }
    }

    it('a region outside the notice is a schema error, listing the five', () => {
      const v = check(withProject({ partnerRegion: '天津市', partnerCity: '天津市', partnerZone: undefined }));
      expect(v.errors).toEqual([
        {
          pointer: '/project/partnerRegion',
          keyword: 'enum',
          message: '合作方区域：请从选项中选择（上海市、沈阳市、东北三省一区、辽宁沿海经济带五市、苏南国家自主创新示范区）',
        },
      ]);
    });

    it('a region without a city asks for the city', () => {
      const v = check(withProject({ partnerCity: undefined }));
      expect(v.errors).toEqual([{ pointer: '/project/partnerCity', keyword: 'required', message: '合作方城市或省区：必填' }]);
    });

    it('苏南 may name its park; the park is optional', () => {
      expect(check(withProject({ partnerZone: undefined })).ok).toBe(true);
      expect(check(withProject({ partnerZone: '昆山高新区' })).ok).toBe(true);
    });
  });

  describe('R22 合作方须在大连以外 (block)', () => {
    const liaoning = (locality: string | undefined) =>
      withProject({ partnerRegion: '东北三省一区', partnerCity: '辽宁省', partnerLocality: locality, partnerZone: undefined });

    it('a Liaoning partner must name its city', () => {
      const v = check(liaoning(undefined));
      expect(v.errors).toEqual([{ pointer: '/project/partnerLocality', keyword: 'required', message: '合作方所在地市：必填' }]);
      expect(finding(v, 'R22')).toBeUndefined();
    });

    it.each([
      ['沈阳市', true],
      ['鞍山市', true],
      ['营口市', true],
      ['大连市', false],
    ])('辽宁省 · %s → ok %s', (locality, ok) => {
      const v = check(liaoning(locality));
      expect(v.errors).toEqual([]);
      expect(v.ok).toBe(ok);
      expect(finding(v, 'R22')?.severity).toBe(ok ? undefined : 'block');
    });

    it('cites the clause, in Chinese and English', () => {
      const zh = finding(check(liaoning('大连市')), 'R22');
      expect(zh).toMatchObject({ severity: 'block', pointers: ['/project/partnerCity', '/project/partnerLocality'] });
      expect(zh?.message).toContain('合作方须为大连以外的单位');
      expect(zh?.clause).toContain('苏南国家自主创新示范区的创新主体开展的科技合作项目');
      expect(finding(check(liaoning('大连市'), 'en'), 'R22')?.message).toMatch(/must be outside Dalian/);
    });

    it('a partner named after Dalian only warns (a Shanghai unit on 大连路 would be a false alarm)', () => {
      const v = check(withProject({ partnerName: '大连理工大学苏州研究院' }));
      expect(v).toMatchObject({ valid: true, eligible: true, ok: true });
      expect(finding(v, 'R22.name')).toMatchObject({
        severity: 'warn',
        message: expect.stringContaining('合作方“大连理工大学苏州研究院”的名称含“大连”'),
      });
      expect(finding(check(eligible), 'R22.name')).toBeUndefined();
    });
  });

  describe('R22.domain 面向我市重点发展的战略性新兴产业方向 (等 → warn)', () => {
    it.each([
      ['洁净能源', false],
      ['清洁能源', false],
      ['新一代信息技术', false],
      ['智能制造', false],
      ['生命健康', false],
      ['海洋工程', false],
      ['船舶和海洋工程', false],
      ['现代服务业', true],
      ['现代农业', true],
    ])('%s → warning %s, still ok', (domain, warns) => {
      const data = clone(eligible);
      data.classification!.domain = domain;
      const v = check(data);
      expect(v.ok).toBe(true);
      expect(finding(v, 'R22.domain')?.severity).toBe(warns ? 'warn' : undefined);
    });
  });

  describe('R23 大连方主体类型 (等 → 其他 kept, warned)', () => {
    it.each(['企业', '高校院所', '新型研发机构', '行业协会'])('%s passes without a warning', (localType) => {
      const v = check(withProject({ localType }));
      expect(v.ok).toBe(true);
      expect(finding(v, 'R23')).toBeUndefined();
    });

    it('其他 must be named (schema) and then only warns', () => {
      const unnamed = check(withProject({ localType: '其他' }));
      expect(unnamed.errors).toEqual([{ pointer: '/project/otherLocalType', keyword: 'required', message: '其他主体类型：必填' }]);

      const v = check(withProject({ localType: '其他', otherLocalType: '产业技术创新联盟' }));
      expect(v).toMatchObject({ valid: true, eligible: true, ok: true });
      expect(v.findings).toEqual([
        expect.objectContaining({
          rule: 'R23',
          severity: 'warn',
          message: expect.stringContaining('大连方主体类型为“其他”（产业技术创新联盟）'),
          clause: '主要征集我市企业、高校院所、新型研发机构、行业协会等',
        }),
      ]);
    });

    it('a type outside the list is a schema error', () => {
      expect(check(withProject({ localType: '个人' })).errors).toContainEqual(
        expect.objectContaining({ pointer: '/project/localType', keyword: 'enum' }),
      );
    });
  });

  describe('structure', () => {
    it('合作内容类型 is a non-empty set of the three listed types', () => {
      expect(check(withProject({ coopType: ['交流合作平台载体建设'] })).ok).toBe(true);
      expect(check(withProject({ coopType: [] })).errors).toEqual([
        { pointer: '/project/coopType', keyword: 'minItems', message: '合作内容类型：至少选择 1 项' },
      ]);
      expect(check(withProject({ coopType: ['科技成果转移转化', '科技成果转移转化'] })).errors[0]?.keyword).toBe('uniqueItems');
      expect(check(withProject({ coopType: ['人才引进'] })).errors[0]).toMatchObject({ pointer: '/project/coopType/0', keyword: 'enum' });
    });

    it('合作基础 and 双方分工 are required (由合作双方共同实施)', () => {
      const v = check(withProject({ basis: undefined, division: '' }));
      expect(v.errors).toEqual([
        { pointer: '/project/basis', keyword: 'required', message: '合作基础：必填' },
        { pointer: '/project/division', keyword: 'required', message: '双方分工：必填' },
      ]);
    });
  });

  describe('common rules in force', () => {
    it('applies R12 and R13 but not the role rules R9/R10', () => {
      const ids = getForm('regional').rules.map((r) => r.id);
      expect(ids).toEqual(expect.arrayContaining(['R6', 'R7', 'R8', 'R11', 'R12', 'R13', 'R31', 'R22', 'R22.name', 'R22.domain', 'R23']));
      expect(ids).not.toContain('R9');
      expect(ids).not.toContain('R10');
    });

    it('warnings alone keep the suggestion eligible; one block makes it not ok', () => {
      const warned = withProject({ localType: '其他', otherLocalType: '产业技术创新联盟', partnerName: '大连理工大学苏州研究院' });
      warned.indicators!.academic = {};
      const v = check(warned);
      expect(v.findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual(['R13:warn', 'R22.name:warn', 'R23:warn']);
      expect(v).toMatchObject({ eligible: true, ok: true });

      warned.declarations!.ackConsultOnly = false;
      expect(check(warned)).toMatchObject({ valid: true, eligible: false, ok: false });
    });

    it('新型研发机构 as the Dalian party is a priority flag only', () => {
      const v = check(withProject({ localType: '新型研发机构' }));
      expect(v.ok).toBe(true);
      expect(finding(v, 'R30.platform')?.severity).toBe('info');
    });
  });
});
