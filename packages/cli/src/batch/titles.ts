import type { BatchSettings } from '@guide-forms/core';
import { getPointer } from '@guide-forms/core/tooling';

/** The first non-empty string among the pointers, trimmed; `''` when none. */
export function textAt(data: unknown, pointers: string | readonly string[]): string {
  for (const p of typeof pointers === 'string' ? [pointers] : pointers) {
    const v = getPointer(data, p);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return '';
}

/**
 * A title with spacing and punctuation taken out, full-width folded to half-width (NFKC)
 * and Latin letters lower-cased: two titles that differ only in those compare equal.
 *
 * @example
 * titleKey('大连—苏州 PEM 电解水制氢（示范）') === titleKey('大连-苏州PEM电解水制氢(示范)'); // true
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}\u3000]/gu, '')
    .toLowerCase();
}

/** Who sent it: the 统一社会信用代码 when there is one (upper-cased), else the unit's name. */
export function unitKey(data: unknown, fields: BatchSettings['fields']): string {
  const code = textAt(data, fields.creditCode).toUpperCase();
  return code ? `code:${code}` : `name:${titleKey(textAt(data, fields.unit))}`;
}
