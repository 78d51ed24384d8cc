import type { CallFile } from '@guide-forms/core/node';
import type { Problems } from '../admin/problems.js';
import { callOf, ruleFilesOf, type Workspace } from '../admin/sources.js';

/** Every string of a JSON value with its pointer — clauses included: they quote the notice's lists. */
function strings(node: unknown, at = '', out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([at, node]);
  else if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) strings(n, `${at}/${i}`, out);
  } else if (typeof node === 'object' && node !== null) {
    for (const [k, v] of Object.entries(node)) strings(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

/** Every option value of a call (lists and keyed lists, with their keys), longest first. */
function optionValues(call: CallFile | undefined): string[] {
  const out = new Set<string>();
  for (const list of Object.values(call?.options ?? {})) {
    if (Array.isArray(list)) for (const v of list) if (typeof v === 'string') out.add(v);
    if (list && typeof list === 'object' && !Array.isArray(list)) {
      for (const [key, sub] of Object.entries(list)) {
        out.add(key);
        if (Array.isArray(sub)) for (const v of sub) if (typeof v === 'string') out.add(v);
      }
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * An option the previous year had and this year dropped (苏南国家自主创新示范区 leaving the
 * partner regions) but still named in the year's text: a rule's clause quoting the old notice's
 * list of regions, a title, a message, a routing note. Applicants would read of a region they
 * cannot choose. Names still offered are taken out first, so 海洋工程 inside 船舶和海洋工程 is no
 * false alarm. Keys of `optionsEn`/`optionsProse`/`optionsDetail` are checked in options.ts.
 */
export function checkRemovedOptions(ws: Workspace, year: number, problems: Problems): void {
  const previous = ws.years.filter((y) => y < year).at(-1);
  if (previous === undefined) return;
  const now = optionValues(callOf(ws, year));
  const removed = optionValues(callOf(ws, previous)).filter((v) => !now.includes(v));
  if (!removed.length) return;
  const files = [
    [`rules/${year}/call.json`, callOf(ws, year)] as const,
    ...[...ruleFilesOf(ws, year)].map(([, f]) => [f.rel, f.data] as const),
  ];
  for (const [rel, data] of files) {
    for (const [pointer, raw] of strings(data)) {
      if (/^\/options(En|Prose|Detail)\//.test(pointer)) continue;
      const text = now.reduce((t, v) => t.replaceAll(v, '\u0000'), raw);
      const named = removed.filter((v) => text.includes(v));
      if (!named.length) continue;
      const clause = /\/clause$/.test(pointer);
      problems.warn('removed-option-named', rel, pointer, `“${named.join('”“')}”已不是 ${year} 年的选项，但这里仍写着`, {
        expected: `no mention of ${named.join(', ')}`,
        found: raw,
        hint: clause ? '这是通知原文：换成新通知中的原文（逐字引用）' : `改写这段文字，去掉“${named.join('”“')}”`,
      });
    }
  }
}
