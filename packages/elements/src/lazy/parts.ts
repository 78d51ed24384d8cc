/**
 * The element's lazily loaded parts, one chunk each in the ESM build (inlined in the IIFE).
 * A page showing a Chinese form fetches none of them before the applicant needs one:
 * the review on 提交, the draft notices when a draft was restored or set aside, the month
 * widget when a month field is on screen, the English strings for `lang="en"`.
 *
 * The paper actions (打印, 下载Word版, under the submit bar) are not lazy: every page showing a
 * form shows them, and as a chunk of their own they raced the form's chunks — arriving after
 * the form's first render, they asked for a second render of the whole form, which
 * `updateComplete` waited for (decisions I13g-1). They are in the entry (`PaperControl`, 1.1 K
 * gzip); the DOCX code they load on the first 下载Word版 stays a chunk of its own.
 */
import { loadUiStrings } from '../i18n/strings.js';
import { LazyPart } from './lazy-part.js';

/** “Check your answers” (提交 on an ok form). */
export const reviewPart = new LazyPart(() => import('../guide-form/review.js'));
/** The notices about a restored, set-aside or unsaved draft (the saving itself is always there). */
export const draftNoticesPart = new LazyPart(() => import('../guide-form/draft-notices.js'));
/** The year + month widget of 节点时间 and the like. */
export const monthPart = new LazyPart(() => import('../fields/month.js'));
/** The UI strings in English. */
export const englishPart = new LazyPart(() => loadUiStrings('en'));
