import { GuideFormsError } from '@guide-forms/core/node';
import { compileFormSchema, type FieldInfo, fileOf, KNOWN_KEYWORDS, schemaValidators } from '@guide-forms/core/tooling';
import { closest, type Problems } from '../admin/problems.js';
import { callOf, catalogOf, type Workspace } from '../admin/sources.js';

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
  const once = (key: string, report: () => void): void => {
    if (reported.has(key)) return;
    reported.add(key);
    report();
  };

  const catalog = catalogOf(ws);
  const validators = schemaValidators();
  const sharedRel = fileOf(catalog, 'forms/_shared');
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
    if (!catalog.forms[slug]) return;
    try {
      // The engine's own pipeline (options, $refs, the schema check, field index) — lint sees what the engine compiles.
      out.set(slug, compileFormSchema(catalog, slug, year, validators).fields);
    } catch (error) {
      if (!(error instanceof GuideFormsError)) throw error;
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
        return;
      }
      const shared = error.file === sharedRel;
      const hint =
        error.code === 'schema-invalid'
          ? schemaHint(error)
          : shared && error.code === 'unknown-options'
            ? `在 ${callRel} 的 options 中添加这个列表`
            : undefined;
      // A shared schema's problem is the same for every form: reported once per year.
      once(shared ? `${year} shared ${error.message}` : `${slug} ${error.message}`, () => problems.fromError(error, file.rel, hint));
    }
  });
  return out;
}

/** What to do about a schema the check refuses: for a misspelled keyword, the keyword meant. */
function schemaHint(error: GuideFormsError): string {
  const keyword = /不支持的关键字 "([^"]+)"/.exec(error.message)?.[1];
  const meant = keyword ? closest(keyword, KNOWN_KEYWORDS) : undefined;
  if (meant) return `是否应为 "${meant}"？`;
  return '检查关键字拼写；可用的关键字见 docs/architecture.md（One schema check）；x- 开头的注解须列在 packages/core/src/check/keywords.ts 的 ANNOTATIONS 中';
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
