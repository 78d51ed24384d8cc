import { type CallFile, GuideFormsError, type Json, type Rule, type RuleFile } from '@guide-forms/core/node';
import { callOf, checkedCatalogOf, loadWorkspace, requireYear, ruleFilesOf, type Workspace } from '../admin/sources.js';
import { type Entry, entries, listEntry } from './entries.js';
import { compareForms, type FormChange } from './forms.js';

export type { Entry } from './entries.js';

/** A rule, named for the memo. */
export interface RuleRef {
  id: string;
  title: string;
  file: string;
}

/** Everything that differs between two years, entry by entry, for the approval memo. */
export interface YearDiff {
  from: number;
  to: number;
  /** Thresholds and other params: old → new, with the rule. */
  params: (RuleRef & Entry)[];
  /** Title and anything else of call.json not listed below (how to submit, …). */
  call: Entry[];
  window: Entry[];
  categories: Entry;
  /** Option lists: items added and removed (`partnerCities.京津冀`), English names and prose entry by entry. */
  options: Entry[];
  departments: { id: string; name: string; change: 'added' | 'removed' | 'changed'; changes: Entry[] }[];
  routing: Entry[];
  rules: {
    added: RuleRef[];
    removed: RuleRef[];
    retired: RuleRef[];
    revived: RuleRef[];
    changed: (RuleRef & { changes: Entry[] })[];
  };
  /** What the forms show differently (choices, intro, hints), form by form. */
  forms: FormChange[];
}

/** Keys of call.json with their own section; `draft` is the state of the edit, not a change of the call. */
const OWN = new Set([
  '$schema',
  'year',
  'draft',
  'window',
  'categories',
  'options',
  'optionsEn',
  'optionsProse',
  'optionsDetail',
  'departments',
  'routing',
  'review',
]);

function compareCall(a: CallFile, b: CallFile, diff: YearDiff): void {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])]) if (!OWN.has(key)) entries(key, x[key], y[key], diff.call);
  entries('', a.window, b.window, diff.window);
  diff.categories = listEntry('categories', a.categories, b.categories) ?? { what: 'categories', added: [], removed: [] };
  entries('', a.options, b.options, diff.options);
  entries('optionsEn', a.optionsEn ?? {}, b.optionsEn ?? {}, diff.options);
  entries('optionsProse', a.optionsProse ?? {}, b.optionsProse ?? {}, diff.options);
  entries('optionsDetail', a.optionsDetail ?? {}, b.optionsDetail ?? {}, diff.options);
  const ids = [...new Set([...Object.keys(a.departments ?? {}), ...Object.keys(b.departments ?? {})])];
  for (const id of ids) {
    const d = a.departments?.[id];
    const e = b.departments?.[id];
    const changes = entries('', d ?? {}, e ?? {});
    const kind = !d ? 'added' : !e ? 'removed' : changes.length ? 'changed' : null;
    if (kind) diff.departments.push({ id, name: (e ?? d)?.name ?? id, change: kind, changes });
  }
  entries('routing', a.routing, b.routing, diff.routing);
  entries('review', a.review, b.review, diff.routing);
}

function rulesOf(ws: Workspace, year: number): Map<string, { rule: Rule; file: string }> {
  const out = new Map<string, { rule: Rule; file: string }>();
  for (const [name, file] of ruleFilesOf(ws, year)) {
    for (const rule of (file.data as RuleFile).rules ?? []) out.set(`${name} ${rule.id}`, { rule, file: file.rel });
  }
  return out;
}

const ref = (r: { rule: Rule; file: string }): RuleRef => ({ id: r.rule.id, title: r.rule.title?.['zh-CN'] ?? '', file: r.file });

/** An embedded test as the memo shows it: its name, the data it submits and the outcome it expects. */
const testLine = (t: { name?: unknown; data?: unknown; expect?: unknown }): string =>
  `${String(t.name ?? '')} · ${JSON.stringify(t.data)} → ${String(t.expect ?? '')}`;

function compareRule(x: Rule, y: Rule): Entry[] {
  const out: Entry[] = [];
  for (const k of [
    'severity',
    'clause',
    'section',
    'fields',
    'needs',
    'marksRequired',
    'appliesTo',
    'when',
    'logic',
    'title',
    'message',
  ] as const) {
    entries(k, x[k], y[k], out);
  }
  const tests = listEntry('tests', (x.tests ?? []).map(testLine), (y.tests ?? []).map(testLine));
  if (tests) out.push(tests);
  return out;
}

/** Compares the call, rules and forms of two years, for the approval memo. */
export function compareYears(root: string, from: number, to: number): YearDiff {
  const ws = loadWorkspace(root);
  requireYear(ws, from);
  requireYear(ws, to);
  for (const file of ws.files.values()) {
    if (file.parseError && (file.rel.startsWith(`rules/${from}/`) || file.rel.startsWith(`rules/${to}/`))) {
      const { line, column, code } = file.parseError;
      throw new GuideFormsError('bad-json', `JSON 格式错误（${code}），请先运行 guide-forms lint`, {
        file: `${file.rel}:${line}:${column}`,
      });
    }
  }
  // Both years of their format, every open category with its files: a `null` window is named, not a TypeError.
  checkedCatalogOf(ws, [from, to]);
  const diff: YearDiff = {
    from,
    to,
    params: [],
    call: [],
    window: [],
    categories: { what: 'categories', added: [], removed: [] },
    options: [],
    departments: [],
    routing: [],
    rules: { added: [], removed: [], retired: [], revived: [], changed: [] },
    forms: [],
  };
  const a = callOf(ws, from);
  const b = callOf(ws, to);
  if (a && b) compareCall(a, b, diff);

  const before = rulesOf(ws, from);
  const after = rulesOf(ws, to);
  for (const [key, x] of before) {
    const y = after.get(key);
    if (!y) {
      diff.rules.removed.push(ref(x));
      continue;
    }
    const r = ref(y);
    if (!x.rule.retired && y.rule.retired) diff.rules.retired.push(r);
    if (x.rule.retired && !y.rule.retired) diff.rules.revived.push(r);
    for (const e of entries('', (x.rule.params ?? {}) as Json, (y.rule.params ?? {}) as Json)) diff.params.push({ ...r, ...e });
    const changes = compareRule(x.rule, y.rule);
    if (changes.length) diff.rules.changed.push({ ...r, changes });
  }
  for (const [key, y] of after) if (!before.has(key)) diff.rules.added.push(ref(y));
  diff.forms = compareForms(ws, from, to);
  return diff;
}
