import { isWide } from '../wide.js';

/**
 * How the 汇总表 prints: row heights for wrapped text, page header and footer. Spreadsheet programs
 * do not grow a row for wrapped text they did not lay out themselves (LibreOffice keeps the default
 * height; Excel only when it recalculates), so the sheet carries each row's height.
 */

/** Points a line of 11-pt text needs in a row (Excel's default row is 15 pt). */
export const LINE_PT = 15;
/** Padding above and below the lines of a row, in points. */
const PADDING_PT = 3;

/**
 * The width of a text in Excel's column-width units (one is a digit of the default font): a CJK or
 * full-width character takes about two (1.9: Excel's 等线 needs ~2, LibreOffice ~1.8; erring wide
 * leaves a little space under a row rather than clipping its last line).
 *
 * @example
 * textUnits('附件2'); // 4.8
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) {
    units += isWide(ch) ? 1.9 : 1;
  }
  return units;
}

/**
 * Lines a value takes in a column `width` units wide, wrapped (at least one).
 *
 * @example
 * linesIn('R19 技术交易额应在 500 万元以上', 10); // 3
 */
export function linesIn(value: unknown, width: number): number {
  // A cell's inner width is about one unit less than the column (its padding).
  const room = Math.max(1, width - 1);
  return String(value ?? '')
    .split(/\r\n|\r|\n/)
    .reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / room)), 0);
}

/** A row's height in points, tall enough for its tallest wrapped cell. */
export function rowHeight(values: readonly unknown[], widths: readonly number[]): number {
  const lines = Math.max(1, ...values.map((v, i) => linesIn(v, widths[i] ?? 10)));
  return lines * LINE_PT + PADDING_PT;
}

/** Text for Excel's page header/footer: `&` starts a code there, so a literal one is doubled. */
export function headerText(text: string): string {
  return text.replace(/&/g, '&&');
}
