import { ajvValidators } from '@guide-forms/core/compile';
import { type CallFile, Engine, GuideFormsError, type JsonSchema, loadCatalog } from '@guide-forms/core/node';
import { applyOptions } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { clone, example, OPEN_NOW, ROOT } from './helpers.js';

const FILE = 'forms/regional/schema.json';

describe('applyOptions: lists from call.json', () => {
  const options = {
    partnerRegions: ['上海市', '京津冀'],
    partnerCities: { 上海市: ['上海市'], 京津冀: ['北京市', '天津市', '石家庄市'] },
  };
  const template: JsonSchema = {
    description: '与{options:partnerRegions}的创新主体合作',
    'x-description-en': 'With innovators in: {options:partnerRegions}',
    allOf: [
      {
        'x-options-each': { list: 'partnerRegions', property: 'partnerRegion' },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
        then: { properties: { partnerCity: { type: 'string', 'x-options': 'partnerCities.{item}' } }, required: ['partnerCity'] },
      },
    ],
  };

  it('makes one if/then per region, each with that region’s cities', () => {
    const out = applyOptions(template, { options, optionsEn: { 京津冀: 'Beijing-Tianjin-Hebei', 北京市: 'Beijing' } }, FILE);
    expect(out.allOf).toEqual([
      {
        if: { properties: { partnerRegion: { const: '上海市' } }, required: ['partnerRegion'] },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
        then: {
          properties: { partnerCity: { type: 'string', 'x-options': 'partnerCities.上海市', enum: ['上海市'], 'x-enum-en': ['上海市'] } },
          required: ['partnerCity'],
        },
      },
      {
        if: { properties: { partnerRegion: { const: '京津冀' } }, required: ['partnerRegion'] },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
        then: {
          properties: {
            partnerCity: {
              type: 'string',
              'x-options': 'partnerCities.京津冀',
              enum: ['北京市', '天津市', '石家庄市'],
              'x-enum-en': ['Beijing', '天津市', '石家庄市'],
            },
          },
          required: ['partnerCity'],
        },
      },
    ]);
  });

  it('writes the list into the intro sentence, with the notice’s wording where given', () => {
    const out = applyOptions(template, { options, optionsProse: { 京津冀: '京津冀地区' }, optionsEn: { 上海市: 'Shanghai' } }, FILE);
    expect(out.description).toBe('与上海市、京津冀地区的创新主体合作');
    expect(out['x-description-en']).toBe('With innovators in: Shanghai, 京津冀');
  });

  it('a region without a city list is an error naming the list', () => {
    const noCities = { partnerRegions: ['上海市', '京津冀'], partnerCities: { 上海市: ['上海市'] } };
    expect(() => applyOptions(template, { options: noCities }, FILE)).toThrow(GuideFormsError);
    try {
      applyOptions(template, { options: noCities }, FILE);
    } catch (error) {
      expect((error as GuideFormsError).message).toBe('call.json 中没有名为 "partnerCities.京津冀" 的选项列表');
      expect(error).toMatchObject({ file: FILE, pointer: '/allOf/0/then/properties/partnerCity/x-options' });
    }
  });

  it('an x-options-each without list or property is refused', () => {
    expect(() => applyOptions({ allOf: [{ 'x-options-each': { list: 'partnerRegions' } }] }, { options }, FILE)).toThrow(
      /x-options-each 需要 list/,
    );
  });
});

describe('the regional form follows call.json alone', () => {
  /** The 2022 catalog with the regions edited as an administrator would edit call.json. */
  const edited = (): Engine => {
    const catalog = loadCatalog(ROOT);
    const call = clone(catalog.years[2022]?.call) as CallFile;
    const regions = (call.options.partnerRegions as string[]).filter((r) => r !== '苏南国家自主创新示范区');
    call.options.partnerRegions = [...regions, '京津冀'];
    const cities = call.options.partnerCities as Record<string, string[]>;
    delete cities['苏南国家自主创新示范区'];
    cities['京津冀'] = ['北京市', '天津市', '河北省'];
    call.optionsEn = { ...call.optionsEn, 京津冀: 'Beijing-Tianjin-Hebei', 北京市: 'Beijing', 天津市: 'Tianjin', 河北省: 'Hebei' };
    catalog.years[2022] = { call, rules: catalog.years[2022]?.rules ?? {} };
    return new Engine(catalog, ajvValidators());
  };
  const withPartner = (project: Record<string, unknown>) => {
    const data = clone(example<{ project: Record<string, unknown> }>('regional'));
    delete data.project.partnerZone;
    delete data.project.partnerLocality;
    Object.assign(data.project, project);
    return data;
  };

  it('a region added in call.json accepts its cities and only them', () => {
    const engine = edited();
    expect(
      engine.evaluate('regional', withPartner({ partnerRegion: '京津冀', partnerCity: '天津市' }), { year: 2022, now: OPEN_NOW }).ok,
    ).toBe(true);
    const wrong = engine.evaluate('regional', withPartner({ partnerRegion: '京津冀', partnerCity: '上海市' }), {
      year: 2022,
      now: OPEN_NOW,
    });
    expect(wrong.errors).toContainEqual(expect.objectContaining({ pointer: '/project/partnerCity', keyword: 'enum' }));
    const missing = engine.evaluate('regional', withPartner({ partnerRegion: '京津冀', partnerCity: undefined }), {
      year: 2022,
      now: OPEN_NOW,
    });
    expect(missing.errors).toContainEqual(expect.objectContaining({ pointer: '/project/partnerCity', keyword: 'required' }));
  });

  it('a region removed from call.json is refused, and the intro no longer names it', () => {
    const engine = edited();
    const v = engine.evaluate('regional', withPartner({ partnerRegion: '苏南国家自主创新示范区', partnerCity: '苏州市' }), {
      year: 2022,
      now: OPEN_NOW,
    });
    expect(v.errors).toContainEqual(expect.objectContaining({ pointer: '/project/partnerRegion', keyword: 'enum' }));
    const { schema } = engine.getForm('regional', 2022);
    expect(schema.description).toBe(
      '主要征集我市企业、高校院所、新型研发机构、行业协会等与上海市、沈阳市、东北三省一区（内蒙古自治区）、辽宁沿海经济带五市（丹东、锦州、营口、盘锦、葫芦岛）、京津冀的创新主体开展的科技合作项目。',
    );
    expect(schema['x-description-en']).toContain('Beijing-Tianjin-Hebei');
  });

  it('2022 reads the notice’s sentence from its own call.json', () => {
    const engine = new Engine(loadCatalog(ROOT), ajvValidators());
    expect(engine.getForm('regional', 2022).schema.description).toBe(
      '主要征集我市企业、高校院所、新型研发机构、行业协会等与上海市、沈阳市、东北三省一区（内蒙古自治区）、辽宁沿海经济带五市（丹东、锦州、营口、盘锦、葫芦岛）、苏南国家自主创新示范区的创新主体开展的科技合作项目。',
    );
  });
});
