/**
 * The printable HTML's own stylesheet: A4 with the margins of GB/T 9704-2012 (top 37 mm, left
 * 28 mm, type area 156 × 225 mm), page numbers “— 1 —” centred at the bottom, one bordered
 * table, rows that never split, sub-table headers that repeat on a new page.
 */
export const PAPER_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font: 14pt "SimSun", "宋体", serif; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 156mm; color: #000; background: #fff;
  font: 12pt/1.5 "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; }
.part + .part { break-before: page; page-break-before: always; }
.mark { margin: 0 0 6pt; font: 16pt/1.5 "SimHei", "黑体", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { margin: 0 0 14pt; text-align: center; font-weight: normal;
  font: 22pt/1.4 "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimHei", "黑体", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 0.75pt solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; word-break: break-word; overflow-wrap: anywhere; }
th { font-weight: normal; }
col.label { width: 30%; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.section > th { background: #e6e6e6; font-family: "SimHei", "黑体", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; text-align: center; }
.group > th { background: #f2f2f2; }
.form th[scope="row"] { background: #f7f7f7; }
.long-label > th { background: #f7f7f7; break-after: avoid; page-break-after: avoid; }
.long > td { min-height: 24mm; height: 24mm; white-space: pre-wrap; }
.sub th, .sub td { font-size: 10.5pt; }
.sub thead th { background: #f2f2f2; text-align: center; }
.sub td.n { text-align: center; width: 3em; }
.cell-sub { padding: 0; }
.cell-sub > table th, .cell-sub > table td { border-top: 0; }
.cell-sub > table tr > :first-child { border-left: 0; }
.cell-sub > table tr > :last-child { border-right: 0; }
.cell-sub > table tbody tr:last-child > * { border-bottom: 0; }
.checks p { margin: 0; }
.review { margin-top: 12pt; }
.review .items { margin: 0; padding-left: 0; list-style: none; }
.review .items li { margin: 0 0 4pt; }
.review .clause { display: block; color: #333; font-size: 10.5pt; }
.review .sign { height: 14mm; vertical-align: bottom; text-align: right; }
@media screen { body { padding: 16px; } }
`;
