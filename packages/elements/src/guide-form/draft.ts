/** What a draft holds: every field typed, hidden sections included. */
export interface Draft {
  category: string;
  year: number;
  data: Record<string, unknown>;
  savedAt: string;
}

/**
 * Why a stored draft was set aside: instead of being restored (corrupt, oversized, foreign,
 * unusable), restored only in part (`partial`: what fits the form, the whole original kept), or
 * discarded by the applicant (`discarded`: 放弃草稿 keeps a copy, never deletes what was typed).
 */
export type AsideReason = 'corrupt' | 'oversized' | 'foreign' | 'unusable' | 'partial' | 'discarded';

/** What loading found: nothing, a draft to restore, or one set aside (kept under `asideKey`). */
export type DraftLoad =
  | { kind: 'none' }
  | { kind: 'draft'; draft: Draft }
  | { kind: 'aside'; reason: AsideReason; asideKey: string | null };

/** What saving did: saved, storage full (the applicant is told), or storage unavailable. */
export type DraftSave = 'saved' | 'full' | 'off';

const PREFIX = 'guide-form:';
const ASIDE = 'guide-form-aside:';
/** Larger than any honest draft of these forms (the largest filled one is ~10 KB). */
export const MAX_DRAFT_CHARS = 512 * 1024;
/** Deeper than any form's data (≤ 5 levels); a deeper draft was not written by a form. */
export const MAX_DRAFT_DEPTH = 32;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed iframes): drafts are then off.
    return null;
  }
}

/**
 * The storage key of one form's draft in one year: `guide-form:<draft-key>:<category>:<year>`, so
 * 附件2 and 附件7 of the same page never share a slot.
 *
 * @example
 * draftStorageKey('demo', 'key-rd', 2022); // 'guide-form:demo:key-rd:2022'
 */
export function draftStorageKey(key: string, category: string, year: number): string {
  return `${PREFIX}${key}:${category}:${year}`;
}

/** Depth of a JSON value, stopping as soon as it passes `limit` (no recursion: a hostile draft cannot overflow the stack). */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (depth > limit) return true;
    if (v && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Moves an unreadable draft out of the way (never deletes what someone typed); null when even that fails. */
function setAside(store: Storage, key: string, raw: string): string | null {
  const asideKey = `${ASIDE}${key.slice(PREFIX.length)}:${Date.now()}`;
  try {
    store.setItem(asideKey, raw);
    store.removeItem(key);
    return asideKey;
  } catch {
    return null;
  }
}

/** Checks a stored text is a draft of this form and year. */
function readDraft(raw: string, category: string, year: number): Draft | AsideReason {
  if (raw.length > MAX_DRAFT_CHARS) return 'oversized';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'corrupt';
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'foreign';
  const d = parsed as Partial<Draft>;
  if (d.category !== category || (d.year !== undefined && d.year !== year)) return 'foreign';
  if (!d.data || typeof d.data !== 'object' || Array.isArray(d.data)) return 'foreign';
  if (deeperThan(d.data, MAX_DRAFT_DEPTH)) return 'corrupt';
  return { category, year, data: d.data, savedAt: typeof d.savedAt === 'string' ? d.savedAt : '' };
}

/**
 * The draft of `category` in `year` under `key`. A draft that is not JSON, too large, too deep or
 * of another form is set aside (kept under a `guide-form-aside:` key) and reported, never applied.
 * A draft saved before drafts were per form (`guide-form:<key>`) is adopted when it is this form's.
 */
export function loadDraft(key: string, category: string, year: number): DraftLoad {
  const store = storage();
  if (!store) return { kind: 'none' };
  const slot = draftStorageKey(key, category, year);
  let raw: string | null;
  try {
    raw = store.getItem(slot);
    if (raw === null) {
      const legacy = store.getItem(PREFIX + key);
      if (legacy !== null && typeof readDraft(legacy, category, year) === 'object') {
        store.setItem(slot, legacy);
        store.removeItem(PREFIX + key);
        raw = legacy;
      }
    }
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  const draft = readDraft(raw, category, year);
  if (typeof draft === 'object') return { kind: 'draft', draft };
  return { kind: 'aside', reason: draft, asideKey: setAside(store, slot, raw) };
}

/**
 * Sets the stored draft aside (moved under a `guide-form-aside:` key): after it proved unusable,
 * when only part of it fits the form, or when the applicant discards it.
 */
export function setDraftAside(key: string, category: string, year: number): string | null {
  const store = storage();
  const slot = draftStorageKey(key, category, year);
  const raw = store?.getItem(slot);
  return store && raw ? setAside(store, slot, raw) : null;
}

/** Saves the form's data. A full quota is returned (for the applicant to see), never thrown. */
export function saveDraft(key: string, category: string, year: number, data: unknown): DraftSave {
  const store = storage();
  if (!store) return 'off';
  try {
    store.setItem(draftStorageKey(key, category, year), JSON.stringify({ category, year, data, savedAt: new Date().toISOString() }));
    return 'saved';
  } catch (error) {
    console.warn(`[guide-form] GF_DRAFT_NOT_SAVED: ${(error as Error).message}`);
    return (error as DOMException).name === 'QuotaExceededError' ? 'full' : 'off';
  }
}

/** Removes the draft of one form and year. */
export function clearDraft(key: string, category: string, year: number): void {
  try {
    storage()?.removeItem(draftStorageKey(key, category, year));
  } catch {
    // Nothing to remove where storage is blocked.
  }
}
