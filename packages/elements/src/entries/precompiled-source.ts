import type { PrecompiledCategory, PrecompiledForm, StandaloneValidate } from 'guide-forms:precompiled';
import { type Catalog, Engine, GuideFormsError, type RawSchemaError, type SchemaValidator } from '@guide-forms/core';
import type { FormSource } from '../source.js';

/** What a generated bundle module offers (see `precompiled.d.ts`). */
export interface PrecompiledBundle {
  year: number;
  categories: readonly PrecompiledCategory[];
  loadForm(category: string): Promise<PrecompiledForm>;
}

/** Same mapping as `toRaw` in @guide-forms/core/compile, without pulling ajv into the page. */
function wrap(validate: StandaloneValidate): SchemaValidator {
  return (data) =>
    validate(data)
      ? []
      : (validate.errors ?? []).map(
          (e): RawSchemaError => ({ keyword: e.keyword, instancePath: e.instancePath, schemaPath: e.schemaPath, params: e.params }),
        );
}

/**
 * A {@link FormSource} over validators compiled at build time: no `new Function` in the
 * page, so it runs under a CSP without `unsafe-eval`. One {@link Engine} serves the year;
 * each form's schema, rules and validator join its catalog when the form is first loaded.
 *
 * @example
 * import * as bundle from 'guide-forms:precompiled';
 * setFormSource(precompiledSource(bundle));
 */
export function precompiledSource(bundle: PrecompiledBundle): FormSource {
  const catalog: Catalog = { shared: {}, forms: {}, years: {} };
  const validators = new Map<string, SchemaValidator>();
  const engine = new Engine(catalog, ({ category, year }) => {
    const validator = validators.get(category);
    if (!validator || year !== bundle.year) {
      throw new GuideFormsError('no-validator', `没有为 ${year} 年的 ${category} 预编译校验器`, { found: `${year}/${category}` });
    }
    return validator;
  });
  const loading = new Map<string, Promise<Engine>>();

  const add = (form: PrecompiledForm): Engine => {
    const { base } = form;
    if (!catalog.years[base.year]) {
      catalog.shared = base.shared;
      catalog.files = base.files;
      catalog.years[base.year] = { call: base.call, rules: base.common ? { common: base.common } : {} };
    }
    catalog.forms[form.category] = form.schema;
    if (form.rules) catalog.years[base.year]!.rules[form.category] = form.rules;
    validators.set(form.category, wrap(form.validate));
    engine.getForm(form.category, base.year);
    return engine;
  };

  return {
    load(category, year) {
      if (year !== undefined && year !== bundle.year) {
        return Promise.reject(
          new GuideFormsError('unknown-year', `此构建只包含 ${bundle.year} 年的表单，没有 ${year} 年`, {
            expected: String(bundle.year),
            found: String(year),
          }),
        );
      }
      if (!bundle.categories.some((c) => c.category === category)) {
        return Promise.reject(
          new GuideFormsError(
            'unknown-category',
            `未知的征集类别 "${category}"（${bundle.year} 年可选：${bundle.categories.map((c) => c.category).join('、')}）`,
            {
              expected: bundle.categories.map((c) => c.category).join(', '),
              found: category,
            },
          ),
        );
      }
      let pending = loading.get(category);
      if (!pending) {
        pending = bundle.loadForm(category).then(add);
        pending.catch(() => loading.delete(category));
        loading.set(category, pending);
      }
      return pending;
    },
  };
}
