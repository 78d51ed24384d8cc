import { type Catalog, catalogYears, fileOf } from '../catalog.js';
import { GuideFormsError } from '../errors.js';
import { ruleFileProblems } from '../rules/file-problems.js';
import { PAIR_RULES } from '../submission/pair-rules.js';
import { fileFormatErrors } from './meta-schema.js';

/** The shared rule files of a year: not a category's, so written without `category`. */
const SHARED_RULES = new Set(['common', PAIR_RULES]);

/**
 * Everything in a catalog's call and rule files that would make the engine judge wrongly or fail
 * mid-request, as located errors (file, JSON Pointer, expected, found) — the check every loader
 * runs once, so no command meets a wrong-typed `window` or a string `retired` later:
 *
 * - each `call.json` and `*.rules.json` follows its format (`packages/core/schemas/`, the
 *   formats `guide-forms lint` reports by): types, required and unknown keys;
 * - a rule file's `year` is its folder's and a category file's `category` its name;
 * - every category the call opens has a form (`forms/<category>/schema.json`) and a rule file
 *   (`rules/<year>/<category>.rules.json`), and a call that pairs has `pair.rules.json`: a
 *   missing file never means "no rules" — a category without rules says so with `"rules": []`
 *   (docs/decisions.md, F-1).
 *
 * `years` limits the check to those years.
 *
 * @example
 * catalogProblems(loadCatalog(root)); // [] for a sound repository
 */
export function catalogProblems(catalog: Catalog, years: readonly number[] = catalogYears(catalog)): GuideFormsError[] {
  const out: GuideFormsError[] = [];
  for (const year of years) {
    const entry = catalog.years[year];
    if (!entry) continue;
    const callFile = fileOf(catalog, `rules/${year}/call`);
    const callErrors = fileFormatErrors('call', entry.call, callFile);
    out.push(...callErrors);
    for (const [name, ruleFile] of Object.entries(entry.rules)) {
      const file = fileOf(catalog, `rules/${year}/${name}`);
      // Core's own checks first, with the engine's message; the format for the rest.
      const shared = ruleFileProblems(ruleFile, file);
      const errors = [
        ...shared,
        ...fileFormatErrors(
          'rules',
          ruleFile,
          file,
          shared.map((e) => e.pointer ?? ''),
        ),
      ];
      out.push(...errors);
      if (errors.length) continue;
      if (ruleFile.year !== year) {
        out.push(
          new GuideFormsError('wrong-year', `文件在 rules/${year}/ 中，但 year 写的是 ${ruleFile.year}`, {
            file,
            pointer: '/year',
            expected: String(year),
            found: String(ruleFile.year),
          }),
        );
      }
      const category = (ruleFile as { category?: unknown }).category;
      if (!SHARED_RULES.has(name) && category !== name) {
        out.push(
          new GuideFormsError('wrong-category', `文件 ${name}.rules.json 的 category 应为 "${name}"`, {
            file,
            pointer: '/category',
            expected: JSON.stringify(name),
            found: JSON.stringify(category) ?? '（没有）',
          }),
        );
      }
    }
    if (!callErrors.length) out.push(...missingFiles(catalog, year));
  }
  return out;
}

/**
 * The form and rule files a year's call opens and the catalog lacks (the call must have its
 * format): an open category's `forms/<category>/schema.json` and `rules/<year>/<category>.rules.json`,
 * and `pair.rules.json` when the call pairs.
 *
 * @example
 * missingFiles(catalog, 2022)[0]?.file; // 'rules/2022/key-rd.rules.json' once it is deleted
 */
export function missingFiles(catalog: Catalog, year: number): GuideFormsError[] {
  const out: GuideFormsError[] = [];
  const entry = catalog.years[year];
  if (!entry) return out;
  const { call, rules } = entry;
  const callFile = fileOf(catalog, `rules/${year}/call`);
  const missing = (code: string, file: string, why: string, pointer: string, expected: string): void => {
    const message = `${file} 不存在（或不是文件）：${why}（${callFile}#${pointer}）`;
    out.push(new GuideFormsError(code, message, { file, pointer: '', expected, found: '（没有）' }));
  };
  call.categories.forEach((category, i) => {
    if (!Object.hasOwn(catalog.forms, category)) {
      missing(
        'missing-form',
        `forms/${category}/schema.json`,
        `${callFile} 的 categories 开放了类别 "${category}"，但没有它的表单`,
        `/categories/${i}`,
        'the form of an open category',
      );
    }
    if (!Object.hasOwn(rules, category)) {
      missing(
        'missing-rules',
        `rules/${year}/${category}.rules.json`,
        `${callFile} 的 categories 开放了类别 "${category}"，但没有它的规则文件（没有规则的类别请写 "rules": []）`,
        `/categories/${i}`,
        'the rule file of an open category',
      );
    }
  });
  if (call.pair !== undefined && !Object.hasOwn(rules, PAIR_RULES)) {
    missing(
      'missing-rules',
      `rules/${year}/${PAIR_RULES}.rules.json`,
      `${callFile} 写明了配对（pair），但没有配对规则文件（没有配对规则请写 "rules": []）`,
      '/pair',
      'the pair rule file of a call that pairs',
    );
  }
  return out;
}

/**
 * Throws the first of {@link catalogProblems} and returns the catalog otherwise: what every
 * loader of administrators' files calls once.
 *
 * @example
 * const catalog = checkCatalog(buildCatalog(entries));
 */
export function checkCatalog(catalog: Catalog, years?: readonly number[]): Catalog {
  const [first] = catalogProblems(catalog, years);
  if (first) throw first;
  return catalog;
}
