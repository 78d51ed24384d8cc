import type { Lang } from '@guide-forms/core';

/**
 * The paper attachment as a document model: what the bureau prints, independent of the file
 * format. Built once from schema + data + verdict ({@link buildPaper}); the HTML and the DOCX
 * writers only lay it out, so the two never disagree about a label, a value or their order.
 *
 * @example
 * const paper = buildPaper([{ form, data, verdict }], { lang: 'zh-CN' });
 * paper.parts[0].attachment; // '附件2'
 */
export interface PaperDocument {
  lang: Lang;
  /** One part per form; the 凝练表 (附件7) follows its 征集表 on a new page. */
  parts: PaperPart[];
}

/** One attachment: its mark, its title, one bordered table of sections, and the reviewer's box. */
export interface PaperPart {
  /** The attachment mark, e.g. `附件2` (empty when the schema has no `x-attachment`). */
  attachment: string;
  title: string;
  sections: PaperSection[];
  review: ReviewBox;
}

/** A top-level block of the form (单位信息, 建议内容, 指标 …): a shaded heading row, then its rows. */
export interface PaperSection {
  pointer: string;
  title: string;
  rows: PaperRow[];
}

/** A labelled value: short ones sit right of their label, long ones (`long`) take a full-width row under it. */
export interface FieldRow {
  kind: 'field';
  pointer: string;
  label: string;
  text: string;
  long: boolean;
}

/** A sub-heading for a nested object (约束性指标, 学术性指标). */
export interface GroupRow {
  kind: 'group';
  pointer: string;
  label: string;
}

/** A repeating item (考核节点, 合作单位, 团队成员) as a sub-table: 序号 first, a header row that repeats. */
export interface TableRow {
  kind: 'table';
  pointer: string;
  label: string;
  columns: string[];
  /** Relative column widths: short values (序号, 单位, numbers) narrow, free text wide. */
  weights: number[];
  rows: string[][];
}

/** A block made only of yes/no statements (声明): ☑ / ☐ with the statement. */
export interface ChecksRow {
  kind: 'checks';
  pointer: string;
  items: { pointer: string; checked: boolean; label: string }[];
}

export type PaperRow = FieldRow | GroupRow | TableRow | ChecksRow;

/** One problem of the verdict as the reviewer reads it: mark, rule, message and the notice's words. */
export interface ReviewItem {
  severity: 'block' | 'warn' | 'info' | 'error';
  /** `✗`, `!`, `i` */
  mark: string;
  /** The rule id (`R14`) or the JSON Pointer of a form error. */
  ref: string;
  message: string;
  /** The notice's clause, for findings. */
  clause: string;
}

/** The last box, for the reviewer: the verdict, the route, and every problem with its clause. */
export interface ReviewBox {
  title: string;
  rows: { label: string; text: string }[];
  itemsLabel: string;
  /** Words before a clause: `通知原文` / `Notice`. */
  clauseLabel: string;
  items: ReviewItem[];
  /** The line the reviewer signs: `审核人：…  年  月  日`. */
  signature: string;
}
