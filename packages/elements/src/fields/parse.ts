import { exactNumber } from '@guide-forms/core';

/** How a text control's string becomes data. */
export type TextKind = 'string' | 'number' | 'integer';

/**
 * The data for what was typed: empty → `undefined` (so `required` reports it), a number
 * for numeric fields when the text is one that a double holds as typed, otherwise the text
 * itself — kept, so the schema can say "应为数字" and nothing typed is lost or rounded.
 */
export function parseText(kind: TextKind, text: string): unknown {
  if (kind === 'string') return text === '' ? undefined : text;
  const trimmed = text.trim().replace(/，/g, ',').replace(/,/g, '');
  if (trimmed === '') return undefined;
  // Only a number that reads back as typed: 199.999999999999999 would be stored as 200 and
  // pass R14, so it stays text and the schema says 应填写数字 (decisions §14).
  const n = exactNumber(trimmed);
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) && n !== undefined ? n : text;
}

/** What a text control shows for a value. */
export function formatText(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
