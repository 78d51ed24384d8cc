/** Shared data types of guide-forms: the verdict, rule files and the call file. */

/** How much a finding weighs: `block` makes a submission ineligible, `warn` and `info` do not. */
export type Severity = 'block' | 'warn' | 'info';

/** Language of messages. `zh-CN` is the default. */
export type Lang = 'zh-CN' | 'en';

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON Schema (2020-12) node, as plain data. */
export interface JsonSchema {
  [keyword: string]: unknown;
}

/** A JSON Schema error, located by a JSON Pointer into the data. */
export interface SchemaError {
  pointer: string;
  keyword: string;
  message: string;
}

/** A rule that did not pass. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  pointers: string[];
  clause: string;
}

/**
 * Where a suggestion goes, and how: `direct` to the 处室, `institution-review` through the
 * applicant's research office first, `recommended` to the recommending unit the applicant chose
 * (归口管理单位, e.g. a county 科技局), which recommends it to the bureau — `department` then names that unit.
 */
export interface Route {
  department: string;
  phone: string;
  submission: 'direct' | 'institution-review' | 'recommended';
}

/** Whether `now` falls inside the call's submission window. */
export interface WindowState {
  state: 'before' | 'open' | 'closed';
  opens: string;
  /** The last day (included); `null` when the notice gives no closing date. */
  closes: string | null;
  message: string;
}

/** The result of checking one submission. See DESIGN.md. */
export interface Verdict {
  category: string;
  year: number;
  valid: boolean;
  eligible: boolean;
  open: boolean;
  ok: boolean;
  errors: SchemaError[];
  findings: Finding[];
  route: Route | null;
  /** The window behind `open`, with a message in the requested language. */
  window: WindowState;
}

/** Messages in both languages. */
export interface Messages {
  'zh-CN': string;
  en: string;
}

/** JSON-Logic, as data. */
export type Logic = Json;

/** What an embedded rule test expects. */
export type RuleOutcome = 'pass' | 'fail' | 'notApplicable';

/** A test case embedded in a rule. */
export interface RuleTest {
  name: string;
  data: Json;
  expect: RuleOutcome;
  /** The moment the test is judged at (ISO-8601), for rules that read `{"today": …}`. */
  now?: string;
}

/** One eligibility rule, as written in `rules/<year>/<category>.rules.json`. */
export interface Rule {
  id: string;
  severity: Severity;
  title: Messages;
  clause: string;
  section?: string;
  fields: string[];
  needs?: string[];
  /** Fields a form marks as required (*) while the rule applies: the notice needs them filled. */
  marksRequired?: string[];
  params?: Record<string, Json>;
  /**
   * Figures derived from the data: `{"ratio": {"percent": [...]}}` is read in logic as
   * `{"computed": "ratio"}` and in messages as `{ratio}`; `{"zh-CN": logic, "en": logic}` is text for messages.
   */
  computed?: Record<string, Logic>;
  when?: Logic;
  logic: Logic;
  message: Messages;
  /** In `common.rules.json`: the categories the rule applies to (default: all). */
  appliesTo?: string[];
  /** A retired rule keeps its id reserved but is no longer evaluated. */
  retired?: boolean;
  tests: RuleTest[];
}

/** A rule file. `common.rules.json` applies to the categories it lists. */
export interface RuleFile {
  $schema?: string;
  year: number;
  /** The category the file is for; absent in `common.rules.json` and `pair.rules.json`. */
  category?: string;
  /** Only in `pair.rules.json`: the category of the summary half (附件7), e.g. `summary`. */
  summary?: string;
  rules: Rule[];
}

/** A department (处室) of the call. */
export interface Department {
  name: string;
  nameEn: string;
  /** May be empty when the notice gives none (a recommending unit): the route then shows no phone. */
  phone: string;
  domains: string[];
  /**
   * For a recommending unit that stands for several (市直和中省在宜单位): the JSON Pointer of the field
   * where the applicant names theirs — the route names that unit.
   */
  namedBy?: string;
}

/** One routing step: the first whose `when` holds picks the department. */
export interface RoutingStep {
  when: Logic;
  department: string;
  note?: string;
}

/** How a suggestion is submitted, as the notice says it (四、3 in the Dalian notice). */
export interface HowToSubmit {
  /** The notice's words, quoted. */
  clause: string;
  platform: { name: Messages; url: string };
  /** The steps in order, the same number in both languages. */
  steps: { 'zh-CN': string[]; en: string[] };
  /** The platform's technical support contacts. */
  support?: { name: string; phone: string }[];
  supportClause?: string;
}

/** A check across the submissions of one batch (`guide-forms batch`), from `call.json#/batch/rules`. */
export interface BatchRule {
  id: string;
  /**
   * `missing-summary` / `missing-form`: a suggestion without its 凝练表, or a 凝练表 without its 征集表;
   * `same-title`: same unit, same title; `similar-title`: titles equal but for spacing and punctuation;
   * `per-unit-limit`: over `perUnitLimit`.
   */
  check: 'missing-summary' | 'missing-form' | 'same-title' | 'similar-title' | 'per-unit-limit';
  severity: Severity;
  clause: string;
  message: Messages;
}

/**
 * The table a recommending unit signs (Yichang's 附件2 推荐汇总表): one per unit, one row per
 * submission — 序号, the `columns`, 审核结果 — under the title and the unit's name, above the line
 * where the unit's leader signs and the unit stamps.
 */
export interface RecommendationTable {
  /** The attachment number, printed above the title, e.g. `附件2`. */
  attachment?: string;
  title: Messages;
  /** Before the unit's name, e.g. `推荐单位（盖章）`. */
  unitLabel: Messages;
  /** What each row shows, read from the submission. */
  columns: { title: Messages; pointer: string; width?: number }[];
  /** The signature and stamp line under the table. */
  signature: Messages;
}

/** The batch checks of a call: where to read the unit and the title, the rules, and a per-unit limit (`null`: none). */
export interface BatchSettings {
  /** `linkedCategory` / `linkedTitle`: the 凝练表's link to its 征集表; absent in a call without one. */
  fields: { unit: string; creditCode: string; title: string[]; linkedCategory?: string; linkedTitle?: string };
  perUnitLimit: number | null;
  rules: BatchRule[];
  /** For a call routed by recommending unit: the table each unit signs (`guide-forms batch --xlsx`, one sheet per unit). */
  perRecommender?: RecommendationTable;
}

/** The call of one year: `rules/<year>/call.json`. */
export interface CallFile {
  $schema?: string;
  year: number;
  title: Messages;
  draft?: boolean;
  /** `closes: null`: the notice gives no closing date — open from `opens` on. */
  window: {
    opens: string;
    closes: string | null;
    utcOffset: string;
    clause: string;
    /** What the notice calls the time zone (`北京时间`); default: derived from `utcOffset`. */
    zoneName?: Messages;
  };
  categories: string[];
  /** When each suggestion is a 征集表 plus a 凝练表: the category of the summary half. */
  pair?: { summary: string };
  departments: Record<string, Department>;
  routing: {
    byCategory: RoutingStep[];
    /**
     * The applicant chooses the recommending unit (归口管理单位): the department whose `name` is the
     * value at `pointer` receives it, and the route's submission is `recommended`. Tried first.
     */
    recommender?: { pointer: string; clause: string };
    /** Where the domain is; absent when a call routes by recommending unit only. */
    domainPointer?: string;
    /** Where a domain no department lists goes; `clause` is the notice's wording it rests on. */
    fallback?: { department: string; message: Messages; clause: string };
  };
  /** Which unit types go through their research office; absent when none does. */
  review?: { pointer: string; values: string[]; clause: string };
  /** How to submit: the platform, the steps and the platform's support contacts (shown near the top of a form). */
  howToSubmit?: HowToSubmit;
  /** Checks across the submissions of a batch and the 汇总表's fields (`guide-forms batch`). */
  batch?: BatchSettings;
  options: Record<string, Json>;
  /** English display names of option values, keyed by the Chinese value. */
  optionsEn?: Record<string, string>;
  /** How the notice writes an option inside a sentence, when it differs from the option (`东北三省一区（内蒙古自治区）`). */
  optionsProse?: Record<string, string>;
  /**
   * What choosing an option brings to the form, keyed by the option value: a hint on the field
   * that follows it (`东北三省一区` → “内蒙古自治区按全区计” on the city choice) and an extra field
   * of its own (`苏南国家自主创新示范区` → 园区名). Read by `x-item-hint` / `x-item-extra` in an
   * `x-options-each` template.
   */
  optionsDetail?: Record<string, OptionDetail>;
}

/**
 * `call.json#/optionsDetail/<value>`: the data one option value carries onto the form.
 *
 * @example
 * const sunan: OptionDetail = {
 *   extra: { title: { 'zh-CN': '苏南示范区内的园区名', en: 'Park in the zone' }, hint: { 'zh-CN': '选填', en: 'Optional' } },
 * };
 */
export interface OptionDetail {
  /** Shown as the hint of the field marked `"x-item-hint": true` while this value is chosen. */
  hint?: Messages;
  /** A text field (marked `"x-item-extra": true` in the form) that exists only for this value. */
  extra?: { title: Messages; hint?: Messages; required?: boolean };
}
