/**
 * `@guide-forms/export` — the paper attachment: one document model from schema + data + verdict,
 * written as DOCX or as printable HTML. Browser-safe (no Node modules, depends only on core and
 * `docx`): `guide-forms export`/`batch` use it in Node, and `<guide-form>`'s “下载Word版” loads it
 * on demand (a chunk of its own, never in the page's first download).
 *
 * @example
 * import { buildPaper, paperDocx, paperHtml } from '@guide-forms/export';
 * const paper = buildPaper([{ form, data, verdict }], { lang: 'zh-CN' });
 * const bytes = await paperDocx(paper); // a .docx as Uint8Array
 * const html = paperHtml(paper); // one self-contained printable page
 */
export { buildPaper, type PaperInput } from './build.js';
export { paperDocument, paperDocx } from './docx.js';
export { escapeHtml, paperHtml } from './html.js';
export type * from './model.js';
export { reviewItems, submissionText, verdictText } from './review.js';
export { dateText, valueText, xmlSafe, yesNo } from './text.js';
