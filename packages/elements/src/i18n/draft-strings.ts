import type { Lang } from '@guide-forms/core';
import { uiStrings } from './strings.js';

/**
 * The Chinese texts of the draft notices: only `draft-notices.ts` says them, so they travel in its
 * chunk (fetched when there is a notice to show), not in every page's entry. The English ones are
 * `draft` of the English UI strings, fetched with them.
 */
const DRAFT_ZH = {
  draftRestored: (when: string) => (when ? `已恢复 ${when} 保存的草稿。` : '已恢复上次保存的草稿。'),
  draftDiscard: '放弃草稿，重新填写',
  draftKeep: '继续填写',
  draftAside: {
    corrupt: '上次保存的草稿已损坏，无法恢复；原内容已另存备份，表单从空白开始。',
    oversized: '上次保存的草稿过大，不像本表的内容，未恢复；原内容已另存备份，表单从空白开始。',
    foreign: '浏览器里保存的草稿不属于本表，未恢复；原内容已另存备份，表单从空白开始。',
    unusable: '上次保存的草稿无法显示，未恢复；原内容已另存备份，表单从空白开始。',
    partial: '草稿中有些内容与本表的格式不符，未能填入（见下方空着的栏目）；完整的原草稿已另存备份。',
    discarded: '已放弃草稿，表单重新开始；草稿内容已另存备份，没有删除。',
  },
  draftFull: '浏览器存储空间已满，最近的修改没能保存为草稿。请不要关闭本页，尽快提交，或清理浏览器存储后继续填写。',
};

/** The draft notices' texts. */
export type DraftStrings = typeof DRAFT_ZH;

/** The draft notices' texts in `lang` (Chinese until the English UI strings have arrived). */
export function draftStrings(lang: Lang): DraftStrings {
  return (lang === 'en' && uiStrings('en').draft) || DRAFT_ZH;
}
