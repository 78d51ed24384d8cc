import type { FormDefinition, Lang, Verdict } from '@guide-forms/core';
import { loadExport } from './load-export.js';

/** The MIME type of a Word document. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The filled form as the Word attachment (the same document `guide-forms export` writes).
 * The DOCX code — the `docx` package and `@guide-forms/export`, ~53 K gzip — loads on the first
 * call only (an ESM chunk, or for the IIFE build the script `guide-form.export.iife.js`): a page
 * that never exports never downloads it.
 *
 * @example
 * const blob = await docxBlob(form, el.value, el.verdict, 'zh-CN');
 */
export async function docxBlob(form: FormDefinition, value: unknown, verdict: Verdict, lang: Lang): Promise<Blob> {
  const { buildPaper, paperDocx } = await loadExport();
  const bytes = await paperDocx(buildPaper([{ form, data: value, verdict }], { lang }));
  return new Blob([bytes as BlobPart], { type: DOCX_TYPE });
}

/** `附件2-重点科技研发计划指南建议征集表-<建议名称>.docx`, without characters a file system refuses. */
export function docxFileName(form: FormDefinition, value: unknown): string {
  const schema = form.schema;
  const content = (value as { content?: { title?: unknown }; project?: { directionTitle?: unknown } } | null) ?? {};
  const title = [content.content?.title, content.project?.directionTitle].find((t) => typeof t === 'string' && t.trim());
  const parts = [schema['x-attachment'], schema.title, title].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  const name = parts
    .join('-')
    .replace(/[\\/:*?"<>|]/g, '_')
    // Control characters, which file systems refuse too (a loop: the lint refuses them in a regex).
    .split('')
    .map((c) => (c.charCodeAt(0) < 0x20 ? '_' : c))
    .join('')
    .slice(0, 120);
  return `${name || form.category}.docx`;
}

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  // The download has started by the next task; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
