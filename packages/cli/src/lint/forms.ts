import { createAjv } from '@guide-forms/core/compile';
import { applyOptions, deref, type FieldInfo, GuideFormsError, indexFields, type JsonSchema } from '@guide-forms/core/node';
import type { Problems } from '../admin/problems.js';
import { callOf, type Workspace } from '../admin/sources.js';

/** The fields of each form open in a year, by slug: pointer pattern → field. */
export type FormFields = Map<string, Map<string, FieldInfo>>;

/**
 * Compiles every form open in a year with that year's options: `x-options` names that
 * exist, `$ref`s that resolve, a schema ajv accepts. Returns the field index of each
 * form that compiled, for the rule checks.
 */
export function checkForms(ws: Workspace, year: number, problems: Problems, reported: Set<string>): FormFields {
  const out: FormFields = new Map();
  const call = callOf(ws, year);
  if (!call || !Array.isArray(call.categories)) return out;
  const callRel = `rules/${year}/call.json`;
  const options = {
    options: call.options ?? {},
    optionsEn: call.optionsEn,
    optionsProse: call.optionsProse,
    optionsDetail: call.optionsDetail,
  };
  const once = (key: string, report: () => void): void => {
    if (reported.has(key)) return;
    reported.add(key);
    report();
  };

  const sharedFile = ws.files.get('forms/_shared/schema.json');
  let shared: JsonSchema | undefined;
  if (sharedFile?.data) {
    try {
      shared = applyOptions(sharedFile.data as JsonSchema, options, sharedFile.rel);
    } catch (error) {
      if (!(error instanceof GuideFormsError)) throw error;
      once(`${year} shared ${error.message}`, () => problems.fromError(error, sharedFile.rel, `在 ${callRel} 的 options 中添加这个列表`));
    }
  }
  const sharedById = shared ? { [String(shared.$id)]: shared } : {};

  call.categories.forEach((slug, i) => {
    const file = ws.files.get(`forms/${slug}/schema.json`);
    if (!file) {
      problems.warn(
        'form-missing',
        callRel,
        `/categories/${i}`,
        `征集类别 "${slug}" 在 ${year} 年开放，但 forms/${slug}/schema.json 还不存在`,
        {
          expected: `forms/${slug}/schema.json`,
          found: '（没有）',
          hint: '表单完成前，该类别的规则无法按字段检查',
        },
      );
      return;
    }
    if (!file.data) return;
    try {
      const schema = applyOptions(file.data as JsonSchema, options, file.rel);
      const resolved = deref(schema, sharedById, file.rel);
      const ajv = createAjv();
      if (shared) ajv.addSchema(shared as object);
      ajv.compile(schema as object);
      out.set(slug, indexFields(resolved));
    } catch (error) {
      if (error instanceof GuideFormsError) {
        const keyed = missingKeyedList(error, call.options ?? {});
        if (keyed === 'partnerCities') return; // checkOptions names the region without cities, in call.json
        if (keyed) {
          // The form is right; call.json lacks the list one of its values needs — say so where it is fixed.
          const key = String(error.found).slice(keyed.length + 1);
          once(`${year} ${error.found}`, () =>
            problems.error('unknown-options', callRel, `/options/${keyed}`, `options.${keyed} 中没有“${key}”的列表（表单 ${slug} 要用）`, {
              expected: `options.${keyed}["${key}"]`,
              found: '（没有）',
              hint: `在 options.${keyed} 中加上 "${key}": [...]，并在 optionsEn 中写英文名`,
            }),
          );
        } else once(`${slug} ${error.message}`, () => problems.fromError(error, file.rel));
      } else {
        once(`${slug} ${(error as Error).message}`, () =>
          problems.error('schema-invalid', file.rel, '', `表单 ${slug} 的 JSON Schema 无效：${(error as Error).message}`, {
            expected: 'a JSON Schema 2020-12 that ajv (strict) compiles',
            found: (error as Error).message,
            hint: '检查关键字拼写；x- 开头的注解须在 packages/core/src/compile/ajv.ts 的 ANNOTATION_KEYWORDS 中',
          }),
        );
      }
    }
  });
  return out;
}

/**
 * The name of a keyed list of call.json (`partnerCities`) when a form asked for one of its
 * entries (`partnerCities.京津冀`) that call.json does not have — a gap in the year's data, not
 * in the form.
 */
function missingKeyedList(error: GuideFormsError, options: Record<string, unknown>): string | undefined {
  if (error.code !== 'unknown-options' || typeof error.found !== 'string') return undefined;
  const dot = error.found.indexOf('.');
  if (dot < 0) return undefined;
  const head = error.found.slice(0, dot);
  const list = Object.hasOwn(options, head) ? options[head] : undefined;
  return typeof list === 'object' && list !== null && !Array.isArray(list) ? head : undefined;
}
