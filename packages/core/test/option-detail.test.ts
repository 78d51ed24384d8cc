// What a region brings onto the form comes from call.json#/optionsDetail: the hint of its city
// choice (东北三省一区: “内蒙古自治区按全区计”) and a field of its own (苏南: 园区名). Removing the
// region from call.json leaves nothing of it in the form.
import { ajvValidators } from '@guide-forms/core/compile';
import { type CallFile, Engine, type JsonSchema, loadCatalog } from '@guide-forms/core/node';
import { applyOptions } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT } from './helpers.js';

const FILE = 'forms/regional/schema.json';
type Branch = { if: { properties: Record<string, { const: string }> }; then: JsonSchema & { properties: Record<string, JsonSchema> } };

describe('applyOptions: optionsDetail inside x-options-each', () => {
  const options = {
    partnerRegions: ['上海市', '东北三省一区', '苏南'],
    partnerCities: { 上海市: ['上海市'], 东北三省一区: ['吉林省'], 苏南: ['苏州市'] },
  };
  const template: JsonSchema = {
    allOf: [
      {
        'x-options-each': { list: 'partnerRegions', property: 'partnerRegion' },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
        then: {
          properties: {
            partnerCity: { type: 'string', 'x-options': 'partnerCities.{item}', 'x-item-hint': true },
            partnerZone: { type: 'string', maxLength: 50, title: '模板标题', description: '给开发者的话', 'x-item-extra': true },
          },
          required: ['partnerCity'],
        },
      },
    ],
  };
  const detail = {
    东北三省一区: { hint: { 'zh-CN': '内蒙古自治区按全区计', en: 'Inner Mongolia counts as a whole' } },
    苏南: { extra: { title: { 'zh-CN': '园区名', en: 'Park' }, hint: { 'zh-CN': '选填，如苏州工业园区', en: 'Optional' } } },
  };
  const branches = (schema: JsonSchema): Record<string, Branch['then']> =>
    Object.fromEntries((schema.allOf as Branch[]).map((b) => [b.if.properties['partnerRegion']?.const as string, b.then]));

  it('the hint goes on the city choice of its region only; the marker is gone', () => {
    const out = branches(applyOptions(template, { options, optionsDetail: detail }, FILE));
    expect(out['东北三省一区']?.properties['partnerCity']).toMatchObject({
      description: '内蒙古自治区按全区计',
      'x-description-en': 'Inner Mongolia counts as a whole',
    });
    expect(out['上海市']?.properties['partnerCity']?.description).toBeUndefined();
    expect(JSON.stringify(out)).not.toContain('x-item-');
  });

  it('the extra field exists only for the region that has one, titled from call.json, optional by default', () => {
    const out = branches(applyOptions(template, { options, optionsDetail: detail }, FILE));
    expect(out['苏南']?.properties['partnerZone']).toEqual({
      type: 'string',
      maxLength: 50,
      title: '园区名',
      'x-title-en': 'Park',
      description: '选填，如苏州工业园区',
      'x-description-en': 'Optional',
    });
    expect(out['苏南']?.required).toEqual(['partnerCity']);
    expect(Object.keys(out['上海市']?.properties ?? {})).toEqual(['partnerCity']);
    expect(Object.keys(out['东北三省一区']?.properties ?? {})).toEqual(['partnerCity']);
  });

  it('an extra without a hint shows no developer text; "required": true makes it required', () => {
    const strict = { 苏南: { extra: { title: { 'zh-CN': '园区名', en: 'Park' }, required: true } } };
    const out = branches(applyOptions(template, { options, optionsDetail: strict }, FILE));
    expect(out['苏南']?.properties['partnerZone']?.description).toBeUndefined();
    expect(out['苏南']?.properties['partnerZone']?.['x-description-en']).toBeUndefined();
    expect(out['苏南']?.required).toEqual(['partnerCity', 'partnerZone']);
  });

  it('without optionsDetail no region has a hint or an extra field', () => {
    const out = branches(applyOptions(template, { options }, FILE));
    for (const then of Object.values(out)) expect(Object.keys(then.properties)).toEqual(['partnerCity']);
    expect(out['东北三省一区']?.properties['partnerCity']?.description).toBeUndefined();
  });
});

describe('the regional form: region details from call.json', () => {
  const now = OPEN_NOW;
  const branchOf = (schema: JsonSchema, region: string): Branch['then'] | undefined => {
    const project = (schema.properties as Record<string, JsonSchema>)['project'] as JsonSchema;
    return (project.allOf as Branch[]).find((b) => b.if?.properties?.['partnerRegion']?.const === region)?.then;
  };

  it('2022: 东北三省一区’s city choice says 内蒙古自治区按全区计 (in English too)', () => {
    const { schema } = new Engine(loadCatalog(ROOT), ajvValidators()).getForm('regional', 2022);
    expect(branchOf(schema, '东北三省一区')?.properties['partnerCity']).toMatchObject({
      description: '内蒙古自治区按全区计',
      'x-description-en': 'Inner Mongolia counts as a whole',
    });
    expect(branchOf(schema, '上海市')?.properties['partnerCity']?.description).toBeUndefined();
  });

  it('2022: only 苏南 asks for its park, titled from call.json', () => {
    const { schema } = new Engine(loadCatalog(ROOT), ajvValidators()).getForm('regional', 2022);
    expect(branchOf(schema, '苏南国家自主创新示范区')?.properties['partnerZone']).toMatchObject({
      title: '苏南示范区内的园区名',
      description: '选填，如苏州工业园区、南京高新区、昆山高新区',
    });
    for (const region of ['上海市', '沈阳市', '东北三省一区', '辽宁沿海经济带五市']) {
      expect(branchOf(schema, region)?.properties['partnerZone']).toBeUndefined();
    }
  });

  it('苏南 removed from call.json (regions, cities, details): the compiled form holds nothing of it', () => {
    const catalog = loadCatalog(ROOT);
    const call = clone(catalog.years[2022]?.call) as CallFile;
    call.options.partnerRegions = (call.options.partnerRegions as string[]).filter((r) => r !== '苏南国家自主创新示范区');
    delete (call.options.partnerCities as Record<string, string[]>)['苏南国家自主创新示范区'];
    delete call.optionsDetail?.['苏南国家自主创新示范区'];
    catalog.years[2022] = { call, rules: catalog.years[2022]?.rules ?? {} };
    const engine = new Engine(catalog, ajvValidators());
    const text = JSON.stringify(engine.getForm('regional', 2022).schema);
    expect(text).not.toContain('苏南');
    expect(text).not.toContain('partnerZone');
    expect(text).not.toContain('园区');
    // The form still works: a 上海 partner is eligible, a 苏南 one is refused by the region choice.
    const data = clone(example<{ project: Record<string, unknown> }>('regional'));
    expect(engine.evaluate('regional', data, { year: 2022, now }).ok).toBe(true);
    Object.assign(data.project, { partnerRegion: '苏南国家自主创新示范区', partnerCity: '苏州市' });
    const v = engine.evaluate('regional', data, { year: 2022, now });
    expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/project/partnerRegion', keyword: 'enum' }));
  });

  it('a detail given to a new region shows up on that region alone', () => {
    const catalog = loadCatalog(ROOT);
    const call = clone(catalog.years[2022]?.call) as CallFile;
    call.options.partnerRegions = [...(call.options.partnerRegions as string[]), '京津冀'];
    (call.options.partnerCities as Record<string, string[]>)['京津冀'] = ['北京市', '天津市', '河北省'];
    call.optionsDetail = {
      ...call.optionsDetail,
      京津冀: {
        hint: { 'zh-CN': '河北省按全省计', en: 'Hebei counts as a whole' },
        extra: { title: { 'zh-CN': '所在园区', en: 'Park' }, required: true },
      },
    };
    catalog.years[2022] = { call, rules: catalog.years[2022]?.rules ?? {} };
    const engine = new Engine(catalog, ajvValidators());
    const then = branchOf(engine.getForm('regional', 2022).schema, '京津冀');
    expect(then?.properties['partnerCity']?.description).toBe('河北省按全省计');
    expect(then?.required).toEqual(['partnerCity', 'partnerZone']);
    const data = clone(example<{ project: Record<string, unknown> }>('regional'));
    Object.assign(data.project, { partnerRegion: '京津冀', partnerCity: '天津市' });
    const v = engine.evaluate('regional', data, { year: 2022, now });
    expect(v.errors).toEqual([
      expect.objectContaining({ pointer: '/project/partnerZone', keyword: 'required', message: '所在园区：必填' }),
    ]);
    data.project['partnerZone'] = '滨海高新区';
    expect(engine.evaluate('regional', data, { year: 2022, now }).ok).toBe(true);
  });
});
