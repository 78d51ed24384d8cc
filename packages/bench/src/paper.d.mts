/** Files and their summed size (min and gzip -9 bytes). */
export interface Weight {
  files: string[];
  min: number;
  gzip: number;
}
/** A page's weight without exporting, and what the first 下载Word版 adds. */
export interface PaperWeight {
  page: Weight;
  onExport: Weight;
}
export const EXPORT_SCRIPT: string;
export function measurePaper(dist: string): { esm: PaperWeight; iife: PaperWeight };
export function paperSection(paper: { esm: PaperWeight; iife: PaperWeight }): string;
export function buildElements(): string;
