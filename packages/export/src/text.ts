import type { JsonSchema, Lang } from '@guide-forms/core';

/** What the paper needs to know about the language and the year's option names. */
export interface TextContext {
  lang: Lang;
  /** English names of option values, keyed by the Chinese value (`call.json#/optionsEn`). */
  optionsEn: Record<string, string>;
}

// XML 1.0 refuses C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF:
// a DOCX holding one does not open. They can only come from hostile or corrupt input.
/** Text safe in any XML or HTML text node: characters XML cannot hold become U+FFFD, nothing else changes. */
export function xmlSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (bad) {
      out += `${text.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The field's label in the language asked. */
export function labelOf(schema: JsonSchema, key: string, ctx: TextContext): string {
  const zh = typeof schema.title === 'string' ? schema.title : key;
  return ctx.lang === 'en' && typeof schema['x-title-en'] === 'string' ? (schema['x-title-en'] as string) : zh;
}

function unitOf(schema: JsonSchema, ctx: TextContext): string {
  const zh = typeof schema['x-unit'] === 'string' ? (schema['x-unit'] as string) : '';
  return ctx.lang === 'en' && typeof schema['x-unit-en'] === 'string' ? (schema['x-unit-en'] as string) : zh;
}

/** A choice as people read it: `const` fields by their `x-enum-zh` name; in English by `x-enum-en` or the year's optionsEn. */
function choiceText(schema: JsonSchema, value: string, ctx: TextContext): string {
  const values = Array.isArray(schema.enum) ? schema.enum : schema.const !== undefined ? [schema.const] : [];
  const i = values.indexOf(value);
  const names = ctx.lang === 'en' ? schema['x-enum-en'] : schema['x-enum-zh'];
  if (i >= 0 && Array.isArray(names) && typeof names[i] === 'string') return names[i] as string;
  if (ctx.lang === 'en' && ctx.optionsEn[value]) return ctx.optionsEn[value] as string;
  return value;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-12` → `2022年12月`; `2021-11-01` → `2021年11月1日` (Dec 2022 / 1 Nov 2021 in English). Anything else stays as typed. */
export function dateText(value: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = Number(mo);
  if (month < 1 || month > 12) return value;
  if (lang === 'en') return d ? `${Number(d)} ${MONTHS_EN[month - 1]} ${y}` : `${MONTHS_EN[month - 1]} ${y}`;
  return d ? `${y}年${month}月${Number(d)}日` : `${y}年${month}月`;
}

/** `☑是 ☐否` — how a yes/no question prints on a Chinese form; both empty while unanswered. */
export function yesNo(value: unknown, lang: Lang): string {
  const [yes, no] = lang === 'en' ? ['Yes', 'No'] : ['是', '否'];
  return `${value === true ? '☑' : '☐'}${yes}　${value === false ? '☑' : '☐'}${no}`;
}

/**
 * A value as it prints in its cell: numbers with their unit (`680 万元`), months in Chinese,
 * choices by name, lists joined with `、`, yes/no as ☑/☐. Empty values print as nothing — the
 * cell stays blank, as on a form filled by hand.
 *
 * @example
 * valueText({ type: 'number', 'x-unit': '万元' }, 680, ctx); // '680 万元'
 */
export function valueText(schema: JsonSchema, value: unknown, ctx: TextContext): string {
  if (value === undefined || value === null || value === '') return '';
  if (schema.type === 'boolean' || typeof value === 'boolean') return yesNo(value, ctx.lang);
  if (typeof value === 'number') {
    const unit = unitOf(schema, ctx);
    return unit ? `${value} ${unit}` : String(value);
  }
  if (typeof value === 'string') {
    if (schema.format === 'year-month' || schema.format === 'date' || schema['x-widget'] === 'month')
      return xmlSafe(dateText(value, ctx.lang));
    return xmlSafe(choiceText(schema, value, ctx));
  }
  if (Array.isArray(value)) {
    const items = typeof schema.items === 'object' && schema.items !== null ? (schema.items as JsonSchema) : {};
    return value.map((v) => valueText(items, v, ctx)).join(ctx.lang === 'en' ? ', ' : '、');
  }
  // An object where a value was expected: keep what was typed, as JSON, rather than drop it.
  return xmlSafe(JSON.stringify(value));
}

/** Long answers (背景、意义、研究内容) take a full-width row on paper. */
export function isLong(schema: JsonSchema): boolean {
  // As the element decides its text areas: a formatted string (邮箱, 254 characters) is one line
  // whatever its limit; only free text past 200 characters gets a box of its own.
  if (schema['x-widget'] === 'textarea') return true;
  return typeof schema.format !== 'string' && typeof schema.maxLength === 'number' && schema.maxLength > 200;
}
