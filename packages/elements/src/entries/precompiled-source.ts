import type { PrecompiledCategory, PrecompiledForm } from 'guide-forms:precompiled';
import { GuideFormsError, type Lang } from '@guide-forms/core';
import { assembleForm, FormEngine, type FormStore, rulesInForce, schemaValidators } from '@guide-forms/core/tooling';
import type { FormSource } from '../source.js';
import { mergeEnglish } from './english.js';

/** What a generated bundle module offers (see `precompiled.d.ts`). */
export interface PrecompiledBundle {
  /** The years the bundle holds, oldest first. */
  years: readonly number[];
  /** The year used when a page names none. */
  year: number;
  /** Years under rules/ the build left out, and why. */
  leftOut?: readonly { year: number; reason: string }[];
  /** The call series the build holds (`calls/<series>/`), or null/absent for the default, `dalian`. */
  series?: string | null;
  categories: readonly PrecompiledCategory[];
  categoriesOf(year: number): readonly PrecompiledCategory[];
  loadForm(category: string, year?: number): Promise<PrecompiledForm>;
}

/**
 * The {@link FormStore} of one year of the bundle: the forms loaded so far, each assembled by
 * core's runtime half (`assembleForm`) from what the build compiled — schemas with the year's
 * options, rules in force, routing — its schema checked by core's `schemaValidators`, as on the
 * server. No catalog, no rule checker, no logic compiler in the page.
 */
function yearStore(year: number, bundle: PrecompiledBundle, forms: ReadonlyMap<string, PrecompiledForm>): FormStore {
  const base = () => forms.values().next().value?.base;
  const file = (key: string): string => base()?.files[key] ?? `${key}.json`;
  const factory = schemaValidators();
  return {
    years: () => (base() ? [year] : []),
    call: (y) => (y === year ? base()?.call : undefined),
    file,
    title: (category) => bundle.categoriesOf(year).find((c) => c.category === category),
    compile: (category, y) => {
      const form = y === year ? forms.get(category) : undefined;
      if (!form) {
        throw new GuideFormsError('unknown-category', `此构建尚未载入 ${y} 年的表单 ${category}`, { found: `${y}/${category}` });
      }
      const { call, shared, commonRules, routing } = form.base;
      return assembleForm(
        {
          category,
          year,
          schema: form.schema,
          shared: Object.values(shared),
          call,
          rules: rulesInForce(category, commonRules, form.rules),
          routing: { call, steps: routing },
          file: file(`forms/${category}`),
        },
        factory,
      );
    },
  };
}

/**
 * One year of the bundle: its forms, loaded on first use, and its engine. The schemas come
 * without English; a form asked for in English gets its English texts (and the year's) merged
 * in place, and the year a new engine (the old one assembled its forms without them).
 */
function yearSource(year: number, bundle: PrecompiledBundle): (category: string, lang: Lang) => Promise<FormEngine> {
  const forms = new Map<string, PrecompiledForm>();
  const store = yearStore(year, bundle, forms);
  let engine = new FormEngine(store);
  const loading = new Map<string, Promise<PrecompiledForm>>();
  const englishLoading = new Map<string, Promise<void>>();
  let baseEnglish = false;
  const add = (form: PrecompiledForm): PrecompiledForm => {
    forms.set(form.category, form);
    return form;
  };
  const once = <T>(map: Map<string, Promise<T>>, key: string, start: () => Promise<T>): Promise<T> => {
    let pending = map.get(key);
    if (!pending) {
      pending = start();
      pending.catch(() => map.delete(key));
      map.set(key, pending);
    }
    return pending;
  };
  const english = (form: PrecompiledForm): Promise<void> =>
    once(englishLoading, form.category, () =>
      form.english().then(({ base, own }) => {
        if (!baseEnglish) {
          mergeEnglish(form.base.call, base.call);
          mergeEnglish(form.base.shared, base.shared);
          mergeEnglish(form.base.commonRules, base.commonRules);
          baseEnglish = true;
        }
        mergeEnglish(form.schema, own.schema);
        mergeEnglish(form.rules, own.rules);
        engine = new FormEngine(store);
      }),
    );
  return async (category, lang) => {
    const form = await once(loading, category, () => bundle.loadForm(category, year).then(add));
    if (lang === 'en') await english(form);
    engine.getForm(form.category, form.base.year);
    return engine;
  };
}

/** Why a year is not in the bundle, in the words of the build. */
function missingYear(bundle: PrecompiledBundle, year: number): GuideFormsError {
  const held = bundle.years.join('、');
  const why = bundle.leftOut?.find((l) => l.year === year);
  const reason = why ? (why.reason === 'draft' ? `（${year} 年的规则还是草稿，未发布）` : `（构建时未选 ${year} 年）`) : '';
  return new GuideFormsError('unknown-year', `此构建包含 ${held} 年的表单，没有 ${year} 年${reason}`, {
    expected: bundle.years.join(', '),
    found: String(year),
  });
}

/**
 * A {@link FormSource} over forms prepared at build time: their rules compiled to code, their
 * schemas checked by closures — no `new Function` in the page, so it runs under a CSP without
 * `unsafe-eval`. The bundle holds every finalized
 * year; each year has its own {@link Engine}, so a page with `year="2022"` is judged by
 * 2022's rules after 2023 is published. Each form's schema, rules and validator join its
 * year's catalog when the form is first loaded; its English texts when it is first asked for
 * in English.
 *
 * @example
 * import * as bundle from 'guide-forms:precompiled';
 * setFormSource(precompiledSource(bundle));
 */
export function precompiledSource(bundle: PrecompiledBundle): FormSource {
  const years = new Map<number, (category: string, lang: Lang) => Promise<FormEngine>>();
  return {
    load(category, year, call, lang = 'zh-CN') {
      // A bundle holds one call series (a city's page loads its city's bundle); another is an error, never a wrong form.
      const held = bundle.series ?? 'dalian';
      if (call !== undefined && call !== held) {
        return Promise.reject(
          new GuideFormsError(
            'unknown-call',
            `此构建包含 ${held} 系列的表单，没有 ${call} 系列（请加载该系列的构建：guide-forms build --call ${call}）`,
            {
              expected: held,
              found: call,
            },
          ),
        );
      }
      const y = year ?? bundle.year;
      if (!bundle.years.includes(y)) return Promise.reject(missingYear(bundle, y));
      const categories = bundle.categoriesOf(y);
      if (!categories.some((c) => c.category === category)) {
        return Promise.reject(
          new GuideFormsError(
            'unknown-category',
            `未知的征集类别 "${category}"（${y} 年可选：${categories.map((c) => c.category).join('、')}）`,
            { expected: categories.map((c) => c.category).join(', '), found: category },
          ),
        );
      }
      let load = years.get(y);
      if (!load) {
        load = yearSource(y, bundle);
        years.set(y, load);
      }
      return load(category, lang);
    },
  };
}
