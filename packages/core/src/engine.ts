import { type Catalog, fileOf } from './catalog.js';
import { GuideFormsError } from './errors.js';
import { type StateDependencies, stateDependencies } from './fields/dependencies.js';
import { statesAfterEdit } from './fields/incremental.js';
import { type FieldStates, schemaFieldStates } from './fields/states.js';
import { catalogStore, type FormStore } from './form/store.js';
import type { CompiledForm, FormDefinition } from './form/types.js';
import { MAX_DATA_DEPTH } from './limits.js';
import { truthy } from './logic/ops.js';
import { runCompiled } from './logic/runner.js';
import { dayAt, localDate, withToday } from './logic/today.js';
import { getPointer } from './pointer.js';
import type { CompiledRule } from './rules/compile.js';
import { runRule } from './rules/run.js';
import type { FieldInfo } from './schema/fields.js';
import { evaluatePair } from './submission/evaluate.js';
import { judgeForm } from './submission/judge.js';
import { compilePairRules, type PairRules } from './submission/pair-rules.js';
import type { SubmissionVerdict } from './submission/types.js';
import type { Lang, RuleOutcome, SchemaError, Verdict } from './types.js';
import { cleanData, judgedData } from './validate/clean.js';
import { capErrors } from './validate/error-cap.js';
import { oneErrorPerField } from './validate/field-errors.js';
import type { ValidatorFactory } from './validate/raw-error.js';
import { instantOf, toInstant, windowAt } from './window.js';

export type { FormStore } from './form/store.js';
export type { FormDefinition } from './form/types.js';

/** Options of {@link Engine.evaluate}. */
export interface EvaluateOptions {
  /** The call year; default: the latest year in `rules/`. */
  year?: number;
  /** The moment to judge the window by; default: the current time. */
  now?: Date | string;
  /** Message language; default `zh-CN`. */
  lang?: Lang;
  /**
   * The call series (`dalian`, the default; `yichang`) — read by the module-level `evaluate`, which
   * picks the series' engine. An {@link Engine} holds one series and ignores it.
   */
  call?: string;
}

/** A category open in a year. */
export interface CategoryInfo {
  category: string;
  title: string;
  titleEn: string;
  /** Its attachment in the notice (`附件2`), when the schema names one (`x-attachment`). */
  attachment?: string;
}

/**
 * The engine over a {@link FormStore}: compiles each form once per year and evaluates
 * submissions many times. Knows no category by name — everything comes from the store. A page
 * holds one over the forms its bundle compiled at build time; {@link Engine} is the same engine
 * over a {@link Catalog}, with the pair (征集表 + 凝练表) checks.
 *
 * @example
 * const engine = new FormEngine(catalogStore(catalog, schemaValidators()));
 * engine.evaluate('key-rd', data, { now: '2021-11-01T10:00:00+08:00' }).ok;
 */
export class FormEngine {
  readonly #store: FormStore;
  readonly #cache = new Map<string, CompiledForm>();
  readonly #dependencies = new WeakMap<CompiledForm, StateDependencies>();
  /** The default year, found once: a store's years and drafts do not change under an engine (its forms are cached alike). */
  #latest: number | undefined;

  constructor(store: FormStore) {
    this.#store = store;
  }

  /** Years with rules, oldest first. */
  years(): number[] {
    return this.#store.years();
  }

  /**
   * The year used when none is given: the latest in `rules/` that is not a draft (a year made by
   * `rollover` stays a draft until it passes lint and test). Falls back to the latest draft.
   */
  latestYear(): number {
    if (this.#latest !== undefined) return this.#latest;
    const years = this.years();
    const latest = years.filter((y) => !this.#store.call(y)?.draft).at(-1) ?? years.at(-1);
    if (latest === undefined) throw new GuideFormsError('no-rules', 'rules/ 中没有任何年度的规则');
    this.#latest = latest;
    return latest;
  }

  /** The categories open in a year, with their titles. */
  listCategories(year?: number): CategoryInfo[] {
    const y = this.#year(year);
    return this.#store.call(y)!.categories.map((category) => {
      const known = this.#store.title(category);
      return {
        category,
        title: typeof known?.title === 'string' ? known.title : category,
        titleEn: typeof known?.titleEn === 'string' ? known.titleEn : category,
        ...(typeof known?.attachment === 'string' ? { attachment: known.attachment } : {}),
      };
    });
  }

  /** The schema and rules in force for a category in a year. */
  getForm(category: string, year?: number): FormDefinition {
    return this.#compiled(category, this.#year(year)).definition;
  }

  /** Checks a submission and returns its {@link Verdict}. Never throws on bad data. */
  evaluate(category: string, input: unknown, options: EvaluateOptions = {}): Verdict {
    const year = this.#year(options.year);
    const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
    const form = this.#compiled(category, year);
    const { call } = form.definition;
    const time = instantOf(options.now, call.window.utcOffset);
    // Depth-limited (no recursion can overflow on hostile nesting), blank texts (spaces, U+3000 …)
    // counting as not filled, for the schema and the rules alike: copied only when that changes it.
    const { data, tooDeep, plain } = judgedData(input);

    // One message per mistake: the most specific error per field, no rule repeating it.
    const errors = oneErrorPerField(form.validate(data), form.fields, lang, form.schema);
    if (tooDeep !== null) errors.push(tooDeepError(tooDeep, lang));
    const { findings, route } = judgeForm(form, data, plain, errors, dayAt(time, call.window.utcOffset), lang);

    const window = windowAt(call, time, lang, () => this.#store.file(`rules/${year}/call`));
    const valid = errors.length === 0;
    const eligible = !findings.some((f) => f.severity === 'block');
    const open = window.state === 'open';
    // The rules saw every error; the answer lists a bounded number of them.
    const listed = capErrors(errors, lang);
    return { category, year, valid, eligible, open, ok: valid && eligible && open, errors: listed, findings, route, window };
  }

  /**
   * Fields the rules in force need filled for this data (`marksRequired` of each `block` rule
   * whose `when` holds), so a form can mark them `*` as it marks schema-required ones.
   *
   * @example
   * engine.requiredFields('key-rd', { declarations: { involvesSecret: true } }); // [..., '/declarations/secretHandled']
   */
  requiredFields(category: string, data: unknown, year?: number): string[] {
    const form = this.#compiled(category, this.#year(year));
    const clean = cleanData(data).data;
    const out = new Set<string>();
    withToday(this.#today(form, new Date()), () => {
      for (const { rule, when } of form.rules) {
        if (rule.severity !== 'block' || !rule.marksRequired?.length) continue;
        let applies = true;
        try {
          applies = when === null || truthy(runCompiled(when, clean));
        } catch {
          applies = true;
        }
        if (applies) for (const p of rule.marksRequired) out.add(p);
      }
    });
    return [...out];
  }

  /**
   * How each field of a form stands for `data` — shown or hidden, required by the schema or by a
   * rule in force (`neededByRule`) — and the value that would be submitted (hidden sections left
   * out, consts set). Conditions are decided by the validator compiled for each `if` of the form,
   * so they agree with {@link Engine.evaluate} by construction. Give `evaluate` the `value`.
   *
   * @example
   * const states = engine.fieldStates('key-rd', { unit: { unitType: '企业' } });
   * states.fields.get('/unit/isStartup'); // { visible: true, required: false, … }
   * engine.evaluate('key-rd', states.value);
   */
  fieldStates(category: string, data: unknown, year?: number): FieldStates {
    const y = this.#year(year);
    const states = schemaFieldStates(this.#compiled(category, y).definition.schema, data);
    for (const pointer of this.requiredFields(category, states.value, y)) {
      const state = states.fields.get(pointer);
      if (state) state.neededByRule = true;
    }
    return states;
  }

  /**
   * Field states after the applicant edited one field: the same answer as
   * {@link Engine.fieldStates} for `data`, derived from the states `before` the edit when the
   * field feeds no condition (no `if` of the schema reads it, nor the `when` of a rule that marks
   * fields required) and holds a plain value before and after — then only the submitted value
   * changes. `data` must differ from the data of `before` at `changed` only. This is what a form
   * calls on every keystroke.
   *
   * @example
   * const before = engine.fieldStates('key-rd', data);
   * const after = engine.fieldStatesAfter('key-rd', setPointer(data, '/content/title', '新'), { before, changed: '/content/title' });
   */
  fieldStatesAfter(category: string, data: unknown, edit: { before: FieldStates; changed: string }, year?: number): FieldStates {
    const y = this.#year(year);
    const form = this.#compiled(category, y);
    let deps = this.#dependencies.get(form);
    if (!deps) {
      const marking = form.rules.filter((r) => r.rule.severity === 'block' && r.rule.marksRequired?.length).map((r) => r.when);
      deps = stateDependencies(form.definition.schema, marking);
      this.#dependencies.set(form, deps);
    }
    const value = getPointer(data, edit.changed);
    return statesAfterEdit(deps, edit.before, { pointer: edit.changed, value }, data) ?? this.fieldStates(category, data, y);
  }

  /**
   * Runs one rule on data, for embedded rule tests and lint. `now` is the moment `{"today": …}`
   * answers for (default: the current time), as in {@link Engine.evaluate}.
   */
  runRule(category: string, ruleId: string, input: unknown, year?: number, now?: Date | string): RuleOutcome {
    const form = this.#compiled(category, this.#year(year));
    const compiled = form.rules.find((r) => r.rule.id === ruleId);
    if (!compiled) throw new GuideFormsError('unknown-rule', `${category} 没有规则 ${ruleId}`, { found: ruleId });
    const { data } = cleanData(input);
    return withToday(this.#today(form, toInstant(now, form.definition.call.window.utcOffset)), () => runRule(compiled, data));
  }

  /** The calendar day of `now` in the call's time zone, for `{"today": …}`. */
  #today(form: CompiledForm, now: Date): string {
    return localDate(now, form.definition.call.window.utcOffset);
  }

  /** The fields of a form by pointer pattern (`*` for a row), with their titles and schemas. */
  fields(category: string, year?: number): ReadonlyMap<string, FieldInfo> {
    return this.#compiled(category, this.#year(year)).fields;
  }

  /** The compiled rules of a form, with their files and pointers (for lint and test). */
  compiledRules(category: string, year?: number): readonly CompiledRule[] {
    return this.#compiled(category, this.#year(year)).rules;
  }

  /** The year asked for, or the default one; a year the engine does not hold is an error. */
  protected yearOf(year: number | undefined): number {
    return this.#year(year);
  }

  #year(year: number | undefined): number {
    const y = year ?? this.latestYear();
    if (!this.#store.call(y)) {
      throw new GuideFormsError('unknown-year', `没有 ${y} 年度的规则（已有：${this.years().join('、') || '无'}）`, {
        expected: this.years().join(', '),
        found: String(y),
      });
    }
    return y;
  }

  #compiled(category: string, year: number): CompiledForm {
    const key = `${year}/${category}`;
    const hit = this.#cache.get(key);
    if (hit) return hit;
    const form = this.#compile(category, year);
    this.#cache.set(key, form);
    return form;
  }

  #compile(category: string, year: number): CompiledForm {
    return this.#store.compile(category, year);
  }
}

/**
 * The engine over a {@link Catalog} — `forms/` and `rules/` as loaded by `loadCatalog` or
 * built by `buildCatalog` — with the checks of a whole suggestion (征集表 + 凝练表). What the
 * server, the CLI and the tests hold.
 *
 * @example
 * const engine = new Engine(catalog, schemaValidators());
 * engine.evaluate('key-rd', data, { now: '2021-11-01T10:00:00+08:00' }).ok;
 */
export class Engine extends FormEngine {
  readonly #catalog: Catalog;
  readonly #pairs = new Map<number, PairRules | null>();

  constructor(catalog: Catalog, factory: ValidatorFactory) {
    super(catalogStore(catalog, factory));
    this.#catalog = catalog;
  }

  /**
   * Checks a whole suggestion — its 征集表 and its 指南凝练信息表 — and returns each half's
   * verdict, the pair findings and the pair's route (the form's). Never throws on bad data.
   *
   * @example
   * engine.evaluateSubmission({ category: 'key-rd', data, summary }, { now: '2021-11-01T10:00:00+08:00' }).ok;
   */
  evaluateSubmission(submission: unknown, options: EvaluateOptions = {}): SubmissionVerdict {
    const year = this.yearOf(options.year);
    return evaluatePair(this, this.pairRules(year), submission, { ...options, year });
  }

  /** The pairing of a year: the summary's category (call.json `pair`) and `rules/<year>/pair.rules.json`. */
  pairRules(year?: number): PairRules {
    const y = this.yearOf(year);
    if (!this.#pairs.has(y)) this.#pairs.set(y, compilePairRules(this.#catalog, y));
    const pair = this.#pairs.get(y);
    if (!pair)
      throw new GuideFormsError('no-pair-rules', `${y} 年的征集不配对：call.json 没有 "pair"（征集表与凝练信息表）`, {
        file: fileOf(this.#catalog, `rules/${y}/call`),
        pointer: '/pair',
      });
    return pair;
  }

  /** Runs one pair rule on a pair document `{ category, data, summary }`, for embedded tests. */
  runPairRule(ruleId: string, input: unknown, year?: number, now?: Date | string): RuleOutcome {
    const y = this.yearOf(year);
    const compiled = this.pairRules(y).rules.find((r) => r.rule.id === ruleId);
    if (!compiled) throw new GuideFormsError('unknown-rule', `配对规则中没有 ${ruleId}`, { found: ruleId });
    const { data } = cleanData(input);
    const { utcOffset } = this.#catalog.years[y]!.call.window;
    const day = localDate(toInstant(now, utcOffset), utcOffset);
    return withToday(day, () => runRule(compiled, data));
  }
}

/** The error for data nested deeper than {@link MAX_DATA_DEPTH}: the rest of it is not read. */
function tooDeepError(pointer: string, lang: Lang): SchemaError {
  return {
    pointer,
    keyword: 'maxDepth',
    message:
      lang === 'en'
        ? `The data is nested more than ${MAX_DATA_DEPTH} levels deep here; nothing below is read`
        : `数据在此处嵌套超过 ${MAX_DATA_DEPTH} 层，以下内容不予读取`,
  };
}
