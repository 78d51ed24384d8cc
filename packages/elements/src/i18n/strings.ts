import type { Lang } from '@guide-forms/core';

/** Every UI string of the elements, in both languages. Schema texts come from the schema. */
const STRINGS = {
  'zh-CN': {
    submit: '提交',
    summaryButton: '填写指南凝练信息表（附件7）',
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
    summaryTitle: (n: number) => `有 ${n} 处需要修改后才能提交`,
    summaryIntro: '点击下列各项可跳转到对应的填写位置：',
    panelTitle: '资格审查',
    panelOk: '未发现不符合通知要求的情形',
    severity: { block: '不符合要求（须修改）', warn: '提示（建议核实）', info: '优先支持' },
    clause: '通知原文：',
    route: '归口处室',
    phone: '电话',
    review: '经所属科研部门审核后统一提交',
    direct: '由单位直接提交',
    window: '报送时间',
    errorTitle: '无法显示表单',
    errorFile: '文件',
    errorPointer: '位置',
    submitted: '已通过检查，可以提交',
    yes: '是',
    no: '否',
  },
  en: {
    submit: 'Submit',
    summaryButton: 'Fill in the guide summary (Attachment 7)',
    loading: 'Loading the form…',
    select: 'Please choose',
    add: (what: string) => `Add ${what.toLowerCase()}`,
    remove: (n: number) => `Remove row ${n}`,
    moveUp: (n: number) => `Move row ${n} up`,
    moveDown: (n: number) => `Move row ${n} down`,
    removeText: 'Remove',
    moveUpText: 'Up',
    moveDownText: 'Down',
    row: (title: string, n: number) => `${title} ${n}`,
    item: (title: string, n: number) => `${title} ${n}`,
    count: (n: number, max: number) => `${n} / ${max} characters`,
    summaryTitle: (n: number) =>
      n === 1 ? 'There is 1 problem to fix before you can submit' : `There are ${n} problems to fix before you can submit`,
    summaryIntro: 'Select an item to go to the field:',
    panelTitle: 'Eligibility',
    panelOk: 'Nothing conflicts with the notice',
    severity: { block: 'Not eligible (must fix)', warn: 'Warnings (please check)', info: 'Priority support' },
    clause: 'The notice says: ',
    route: 'Division',
    phone: 'Phone',
    review: 'Submitted together by your research office after its review',
    direct: 'Submitted directly by your organisation',
    window: 'Submission window',
    errorTitle: 'The form cannot be shown',
    errorFile: 'File',
    errorPointer: 'Location',
    submitted: 'Checked: ready to submit',
    yes: 'Yes',
    no: 'No',
  },
} as const;

/** The UI strings of one language. */
export type UiStrings = (typeof STRINGS)['zh-CN'] | (typeof STRINGS)['en'];

/** The UI strings for `lang` (`en`, or zh-CN for anything else). */
export function uiStrings(lang: Lang): UiStrings {
  return STRINGS[lang === 'en' ? 'en' : 'zh-CN'];
}

/** Maps an element's `lang` attribute to a message language: `en*` → `en`, else `zh-CN`. */
export function toLang(lang: string | null | undefined): Lang {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}
