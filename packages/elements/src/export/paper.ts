/**
 * The paper actions as the element loads them, after the form is on screen: the buttons and
 * what 下载Word版 does (the DOCX code itself loads on the first click, see `load-export.ts`).
 */
export { docxBlob, docxFileName, saveBlob } from './docx-file.js';
export { paperActions } from './paper-actions.js';
