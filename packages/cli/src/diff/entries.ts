import type { Json } from '@guide-forms/core/node';

/**
 * One line of the change list: a value that changed (`from` → `to`), or a list that gained
 * and lost items (`added`, `removed`). `what` names it the way the file does
 * (`departments.gaoxin.phone`, `optionsEn.京津冀`).
 */
export interface Entry {
  what: string;
  from?: Json | undefined;
  to?: Json | undefined;
  added?: string[];
  removed?: string[];
}

const isPlain = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Added and removed items of two lists, by value. */
export function listEntry(what: string, a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): Entry | null {
  const from = (a ?? []).map(show);
  const to = (b ?? []).map(show);
  const added = to.filter((x) => !from.includes(x));
  const removed = from.filter((x) => !to.includes(x));
  if (added.length || removed.length) return { what, added, removed };
  return from.join('\u0000') === to.join('\u0000') ? null : { what: `${what}（顺序 order）`, from: from as Json, to: to as Json };
}

/**
 * The change list between two JSON values, entry by entry: objects key by key (also one
 * present on one side only), lists of plain values as items added and removed, anything else
 * as old → new. A value present on one side only is an entry with `from` or `to` missing.
 *
 * @example
 * entries('optionsEn', { 苏州市: 'Suzhou' }, { 北京市: 'Beijing' });
 * // [{ what: 'optionsEn.苏州市', from: 'Suzhou', to: undefined }, { what: 'optionsEn.北京市', from: undefined, to: 'Beijing' }]
 */
export function entries(what: string, a: unknown, b: unknown, out: Entry[] = []): Entry[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  // An object added or removed whole (a region's optionsDetail) is listed leaf by leaf too: a
  // division head reads “extra.title.zh-CN: 删除 “苏南示范区内的园区名””, not a JSON blob.
  if ((isPlain(a) || a === undefined) && (isPlain(b) || b === undefined)) {
    const x = a ?? {};
    const y = b ?? {};
    for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])]) entries(what ? `${what}.${key}` : key, x[key], y[key], out);
    return out;
  }
  if ((Array.isArray(a) || a === undefined) && (Array.isArray(b) || b === undefined) && [...(a ?? []), ...(b ?? [])].every(isScalar)) {
    const entry = listEntry(what, a as unknown[] | undefined, b as unknown[] | undefined);
    if (entry) out.push(entry);
    return out;
  }
  out.push({ what, from: a as Json | undefined, to: b as Json | undefined });
  return out;
}
