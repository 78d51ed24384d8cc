/**
 * Entry of `dist/guide-form.export.iife.js`: the DOCX code for pages that use the IIFE build,
 * as a classic script defining the global `GuideFormsExport`. `guide-form.iife.js` adds it on
 * the first “下载Word版” (see `export/load-export.iife.ts`); a page never loads it otherwise.
 *
 * @example
 * <script src="guide-form.iife.js"></script>  <!-- guide-form.export.iife.js sits next to it -->
 */
export { buildPaper, paperDocx } from '@guide-forms/export';
