import { exactNumber } from '@guide-forms/core/tooling';

/** How a text control's string becomes data. */
export type TextKind = 'string' | 'number' | 'integer';

/** Full-width forms an IME in full-width mode types (０-９ ．，－＋ and the ideographic space). */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B\u3000]/g;

/** Full-width digits and signs as their ASCII twins: `２００．５` → `200.5`. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * The units a number may be typed with: the field's own (`万元`, `项`, `人`, `月`), and `万`
 * for 万元 — what people write after an amount (`200万`). Longest first, so `万元` wins over `万`.
 */
function unitsFor(unit: string | undefined): string[] {
  if (!unit) return [];
  return (unit === '万元' ? ['万元', '万'] : [unit]).sort((a, b) => b.length - a.length);
}

/**
 * The data for what was typed: empty → `undefined` (so `required` reports it), a number
 * for numeric fields when the text is one — full-width digits and a trailing unit of the
 * field (`２００万`, `200 万元` in a 万元 field) included — that a double holds as typed;
 * otherwise the text itself: kept, so the schema can say what to type and nothing typed is
 * lost or rounded (199.999999999999999 would be stored as 200 and pass R14; decisions §14.1).
 *
 * @example
 * parseText('number', '２００万', '万元'); // 200
 * parseText('number', '两百', '万元');     // '两百' (the form says: 请只填写数字)
 */
export function parseText(kind: TextKind, text: string, unit?: string): unknown {
  if (kind === 'string') return text === '' ? undefined : text;
  let trimmed = halfWidth(text).trim().replace(/，/g, ',').replace(/,/g, '');
  for (const u of unitsFor(unit)) {
    if (trimmed.endsWith(u)) {
      trimmed = trimmed.slice(0, -u.length).trim();
      break;
    }
  }
  if (trimmed === '') return text.trim() === '' ? undefined : text;
  const n = exactNumber(trimmed);
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) && n !== undefined ? n : text;
}

/** What a text control shows for a value. */
export function formatText(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}
