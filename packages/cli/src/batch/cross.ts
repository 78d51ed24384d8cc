import type { BatchRule, BatchSettings, Finding, Lang } from '@guide-forms/core';
import type { BatchItem } from './item.js';
import { titleKey } from './titles.js';

/** A finding about the batch as a whole, naming the items (序号) it concerns. */
export interface BatchFinding extends Finding {
  items: number[];
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

function unitOf(item: BatchItem): string {
  return item.creditCode ? `code:${item.creditCode.toUpperCase()}` : `name:${titleKey(item.unit)}`;
}

/**
 * Runs the call's cross-submission rules (`call.json#/batch/rules`) over the items: a
 * suggestion without its other half, the same suggestion twice, titles that differ only in
 * spacing or punctuation, more suggestions from one unit than `perUnitLimit`. Each finding is
 * added to the items it concerns and returned once for the batch.
 */
export function crossCheck(items: readonly BatchItem[], settings: BatchSettings | undefined, lang: Lang): BatchFinding[] {
  if (!settings) return [];
  const out: BatchFinding[] = [];
  const emit = (rule: BatchRule, item: BatchItem, vars: Record<string, string | number>, involved: number[]): void => {
    const message = fill(lang === 'en' ? rule.message.en : rule.message['zh-CN'], { title: item.title, unit: item.unit, ...vars });
    const finding: Finding = { rule: rule.id, severity: rule.severity, message, pointers: [], clause: rule.clause };
    item.findings.push(finding);
    if (rule.severity === 'block') item.ok = false;
    out.push({ ...finding, items: involved });
  };
  const checked = items.filter((i) => i.problem === null);
  for (const rule of settings.rules) {
    switch (rule.check) {
      case 'missing-summary':
        for (const i of checked) if (i.form && !i.summary) emit(rule, i, {}, [i.n]);
        break;
      case 'missing-form':
        for (const i of checked) if (!i.form && i.summary) emit(rule, i, {}, [i.n]);
        break;
      case 'same-title': {
        const first = new Map<string, BatchItem>();
        for (const i of checked) {
          if (!i.title) continue;
          const key = `${unitOf(i)}\u0000${i.title}`;
          const earlier = first.get(key);
          if (earlier) emit(rule, i, { other: earlier.n }, [earlier.n, i.n]);
          else first.set(key, i);
        }
        break;
      }
      case 'similar-title': {
        // A repeat of an earlier suggestion (same unit, same title) is compared through its first copy only.
        const seen = new Set<string>();
        const firsts = checked.filter((i) => {
          const key = `${unitOf(i)}\u0000${i.title}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        // Grouped by the folded title (one `titleKey` per item), each later one paired with the
        // group's first: a title sent by k units gives k − 1 pairs, not k(k − 1)/2 — 5,000 copies
        // of one title made 12.5 million pairs and ran a server out of memory.
        const byKey = new Map<string, number>();
        const pairs: [number, number][] = [];
        for (const [b, j] of firsts.entries()) {
          if (!j.title) continue;
          const key = titleKey(j.title);
          const a = byKey.get(key);
          if (a === undefined) byKey.set(key, b);
          else pairs.push([a, b]);
        }
        pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
        for (const [a, b] of pairs) {
          const i = firsts[a] as BatchItem;
          const j = firsts[b] as BatchItem;
          emit(rule, j, { other: i.n, otherUnit: i.unit, otherTitle: i.title }, [i.n, j.n]);
          emit(rule, i, { other: j.n, otherUnit: j.unit, otherTitle: j.title }, [i.n, j.n]);
          out.pop(); // one batch finding per pair, on both rows
        }
        break;
      }
      case 'per-unit-limit': {
        const limit = settings.perUnitLimit;
        if (limit === null) break;
        const byUnit = new Map<string, BatchItem[]>();
        for (const i of checked) {
          const unit = unitOf(i);
          const list = byUnit.get(unit);
          if (list) list.push(i);
          else byUnit.set(unit, [i]);
        }
        for (const list of byUnit.values()) {
          if (list.length <= limit) continue;
          for (const [k, i] of list.slice(limit).entries()) {
            emit(
              rule,
              i,
              { limit, count: list.length, index: limit + k + 1 },
              list.map((x) => x.n),
            );
          }
        }
        break;
      }
    }
  }
  return out;
}
