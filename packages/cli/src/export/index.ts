/**
 * The paper attachment: one document model from schema + data + verdict, written as DOCX or
 * as printable HTML. Browser-safe (no Node modules): `<guide-form>`'s “下载Word版” loads it
 * on demand from `@guide-forms/cli/export`.
 */
export { buildPaper, type PaperInput } from './build.js';
export { paperDocument, paperDocx } from './docx.js';
export { escapeHtml, paperHtml } from './html.js';
export type * from './model.js';
export { reviewItems, submissionText, verdictText } from './review.js';
export { dateText, valueText, xmlSafe, yesNo } from './text.js';
