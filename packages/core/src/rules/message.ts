import { getPointer, isPointer } from '../pointer.js';
import type { Json } from '../types.js';

/** Longest value shown inside a message: a 1 MB answer must not become a 1 MB message. */
const MAX_SHOWN = 200;

function clip(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function show(value: unknown, lang: 'zh-CN' | 'en'): string {
  if (value === undefined || value === null || value === '') return lang === 'en' ? '(empty)' : '（未填）';
  if (Array.isArray(value))
    return clip(value.map((v) => (typeof v === 'object' && v !== null ? '…' : show(v, lang))).join(lang === 'en' ? ', ' : '、'));
  if (typeof value === 'boolean') return lang === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  // An object where a value belongs is a schema error already; the message need not echo it.
  if (typeof value === 'object') return lang === 'en' ? '(not a value)' : '（不是有效的值）';
  return clip(String(value));
}

/**
 * Fills a rule message: `{min}` is a param, `{/project/totalRdInvestment}` a field value,
 * `{ratio}` a value the rule computed (`computed`, by name; it wins over nothing else — lint
 * refuses a computed value named like a param).
 *
 * @example
 * formatMessage('应不低于 {min} 万元，当前 {/a}', { min: 200 }, { a: 199.99 }, 'zh-CN');
 * // '应不低于 200 万元，当前 199.99'
 * formatMessage('比例为 {ratio}%', {}, {}, 'zh-CN', { ratio: 4.99 }); // '比例为 4.99%'
 */
export function formatMessage(
  template: string,
  params: Record<string, Json>,
  data: unknown,
  lang: 'zh-CN' | 'en',
  computed: Record<string, unknown> = {},
): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    if (isPointer(name)) return show(getPointer(data, name), lang);
    if (Object.hasOwn(computed, name)) return show(computed[name], lang);
    return Object.hasOwn(params, name) ? show(params[name], lang) : whole;
  });
}

/** The placeholders a template uses, for lint. */
export function placeholders(template: string): string[] {
  let names = PLACEHOLDERS.get(template);
  if (!names) {
    names = [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1] as string);
    // Templates are the rules' own (a few hundred): read once, asked on every failed check.
    if (PLACEHOLDERS.size >= 5_000) PLACEHOLDERS.clear();
    PLACEHOLDERS.set(template, names);
  }
  return [...names];
}

const PLACEHOLDERS = new Map<string, string[]>();
