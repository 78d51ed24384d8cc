import type { Lang } from '@guide-forms/core';
import type { DraftStrings } from './draft-strings.js';
import { loadEnglishStrings } from './load-strings-en.js';

/**
 * Every UI string of the elements in Chinese, the default. Schema texts come from the schema.
 * The English ones are `strings-en.ts`, fetched for `lang="en"` only (`load-strings-en.ts`).
 */
const ZH = {
  submit: '提交',
  /** The way on to a paired call's summary form, named by its title and attachment (`summaryName`). */
  summaryButton: (form: string) => `填写${form}`,
  attachment: (label: string) => label,
  loading: '正在加载表单…',
  select: '请选择',
  add: (what: string) => `添加${what}`,
  remove: (n: number) => `删除第 ${n} 条`,
  moveUp: (n: number) => `上移第 ${n} 条`,
  moveDown: (n: number) => `下移第 ${n} 条`,
  removeText: '删除',
  moveUpText: '上移',
  moveDownText: '下移',
  row: (title: string, n: number) => `${title} 第 ${n} 条`,
  item: (title: string, n: number) => `${title} ${n}`,
  count: (n: number, max: number) => `${n} / ${max} 字`,
  errorSummaryTitle: (n: number) => `有 ${n} 处需要修改后才能提交`,
  /** The window is not open: nothing to fix there, but the form cannot be submitted now. */
  errorSummaryClosed: (n: number) => (n ? `现在不能提交；另有 ${n} 处需要修改` : '现在不能提交'),
  /** Said politely when the number of problems to fix changes after the summary was shown. */
  errorSummaryLeft: (n: number) => (n ? `还有 ${n} 处需要修改` : '需要修改之处已全部改好'),
  errorSummaryIntro: '点击下列各项可跳转到对应的填写位置：',
  panelTitle: '资格审查',
  panelOk: '未发现不符合通知要求的情形',
  panelUnresolved: (n: number) => `本表还有 ${n} 处填写错误未改正，尚不能提交。`,
  severity: { block: '不符合要求（须修改）', warn: '提示（建议核实）', info: '优先支持' },
  clause: '通知原文：',
  route: '归口处室',
  phone: '电话',
  review: '经所属科研部门审核后统一提交',
  direct: '由单位直接提交',
  recommender: '推荐单位',
  recommended: '报送推荐单位，由其统一推荐',
  recommenderUnknown: '选择推荐单位后，这里显示推荐单位',
  window: '报送时间',
  errorTitle: '无法显示表单',
  errorFile: '文件',
  errorPointer: '位置',
  submitted: '已通过检查，可以提交',
  yes: '是',
  no: '否',
  essentialsTitle: '报送须知',
  howTitle: (platform: string) => `如何提交：${platform}`,
  platformUrl: '平台网址',
  support: '平台技术支持',
  routeUnknown: '选择所属领域后，这里显示归口处室和电话',
  panelPending: '开始填写后，这里会列出与通知要求不符之处，并引用通知原文。',
  tocTitle: '本表目录',
  tocState: { empty: '未填写', partial: '填写中', done: '已完成' },
  tocProblems: (n: number) => `${n} 处需修改`,
  reviewTitle: '提交前请核对填写内容',
  reviewIntro: '以下是将要提交的全部内容。需要改动的，点击该项右侧的“修改”。',
  change: '修改',
  notAnswered: '未填写',
  confirm: '确认提交',
  back: '返回修改',
  submitting: '正在提交…',
  submitDone: '已提交成功，草稿已删除。',
  submitFailed: (why: string) => `提交未成功${why ? `：${why}` : ''}。填写内容仍保存在草稿中，可稍后再试。`,
  handedOver: '已交由本页面提交；草稿会保留，直到页面确认提交成功。',
  yearPart: '年',
  monthPart: '月',
  monthHint: '例如 2023 年 6 月：年填 4 位数字，月填 1–12',
  partLoading: '正在加载…',
  partFailed: '未能加载表单的这一部分，请检查网络后刷新页面再试。',
};

/** The UI strings of one language; the English ones carry the draft notices' too (the Chinese are in their chunk). */
export type UiStrings = typeof ZH & { draft?: DraftStrings };

let english: UiStrings | null = null;

/**
 * The UI strings for `lang` (`en`, or zh-CN for anything else). English is there once
 * {@link loadUiStrings} has fetched it (the element does before it renders in English);
 * until then this answers in Chinese.
 *
 * @example
 * await loadUiStrings('en');
 * uiStrings('en').submit; // 'Submit'
 */
export function uiStrings(lang: Lang): UiStrings {
  return lang === 'en' && english ? english : ZH;
}

/**
 * Fetches the UI strings of `lang` (English is its own chunk; Chinese is always here).
 *
 * @example
 * const t = await loadUiStrings('en');
 */
export function loadUiStrings(lang: Lang): Promise<UiStrings> {
  if (lang !== 'en') return Promise.resolve(ZH);
  return loadEnglishStrings().then((en) => {
    english = en;
    return en;
  });
}

/** Maps an element's `lang` attribute to a message language: `en*` → `en`, else `zh-CN`. */
export function toLang(lang: string | null | undefined): Lang {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}
