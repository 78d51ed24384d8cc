import { GuideFormsError } from '../errors.js';
import type { Json, JsonSchema, OptionDetail } from '../types.js';
import { withDetail } from './option-detail.js';

/** The hints and titles whose `{options:<name>}` placeholders name a list in prose. */
const TEXT_KEYS: Record<string, 'zh-CN' | 'en'> = {
  title: 'zh-CN',
  description: 'zh-CN',
  'x-title-en': 'en',
  'x-description-en': 'en',
};

/** The year's choices, as `call.json` gives them. */
export interface YearOptions {
  options: Record<string, Json>;
  /** English display names, keyed by the Chinese value. */
  optionsEn?: Record<string, string> | undefined;
  /** How the notice writes a value inside a sentence, when it differs from the value (`东北三省一区（内蒙古自治区）`). */
  optionsProse?: Record<string, string> | undefined;
  /** What a value brings onto the form (a hint, an extra field), keyed by the value; see {@link withDetail}. */
  optionsDetail?: Record<string, OptionDetail> | undefined;
}

/**
 * Fills year-dependent choices, so a new year's lists are a `call.json` edit only:
 *
 * - a schema node `{"x-options": "domains"}` gets `enum: call.options.domains` (and
 *   `x-enum-en` from `optionsEn`); `partnerCities.上海市` reads a nested list;
 * - an `allOf` item `{"x-options-each": {"list": "partnerRegions", "property": "partnerRegion"}, "then": {…}}`
 *   becomes one `if`/`then` per value of the list, with `{item}` in the `then` replaced by the
 *   value — so each region asks for its own cities without one hand-written section per region;
 *   inside it, `"x-item-hint": true` and `"x-item-extra": true` take the value's hint and extra
 *   field from `optionsDetail` (东北三省一区's “内蒙古自治区按全区计”, 苏南's 园区名);
 * - `{options:partnerRegions}` in a title or hint becomes the list in prose (`上海市、沈阳市、…`,
 *   English names joined by commas in `x-…-en`), so the form's intro names this year's regions.
 *
 * @example
 * applyOptions({ type: 'string', 'x-options': 'domains' }, { options: { domains: ['新材料'] } }, 'forms/x/schema.json');
 * // { type: 'string', 'x-options': 'domains', enum: ['新材料'], 'x-enum-en': ['新材料'] }
 */
export function applyOptions(schema: JsonSchema, year: YearOptions, file: string): JsonSchema {
  const { options, optionsEn = {}, optionsProse = {}, optionsDetail = {} } = year;
  const list = (name: string, at: string): Json[] => {
    const found = lookup(options, name);
    if (Array.isArray(found)) return found;
    throw new GuideFormsError('unknown-options', `call.json 中没有名为 "${name}" 的选项列表`, {
      file,
      pointer: at,
      expected: `one of: ${Object.keys(options).join(', ')}`,
      found: name,
    });
  };
  const english = (v: Json): Json => (typeof v === 'string' && Object.hasOwn(optionsEn, v) ? (optionsEn[v] as string) : v);
  const prose = (text: string, lang: 'zh-CN' | 'en', at: string): string =>
    text.replace(/\{options:([^{}]+)\}/g, (_, name: string) => {
      const values = list(name, at);
      return lang === 'en'
        ? values.map((v) => String(english(v))).join(', ')
        : values.map((v) => (typeof v === 'string' && Object.hasOwn(optionsProse, v) ? optionsProse[v] : String(v))).join('、');
    });

  const walk = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.flatMap((n, i) => expandEach(n, `${at}/${i}`).map((m) => walk(m, `${at}/${i}`)));
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const lang = TEXT_KEYS[key];
      out[key] = lang && typeof value === 'string' ? prose(value, lang, `${at}/${key}`) : walk(value, `${at}/${key}`);
    }
    const name = (node as JsonSchema)['x-options'];
    if (typeof name === 'string') {
      const values = list(name, `${at}/x-options`);
      out.enum = values;
      out['x-enum-en'] = values.map(english);
    }
    return out;
  };

  /** One `if`/`then` per value for an `x-options-each` node; any other node stays as it is. */
  const expandEach = (node: unknown, at: string): unknown[] => {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !Object.hasOwn(node, 'x-options-each')) return [node];
    const { 'x-options-each': each, then } = node as { 'x-options-each': { list?: unknown; property?: unknown }; then?: unknown };
    if (typeof each?.list !== 'string' || typeof each.property !== 'string') {
      throw new GuideFormsError('bad-options-each', 'x-options-each 需要 list（选项列表名）和 property（按哪个字段分支）', {
        file,
        pointer: `${at}/x-options-each`,
        expected: '{ "list": "partnerRegions", "property": "partnerRegion" }',
        found: JSON.stringify(each),
      });
    }
    const property = each.property;
    return list(each.list, `${at}/x-options-each/list`).map((item) => ({
      if: { properties: { [property]: { const: item } }, required: [property] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword
      then: withDetail(
        substitute(then ?? {}, String(item)),
        typeof item === 'string' && Object.hasOwn(optionsDetail, item) ? optionsDetail[item] : undefined,
      ),
    }));
  };
  return walk(schema, '') as JsonSchema;
}

/** The template of an `x-options-each` with `{item}` replaced in every string. */
function substitute(node: unknown, item: string): unknown {
  if (typeof node === 'string') return node.replaceAll('{item}', item);
  if (Array.isArray(node)) return node.map((n) => substitute(n, item));
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v, item)]));
}

function lookup(options: Record<string, Json>, name: string): Json | undefined {
  if (Object.hasOwn(options, name)) return options[name];
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const head = name.slice(0, dot);
  const node = Object.hasOwn(options, head) ? options[head] : undefined;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const rest = name.slice(dot + 1);
  return Object.hasOwn(node, rest) ? (node as Record<string, Json>)[rest] : undefined;
}
