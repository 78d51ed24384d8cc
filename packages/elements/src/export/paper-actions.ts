import type { Lang } from '@guide-forms/core';
import { html, nothing, type TemplateResult } from 'lit';

const STRINGS = {
  'zh-CN': {
    print: '打印',
    word: '下载Word版',
    busy: '正在生成 Word 文件…',
    done: '已生成 Word 文件：',
    failed: '未能生成 Word 文件：',
    unloaded: '未能加载 Word 生成组件，请检查网络后再试：',
  },
  en: {
    print: 'Print',
    word: 'Download Word',
    busy: 'Making the Word file…',
    done: 'Word file made: ',
    failed: 'Could not make the Word file: ',
    unloaded: 'Could not load the Word generator; check the connection and try again: ',
  },
} as const;

/**
 * Where the two paper actions stand: idle, making the DOCX, done (the file's name), or failed with a
 * message — `unloaded` when the DOCX code itself could not be fetched (worth a retry), else `failed`.
 */
export type PaperActionState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed' | 'unloaded'; message: string };

/**
 * “打印” and “下载Word版”: the filled form as the applicant's own paper copy. Printing uses the
 * element's print stylesheet; the Word file is the attachment as the bureau prints it. While the
 * file is made the button is `aria-disabled`, not `disabled`: a disabled button would drop the
 * focus to <body>. The status under the buttons says politely when the file is ready.
 */
export function paperActions(lang: Lang, state: PaperActionState, disabled: boolean, print: () => void, word: () => void): TemplateResult {
  const t = STRINGS[lang === 'en' ? 'en' : 'zh-CN'];
  return html`<div class="paper-actions">
    <button type="button" part="button" ?disabled=${disabled} @click=${print}>${t.print}</button>
    <button type="button" part="button" ?disabled=${disabled} aria-disabled=${state.kind === 'busy' ? 'true' : 'false'} aria-busy=${state.kind === 'busy' ? 'true' : 'false'} @click=${word}>${t.word}</button>
    <span role="status" class="paper-status"
      >${state.kind === 'busy' ? t.busy : state.kind === 'idle' ? nothing : `${t[state.kind]}${state.message}`}</span
    >
  </div>`;
}
