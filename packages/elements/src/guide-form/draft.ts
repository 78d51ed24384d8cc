/** What a draft holds: every field typed, hidden sections included. */
export interface Draft {
  category: string;
  data: unknown;
  savedAt: string;
}

const PREFIX = 'guide-form:';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed iframes): drafts are then off.
    return null;
  }
}

/** The draft saved under `key` for `category`, or null. A draft of another category is ignored. */
export function loadDraft(key: string, category: string): Draft | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Draft;
    return draft && draft.category === category ? draft : null;
  } catch {
    console.warn(`[guide-form] GF_DRAFT_UNREADABLE: the draft "${key}" is not JSON and was ignored`);
    return null;
  }
}

/** Saves the form's data under `key`. Quota errors are reported, not thrown. */
export function saveDraft(key: string, category: string, data: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ category, data, savedAt: new Date().toISOString() } satisfies Draft));
  } catch (error) {
    console.warn(`[guide-form] GF_DRAFT_NOT_SAVED: ${(error as Error).message}`);
  }
}

/** Removes the draft under `key`. */
export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}
