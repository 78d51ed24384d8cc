import { Engine } from '@guide-forms/core/node';
import { schemaValidators } from '@guide-forms/core/tooling';
import { catalogOf, type Workspace } from '../admin/sources.js';
import { type Entry, entries } from './entries.js';

/** What the applicant sees that differs in one form between two years. */
export interface FormChange {
  category: string;
  title: string;
  changes: Entry[];
}

/** Schema keys an applicant sees; the rest (types, lengths, `$ref`) does not change by year. English names of choices are in the options section. */
const SHOWN = new Set(['title', 'description', 'enum', 'x-description-en', 'x-title-en']);

/** `partnerRegion = 京津冀`: the condition of an `if`, for a heading a person can read. */
function condition(node: unknown): string {
  const props = (node as { properties?: Record<string, { const?: unknown }> } | undefined)?.properties ?? {};
  const parts = Object.entries(props)
    .filter(([, v]) => v && Object.hasOwn(v, 'const'))
    .map(([k, v]) => `${k} = ${String(v.const)}`);
  return parts.length ? parts.join('，') : 'if';
}

/** The parts of a schema an applicant sees, keyed by field and the condition they show under: `project.partnerCity（当 partnerRegion = 京津冀）.enum`. */
function shown(node: unknown, at = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (Array.isArray(node)) {
    for (const n of node) shown(n, at, out);
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const o = node as Record<string, unknown>;
  const branch = Object.hasOwn(o, 'if') ? condition(o.if) : null;
  for (const [key, value] of Object.entries(o)) {
    if (branch !== null && (key === 'if' || key === 'then' || key === 'else')) {
      if (key === 'then') shown(value, `${at}（当 ${branch}）`, out);
      if (key === 'else') shown(value, `${at}（${branch} 以外）`, out);
    } else if (SHOWN.has(key) && (typeof value !== 'object' || Array.isArray(value))) out[at ? `${at}.${key}` : key] = value;
    else if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, child] of Object.entries(value)) shown(child, at ? `${at}.${name}` : name, out);
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf' || key === 'items') shown(value, at, out);
  }
  return out;
}

/**
 * The forms as each year shows them — options and thresholds filled in — compared field by
 * field: a region added to the choices, the intro naming other regions, a hint quoting the
 * new threshold. Forms open in both years only (the categories entry covers the rest).
 */
export function compareForms(ws: Workspace, from: number, to: number): FormChange[] {
  const engine = new Engine(catalogOf(ws), schemaValidators());
  const open = (y: number): string[] => engine.listCategories(y).map((c) => c.category);
  const out: FormChange[] = [];
  const before = open(from);
  for (const category of open(to).filter((c) => before.includes(c))) {
    try {
      const a = engine.getForm(category, from).schema;
      const b = engine.getForm(category, to).schema;
      const changes = entries('', shown(a), shown(b));
      if (changes.length) out.push({ category, title: String(b.title ?? category), changes });
    } catch {
      // A form that does not compile in one of the years: lint reports it.
    }
  }
  return out;
}
