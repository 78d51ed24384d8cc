import { type CallFile, GuideFormsError, type Json, type Rule, type RuleFile } from '@guide-forms/core/node';
import { callOf, loadWorkspace, requireYear, ruleFilesOf, type Workspace } from '../admin/sources.js';

/** A value before and after. */
export interface Change {
  what: string;
  from: Json | undefined;
  to: Json | undefined;
}

/** Items added to and removed from a list. */
export interface ListChange {
  what: string;
  added: string[];
  removed: string[];
}

/** A rule, named for the memo. */
export interface RuleRef {
  id: string;
  title: string;
  file: string;
}

/** Everything that differs between the rules of two years. */
export interface YearDiff {
  from: number;
  to: number;
  params: (RuleRef & Change)[];
  call: Change[];
  window: Change[];
  categories: ListChange;
  options: ListChange[];
  departments: { id: string; name: string; change: 'added' | 'removed' | 'changed'; changes: Change[]; domains: ListChange }[];
  routing: Change[];
  rules: {
    added: RuleRef[];
    removed: RuleRef[];
    retired: RuleRef[];
    revived: RuleRef[];
    changed: (RuleRef & { changes: Change[] })[];
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function list(what: string, a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): ListChange {
  const from = (a ?? []).map(String);
  const to = (b ?? []).map(String);
  return { what, added: to.filter((x) => !from.includes(x)), removed: from.filter((x) => !to.includes(x)) };
}

function change(out: Change[], what: string, from: unknown, to: unknown): void {
  if (!same(from, to)) out.push({ what, from: from as Json | undefined, to: to as Json | undefined });
}

function compareOptions(a: Record<string, Json>, b: Record<string, Json>): ListChange[] {
  const out: ListChange[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) || Array.isArray(y)) {
      out.push(list(key, Array.isArray(x) ? x : [], Array.isArray(y) ? y : []));
      continue;
    }
    const xo = (x ?? {}) as Record<string, Json>;
    const yo = (y ?? {}) as Record<string, Json>;
    for (const sub of [...new Set([...Object.keys(xo), ...Object.keys(yo)])]) {
      const xs = xo[sub];
      const ys = yo[sub];
      out.push(list(`${key}.${sub}`, Array.isArray(xs) ? xs : [], Array.isArray(ys) ? ys : []));
    }
  }
  return out.filter((c) => c.added.length || c.removed.length);
}

function compareCall(a: CallFile, b: CallFile, diff: YearDiff): void {
  change(diff.call, 'title.zh-CN', a.title?.['zh-CN'], b.title?.['zh-CN']);
  change(diff.call, 'title.en', a.title?.en, b.title?.en);
  change(diff.call, 'draft', a.draft ?? false, b.draft ?? false);
  for (const k of ['opens', 'closes', 'utcOffset', 'clause'] as const) change(diff.window, k, a.window?.[k], b.window?.[k]);
  diff.categories = list('categories', a.categories, b.categories);
  diff.options = compareOptions(a.options ?? {}, b.options ?? {});
  change(diff.call, 'optionsEn', (a as { optionsEn?: unknown }).optionsEn, (b as { optionsEn?: unknown }).optionsEn);
  const ids = [...new Set([...Object.keys(a.departments ?? {}), ...Object.keys(b.departments ?? {})])];
  for (const id of ids) {
    const x = a.departments?.[id];
    const y = b.departments?.[id];
    const changes: Change[] = [];
    for (const k of ['name', 'nameEn', 'phone'] as const) change(changes, k, x?.[k], y?.[k]);
    const domains = list('domains', x?.domains, y?.domains);
    const kind = !x ? 'added' : !y ? 'removed' : changes.length || domains.added.length || domains.removed.length ? 'changed' : null;
    if (kind) diff.departments.push({ id, name: (y ?? x)?.name ?? id, change: kind, changes, domains });
  }
  const steps = Math.max(a.routing?.byCategory?.length ?? 0, b.routing?.byCategory?.length ?? 0);
  for (let i = 0; i < steps; i++) {
    const x = a.routing?.byCategory?.[i];
    const y = b.routing?.byCategory?.[i];
    change(diff.routing, `byCategory[${i + 1}].department`, x?.department, y?.department);
    change(diff.routing, `byCategory[${i + 1}].when`, x?.when, y?.when);
    change(diff.routing, `byCategory[${i + 1}].note`, x?.note, y?.note);
  }
  change(diff.routing, 'domainPointer', a.routing?.domainPointer, b.routing?.domainPointer);
  change(diff.routing, 'fallback.department', a.routing?.fallback?.department, b.routing?.fallback?.department);
  change(diff.routing, 'fallback.message', a.routing?.fallback?.message, b.routing?.fallback?.message);
  change(diff.routing, 'review.values', a.review?.values, b.review?.values);
  change(diff.routing, 'review.pointer', a.review?.pointer, b.review?.pointer);
  change(diff.routing, 'review.clause', a.review?.clause, b.review?.clause);
}

function rulesOf(ws: Workspace, year: number): Map<string, { rule: Rule; file: string }> {
  const out = new Map<string, { rule: Rule; file: string }>();
  for (const [name, file] of ruleFilesOf(ws, year)) {
    for (const rule of (file.data as RuleFile).rules ?? []) out.set(`${name} ${rule.id}`, { rule, file: file.rel });
  }
  return out;
}

const ref = (r: { rule: Rule; file: string }): RuleRef => ({ id: r.rule.id, title: r.rule.title?.['zh-CN'] ?? '', file: r.file });

function compareRule(x: Rule, y: Rule): Change[] {
  const changes: Change[] = [];
  for (const k of ['severity', 'clause', 'section', 'fields', 'needs', 'appliesTo', 'when', 'logic'] as const)
    change(changes, k, x[k], y[k]);
  for (const k of ['title', 'message'] as const) {
    for (const lang of ['zh-CN', 'en'] as const) change(changes, `${k}.${lang}`, x[k]?.[lang], y[k]?.[lang]);
  }
  if (!same(x.tests, y.tests)) changes.push({ what: 'tests', from: `${x.tests?.length ?? 0} 条`, to: `${y.tests?.length ?? 0} 条` });
  return changes;
}

/** Compares the call and rules of two years, for the approval memo. */
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
    const params = [...new Set([...Object.keys(x.rule.params ?? {}), ...Object.keys(y.rule.params ?? {})])];
    for (const name of params) {
      const changes: Change[] = [];
      change(changes, name, x.rule.params?.[name], y.rule.params?.[name]);
      for (const c of changes) diff.params.push({ ...r, ...c });
    }
    const changes = compareRule(x.rule, y.rule);
    if (changes.length) diff.rules.changed.push({ ...r, changes });
  }
  for (const [key, y] of after) if (!before.has(key)) diff.rules.added.push(ref(y));
  return diff;
}
