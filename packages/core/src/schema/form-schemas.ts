import { type Catalog, fileOf } from '../catalog.js';
import { GuideFormsError } from '../errors.js';
import type { JsonSchema } from '../types.js';
import { applyOptions } from './options.js';

/**
 * The schemas a validator of one category in one year is compiled from: the form's schema
 * and every shared schema, with that year's `x-options` filled. The engine and the build
 * both use this, so runtime and precompiled validators see the same schemas.
 */
export function formSchemas(catalog: Catalog, category: string, year: number): { schema: JsonSchema; shared: JsonSchema[] } {
  const years = catalog.years[year];
  const base = catalog.forms[category];
  if (years?.call.categories.includes(category) && !base) {
    const file = `forms/${category}/schema.json`;
    throw new GuideFormsError('missing-form', `${year} 年开放的类别 "${category}" 没有表单：${file} 不存在（或不是文件）`, {
      file,
      pointer: '',
      expected: 'the form of an open category',
      found: '（没有）',
    });
  }
  if (!years || !base || !years.call.categories.includes(category)) {
    throw new GuideFormsError(
      'unknown-category',
      `未知的征集类别 "${category}"（${year} 年可选：${years?.call.categories.join('、') ?? '无'}）`,
      {
        expected: years?.call.categories.join(', ') ?? '',
        found: category,
      },
    );
  }
  const { call } = years;
  return {
    schema: applyOptions(base, call, fileOf(catalog, `forms/${category}`)),
    shared: Object.values(catalog.shared).map((s) => applyOptions(s, call, fileOf(catalog, 'forms/_shared'))),
  };
}
