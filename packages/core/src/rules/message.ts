import { getPointer, isPointer } from '../pointer.js';
import type { Json } from '../types.js';
import type { ValueLabel } from './value-label.js';

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
 * refuses a computed value named like a param). A field value that is one of the field's choices
 * shows as `label` names it (the choice's label in the message's language, see `valueLabels`).
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
  label?: ValueLabel,
): string {
  const parts = templateParts(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    if (isPointer(name)) {
      const value = getPointer(data, name);
      const shown = label?.(name, value);
      out += shown === undefined ? show(value, lang) : clip(shown);
    } else if (Object.hasOwn(computed, name)) out += show(computed[name], lang);
    else out += Object.hasOwn(params, name) ? show(params[name], lang) : `{${name}}`;
    out += parts[i + 1] as string;
  }
  return out;
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * A template split once into text and placeholder names, alternating (`['应不低于 ', 'min', ' 万元']`;
 * names at odd places): a failed rule's message is filled on every check, without a regular
 * expression each time. Shared and read-only.
 *
 * @example
 * templateParts('应不低于 {min} 万元'); // ['应不低于 ', 'min', ' 万元']
 */
export function templateParts(template: string): readonly string[] {
  let parts = PARTS.get(template);
  if (!parts) {
    const split: string[] = [];
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      split.push(template.slice(last, m.index), m[1] as string);
      last = m.index + m[0].length;
    }
    split.push(template.slice(last));
    parts = split;
    // Templates are the rules' own (a few hundred); bounded all the same.
    if (PARTS.size >= 5_000) PARTS.clear();
    PARTS.set(template, parts);
  }
  return parts;
}

const PARTS = new Map<string, readonly string[]>();

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
