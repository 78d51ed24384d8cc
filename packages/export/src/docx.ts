import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  type IRunOptions,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { PaperDocument, PaperPart, PaperRow, ReviewBox } from './model.js';
import { xmlSafe } from './text.js';

// GB/T 9704-2012: A4, top margin 37 mm, inner margin 28 mm, type area 156 × 225 mm.
const MM = 56.6929; // twips per millimetre
const AREA = Math.round(156 * MM);
const LABEL = Math.round(AREA * 0.3);
const VALUE = AREA - LABEL;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' }; // 0.75 pt
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

// Fonts a Chinese Windows machine has; 方正小标宋简体 is named first for the title and Word
// falls back where it is missing, as the standard's practice expects.
const SONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEI = { ascii: '黑体', hAnsi: '黑体', eastAsia: '黑体', cs: '黑体' };
const XIAOBIAOSONG = { ascii: '方正小标宋简体', hAnsi: '方正小标宋简体', eastAsia: '方正小标宋简体', cs: '方正小标宋简体' };

/** Runs of a text, one line break per `\n` (Word does not honour newlines inside a run). */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'break'> = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function para(text: string, opts: { bold?: boolean; hei?: boolean; center?: boolean; keepNext?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, {
      ...(opts.hei ? { font: HEI } : {}),
      ...(opts.size ? { size: opts.size } : {}),
      ...(opts.bold ? { bold: true } : {}),
    }),
    ...(opts.center ? { alignment: AlignmentType.CENTER } : {}),
    ...(opts.keepNext ? { keepNext: true } : {}),
  });
}

const shade = (fill: string) => ({ fill, type: ShadingType.CLEAR, color: 'auto' });

function cell(children: (Paragraph | Table)[], width: number, options: { span?: number; fill?: string } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: shade(options.fill) } : {}),
  });
}

function row(cells: TableCell[], options: { header?: boolean; minHeight?: number } = {}): TableRow {
  return new TableRow({
    children: cells,
    cantSplit: true,
    ...(options.header ? { tableHeader: true } : {}),
    ...(options.minHeight ? { height: { value: options.minHeight, rule: HeightRule.ATLEAST } } : {}),
  });
}

const full = (children: (Paragraph | Table)[], fill?: string, minHeight?: number): TableRow =>
  row([cell(children, AREA, { span: 2, ...(fill ? { fill } : {}) })], minHeight ? { minHeight } : {});

const ROW = Math.round(8 * MM); // a short answer's row: at least 8 mm, as on a form filled by hand
const labelled = (label: string, value: (Paragraph | Table)[]): TableRow =>
  row([cell([para(label)], LABEL, { fill: 'F7F7F7' }), cell(value, VALUE)], { minHeight: ROW });

// Word repeats header rows only in a top-level table, and only rows contiguous with its first row
// (ECMA-376 §17.4.49; nested tables never repeat theirs). So a list (考核节点, 合作单位) is not
// nested in the form's table: it is a top-level table of its own, of the same width, between two
// parts of the form's table, its label row and column-header row marked to repeat on each page.
function subTable(r: Extract<PaperRow, { kind: 'table' }>): Table {
  const total = r.weights.reduce((a, b) => a + b, 0);
  const widths = r.weights.map((w) => Math.floor((w / total) * AREA));
  widths[widths.length - 1] = AREA - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  const body = r.rows.length ? r.rows : [r.columns.map(() => '')];
  return new Table({
    width: { size: AREA, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      row([cell([para(r.label, { keepNext: true })], AREA, { span: widths.length, fill: 'F7F7F7' })], { header: true }),
      row(
        r.columns.map((c, i) => cell([para(c, { center: true, size: 21, keepNext: true })], widths[i] as number, { fill: 'F2F2F2' })),
        { header: true },
      ),
      ...body.map((cells) => row(cells.map((c, i) => cell([para(c, { center: i === 0, size: 21 })], widths[i] as number)))),
    ],
  });
}

/** Rows of the form's own two-column table; a list is a table of its own (see {@link subTable}). */
function rowsOf(r: Exclude<PaperRow, { kind: 'table' }>): TableRow[] {
  switch (r.kind) {
    case 'group':
      return [full([para(r.label, { keepNext: true })], 'F2F2F2')];
    case 'field':
      return r.long
        ? [full([para(r.label, { keepNext: true })], 'F7F7F7'), full([para(r.text)], undefined, Math.round(24 * MM))]
        : [labelled(r.label, [para(r.text)])];
    case 'checks':
      return [full(r.items.map((i) => para(`${i.checked ? '☑' : '☐'} ${i.label}`)))];
  }
}

const formTable = (rows: TableRow[]): Table =>
  new Table({ width: { size: AREA, type: WidthType.DXA }, columnWidths: [LABEL, VALUE], borders: BORDERS, rows });

// Two tables with nothing between them are one table to Word: a 1-pt paragraph keeps them apart
// (their borders then read as one rule) and keeps the list's first rows with what precedes it.
const joint = (): Paragraph =>
  new Paragraph({
    keepNext: true,
    children: [new TextRun({ text: '', size: 2 })],
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
  });

/** A part's sections as tables: runs of the form's rows, and each list as a table of its own. */
function sectionTables(sections: PaperPart['sections']): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const push = (table: Table) => {
    if (out.length) out.push(joint());
    out.push(table);
  };
  const flush = () => {
    if (rows.length) push(formTable(rows));
    rows = [];
  };
  for (const s of sections) {
    rows.push(full([para(s.title, { hei: true, center: true, keepNext: true })], 'E6E6E6'));
    for (const r of s.rows) {
      if (r.kind === 'table') {
        flush();
        push(subTable(r));
      } else rows.push(...rowsOf(r));
    }
  }
  flush();
  return out;
}

function reviewTable(box: ReviewBox): Table {
  const items = box.items.length
    ? box.items.flatMap((i) => [
        para(`${i.mark} ${i.ref} ${i.message}`),
        ...(i.clause ? [para(`${box.clauseLabel}：“${i.clause}”`, { size: 21 })] : []),
      ])
    : [para('—')];
  return new Table({
    width: { size: AREA, type: WidthType.DXA },
    columnWidths: [LABEL, VALUE],
    borders: BORDERS,
    rows: [
      full([para(box.title, { hei: true, center: true, keepNext: true })], 'E6E6E6'),
      ...box.rows.map((r) => labelled(r.label, [para(r.text)])),
      labelled(box.itemsLabel, items),
      row([cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(box.signature) })], AREA, { span: 2 })], {
        minHeight: Math.round(14 * MM),
      }),
    ],
  });
}

function partChildren(part: PaperPart, first: boolean): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: runs(part.attachment, { font: HEI, size: 32 }), pageBreakBefore: !first }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 240 },
      children: runs(part.title, { font: XIAOBIAOSONG, size: 44 }),
    }),
    ...sectionTables(part.sections),
    new Paragraph({}),
    reviewTable(part.review),
  ];
}

/**
 * The paper attachment as a Word document (docx): A4 with GB/T 9704-2012 margins, the 附件
 * mark in 黑体, the title in 方正小标宋简体 (falling back to 黑体), the bordered form in 宋体 小四, lists
 * as tables of their own whose label and header rows Word repeats on every page, rows that never
 * split, page numbers “— 1 —”.
 *
 * @example
 * writeFileSync('key-rd.docx', await paperDocx(buildPaper([{ form, data, verdict }])));
 */
export function paperDocument(doc: PaperDocument): Document {
  return new Document({
    creator: 'guide-forms',
    title: doc.parts.map((p) => `${p.attachment} ${p.title}`.trim()).join(' · '),
    styles: {
      default: { document: { run: { font: SONG, size: 24 }, paragraph: { spacing: { line: 300, lineRule: LineRuleType.AUTO } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
              footer: Math.round(20 * MM),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })],
              }),
            ],
          }),
        },
        children: doc.parts.flatMap((p, i) => partChildren(p, i === 0)),
      },
    ],
  });
}

/** The DOCX file's bytes (Node and browsers alike). */
export async function paperDocx(doc: PaperDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(paperDocument(doc)));
}
