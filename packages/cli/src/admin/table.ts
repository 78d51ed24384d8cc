import { isWide } from '../wide.js';

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    w += isWide(ch) ? 2 : 1;
  }
  return w;
}

/**
 * A plain-text table with aligned columns (CJK counted as two columns).
 *
 * @example
 * table(['结果', '用例'], [['✓', '恰好 200 万元']]);
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] as number) - width(c))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
