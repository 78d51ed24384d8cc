/** How a text control's string becomes data. */
export type TextKind = 'string' | 'number' | 'integer';

/**
 * The data for what was typed: empty → `undefined` (so `required` reports it), a number
 * for numeric fields when the text is one, otherwise the text itself — kept, so the
 * schema can say "应为数字" and nothing typed is lost.
 */
export function parseText(kind: TextKind, text: string): unknown {
  if (kind === 'string') return text === '' ? undefined : text;
  const trimmed = text.trim().replace(/，/g, ',').replace(/,/g, '');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) && Number.isFinite(n) ? n : text;
}

/** What a text control shows for a value. */
export function formatText(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
