import type { CallFile } from '@guide-forms/core/node';
import type { Problems } from '../admin/problems.js';

/**
 * Lints `options`, `optionsEn`, `optionsProse` and `optionsDetail` of a call file: every partner
 * region has a city list (the form builds each region's city choice from it, so a region without
 * one could not be chosen at all), no city list for a region that is not offered, every option
 * has an English name, and `optionsProse` and `optionsDetail` only speak of options that exist
 * (a region removed with its hint or park field left behind is said).
 */
export function checkOptions(call: CallFile, rel: string, problems: Problems): void {
  const options = call.options ?? {};
  const regions = Array.isArray(options.partnerRegions) ? (options.partnerRegions as string[]) : [];
  const cities = options.partnerCities;
  if (cities && typeof cities === 'object' && !Array.isArray(cities)) {
    regions.forEach((region, k) => {
      if (Object.hasOwn(cities, region)) return;
      problems.error('region-without-cities', rel, `/options/partnerRegions/${k}`, `合作方区域“${region}”在 partnerCities 中没有城市列表`, {
        expected: `options.partnerCities["${region}"]`,
        found: '（没有）',
        hint: `在 options.partnerCities 中加上 "${region}": ["城市1", "城市2"]（该区域可选的城市或省区，逐个写出），并在 optionsEn 中写它们的英文名`,
      });
    });
    for (const region of Object.keys(cities)) {
      if (regions.includes(region)) continue;
      problems.warn(
        'cities-without-region',
        rel,
        `/options/partnerCities/${region}`,
        `partnerCities 中的“${region}”不在 partnerRegions 中，不会显示`,
        {
          expected: `one of: ${regions.join(', ')}`,
          found: region,
          hint: `删除区域时把 options.partnerCities 中的 "${region}" 一并删除；新增区域时把它加到 options.partnerRegions`,
        },
      );
    }
  }
  checkEnglish(call, rel, problems);
  const known = new Set(values(options).map((v) => v.value));
  for (const key of ['optionsProse', 'optionsDetail'] as const) {
    for (const value of Object.keys(call[key] ?? {})) {
      if (known.has(value)) continue;
      problems.warn(
        key === 'optionsProse' ? 'prose-unknown-option' : 'detail-unknown-option',
        rel,
        `/${key}/${value}`,
        `${key} 中的“${value}”不是任何选项`,
        {
          expected: 'an option value',
          found: value,
          hint: `删除这一项（删除选项时把 ${key} 中的同名项一并删除），或检查它与 options 中的写法是否完全一致`,
        },
      );
    }
  }
}

/** Every option value with the pointer of its first occurrence. */
function values(options: CallFile['options']): { value: string; pointer: string }[] {
  const out: { value: string; pointer: string }[] = [];
  const seen = new Set<string>();
  const add = (value: unknown, pointer: string): void => {
    if (typeof value !== 'string' || seen.has(value)) return;
    seen.add(value);
    out.push({ value, pointer });
  };
  for (const [name, list] of Object.entries(options)) {
    if (Array.isArray(list))
      list.forEach((v, i) => {
        add(v, `/options/${name}/${i}`);
      });
    else if (list && typeof list === 'object') {
      for (const [key, sub] of Object.entries(list))
        if (Array.isArray(sub))
          sub.forEach((v, i) => {
            add(v, `/options/${name}/${key}/${i}`);
          });
    }
  }
  return out;
}

/** `lang="en"` shows an option without an English name in Chinese: say so, once per value. */
function checkEnglish(call: CallFile, rel: string, problems: Problems): void {
  const en = call.optionsEn ?? {};
  for (const { value, pointer } of values(call.options ?? {})) {
    if (Object.hasOwn(en, value)) continue;
    problems.warn('option-without-english', rel, pointer, `选项“${value}”在 optionsEn 中没有英文名，英文界面将显示中文`, {
      expected: `optionsEn["${value}"]`,
      found: '（没有）',
      hint: `在 optionsEn 中加上 "${value}": "English name"`,
    });
  }
}
