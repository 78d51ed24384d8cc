import type { Lang } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';

const STRINGS = {
  'zh-CN': { print: '打印', word: '下载Word版', busy: '正在生成 Word 文件…', failed: '未能生成 Word 文件：' },
  en: { print: 'Print', word: 'Download Word', busy: 'Making the Word file…', failed: 'Could not make the Word file: ' },
} as const;

/** Where the two paper actions stand: idle, making the DOCX, or failed with a message. */
export type PaperActionState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string };

/**
 * “打印” and “下载Word版”: the filled form as the applicant's own paper copy. Printing uses the
 * element's print stylesheet; the Word file is the attachment as the bureau prints it.
 */
export function paperActions(lang: Lang, state: PaperActionState, print: () => void, word: () => void): TemplateResult {
  const t = STRINGS[lang === 'en' ? 'en' : 'zh-CN'];
  return html`<div class="paper-actions">
    <button type="button" part="button" @click=${print}>${t.print}</button>
    <button type="button" part="button" ?disabled=${state.kind === 'busy'} aria-busy=${state.kind === 'busy' ? 'true' : 'false'} @click=${word}>${t.word}</button>
    <span role="status" class="paper-status"
      >${state.kind === 'busy' ? t.busy : state.kind === 'failed' ? `${t.failed}${state.message}` : nothing}</span
    >
  </div>`;
}
