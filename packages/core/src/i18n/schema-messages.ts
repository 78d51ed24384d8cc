import type { Lang } from '../types.js';

/** What a schema message may mention. */
export interface MessageContext {
  label: string;
  unit: string;
  params: Record<string, unknown>;
  /** Label of a missing or unexpected property, when the keyword has one. */
  property?: string;
  /** Display labels of the allowed values (from `x-enum-zh` / `x-enum-en`), for `enum`. */
  labels?: string[];
  /** True for a list of choices (checkboxes): "至少选择" rather than "至少填写". */
  choice?: boolean;
}

type Template = (c: MessageContext) => string;

const n = (v: unknown): string => String(v);
const list = (v: unknown): string => (Array.isArray(v) && v.length <= 6 ? `（${v.map(String).join('、')}）` : '');
const listEn = (v: unknown): string => (Array.isArray(v) && v.length <= 6 ? ` (${v.map(String).join(', ')})` : '');

const FORMAT_ZH: Record<string, string> = {
  'credit-code': '应为 18 位统一社会信用代码（数字和大写字母，不含 I、O、Z、S、V）',
  mobile: '应为 11 位手机号码，如 13812345678',
  landline: '应为带区号的固定电话，如 0411-39989885',
  postcode: '应为 6 位邮政编码',
  email: '应为有效的电子邮箱地址',
  date: '应为日期，格式 YYYY-MM-DD',
  'year-month': '请填写年和月，如 2023 年 6 月（YYYY-MM）',
  uri: '应为完整的网址',
};
const FORMAT_EN: Record<string, string> = {
  'credit-code': 'must be an 18-character unified social credit code (digits and capitals, no I, O, Z, S, V)',
  mobile: 'must be an 11-digit mobile number, e.g. 13812345678',
  landline: 'must be a landline number with area code, e.g. 0411-39989885',
  postcode: 'must be a 6-digit postcode',
  email: 'must be a valid e-mail address',
  date: 'must be a date, YYYY-MM-DD',
  'year-month': 'must be a year and month, e.g. June 2023 (YYYY-MM)',
  uri: 'must be a full web address',
};

const TYPE_ZH: Record<string, string> = {
  number: '数字',
  integer: '整数',
  string: '文字',
  boolean: '是或否',
  array: '列表',
  object: '一组字段',
};

const ZH: Record<string, Template> = {
  required: (c) => `${c.property ?? c.label}：必填`,
  minimum: (c) => `${c.label}：应不低于 ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  maximum: (c) => `${c.label}：应不超过 ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  exclusiveMinimum: (c) => `${c.label}：应大于 ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  exclusiveMaximum: (c) => `${c.label}：应小于 ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  minLength: (c) => (c.params.limit === 1 ? `${c.label}：必填` : `${c.label}：至少 ${n(c.params.limit)} 个字`),
  maxLength: (c) => `${c.label}：不超过 ${n(c.params.limit)} 个字`,
  minItems: (c) => (c.choice ? `${c.label}：至少选择 ${n(c.params.limit)} 项` : `${c.label}：至少填写 ${n(c.params.limit)} 条`),
  maxItems: (c) => (c.choice ? `${c.label}：最多选择 ${n(c.params.limit)} 项` : `${c.label}：最多填写 ${n(c.params.limit)} 条`),
  uniqueItems: (c) => `${c.label}：不能有重复项`,
  pattern: (c) => `${c.label}：格式不正确`,
  format: (c) => `${c.label}：${FORMAT_ZH[String(c.params.format)] ?? '格式不正确'}`,
  type: (c) =>
    c.params.type === 'number'
      ? `${c.label}：请只填写数字，如 200 或 12.5${c.unit ? `（单位：${c.unit}）` : ''}`
      : c.params.type === 'integer'
        ? `${c.label}：请填写整数，如 3${c.unit ? `（单位：${c.unit}）` : ''}`
        : `${c.label}：应填写${TYPE_ZH[String(c.params.type)] ?? String(c.params.type)}`,
  enum: (c) => `${c.label}：请从选项中选择${list(c.labels ?? c.params.allowedValues)}`,
  const: (c) => (c.params.allowedValue === true ? `${c.label}：须勾选确认` : `${c.label}：应为“${n(c.params.allowedValue)}”`),
  additionalProperties: (c) => `${c.label}：不应包含未定义的字段“${n(c.params.additionalProperty)}”`,
  multipleOf: (c) => {
    const places = decimalPlaces(c.params.multipleOf);
    return places === null ? `${c.label}：应为 ${n(c.params.multipleOf)} 的整数倍` : `${c.label}：最多保留 ${places} 位小数`;
  },
};

/** `k` when a multipleOf is 10^-k (0.01 → 2, 0.0001 → 4): the schema limits decimal places. */
function decimalPlaces(step: unknown): number | null {
  if (typeof step !== 'number' || step >= 1 || step <= 0) return null;
  const k = Math.round(-Math.log10(step));
  return Math.abs(step - 10 ** -k) < 1e-15 ? k : null;
}

const EN: Record<string, Template> = {
  required: (c) => `${c.property ?? c.label}: required`,
  minimum: (c) => `${c.label}: must be at least ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  maximum: (c) => `${c.label}: must be at most ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  exclusiveMinimum: (c) => `${c.label}: must be more than ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  exclusiveMaximum: (c) => `${c.label}: must be less than ${n(c.params.limit)}${c.unit ? ` ${c.unit}` : ''}`,
  minLength: (c) => (c.params.limit === 1 ? `${c.label}: required` : `${c.label}: at least ${n(c.params.limit)} characters`),
  maxLength: (c) => `${c.label}: at most ${n(c.params.limit)} characters`,
  minItems: (c) => (c.choice ? `${c.label}: choose at least ${n(c.params.limit)}` : `${c.label}: add at least ${n(c.params.limit)}`),
  maxItems: (c) => (c.choice ? `${c.label}: choose at most ${n(c.params.limit)}` : `${c.label}: at most ${n(c.params.limit)} rows`),
  uniqueItems: (c) => `${c.label}: must not repeat an item`,
  pattern: (c) => `${c.label}: wrong format`,
  format: (c) => `${c.label}: ${FORMAT_EN[String(c.params.format)] ?? 'wrong format'}`,
  type: (c) =>
    c.params.type === 'number'
      ? `${c.label}: type a number only, e.g. 200 or 12.5${c.unit ? ` (in ${c.unit})` : ''}`
      : c.params.type === 'integer'
        ? `${c.label}: type a whole number, e.g. 3${c.unit ? ` (in ${c.unit})` : ''}`
        : `${c.label}: must be a ${String(c.params.type)}`,
  enum: (c) => `${c.label}: choose one of the options${listEn(c.labels ?? c.params.allowedValues)}`,
  const: (c) => (c.params.allowedValue === true ? `${c.label}: must be confirmed` : `${c.label}: must be "${n(c.params.allowedValue)}"`),
  additionalProperties: (c) => `${c.label}: unexpected field "${n(c.params.additionalProperty)}"`,
  multipleOf: (c) => {
    const places = decimalPlaces(c.params.multipleOf);
    return places === null ? `${c.label}: must be a multiple of ${n(c.params.multipleOf)}` : `${c.label}: at most ${places} decimal places`;
  },
};

/** The message of a schema error, naming the field by its title: `项目总研发投入：应不低于 0 万元`. */
export function schemaMessage(keyword: string, context: MessageContext, lang: Lang): string {
  const table = lang === 'en' ? EN : ZH;
  const template = table[keyword];
  if (template) return template(context);
  return lang === 'en' ? `${context.label}: invalid (${keyword})` : `${context.label}：不符合要求（${keyword}）`;
}
