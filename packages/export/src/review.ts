import type { Lang, Route, Verdict } from '@guide-forms/core';
import type { ReviewBox, ReviewItem } from './model.js';
import { xmlSafe } from './text.js';

const MARK = { block: '✗', warn: '!', info: 'i', error: '✗' } as const;

/** How a route is submitted, in the reviewer's box: [zh-CN, en]. */
const HOW: Record<Route['submission'], [string, string]> = {
  direct: ['直接提交（企业）', 'Directly by the enterprise'],
  'institution-review': ['经所属科研部门审核后统一提交', 'Through the research office, after its review'],
  recommended: ['报送推荐单位，由其统一推荐', 'To the recommending unit, which recommends it'],
};

/** `直接提交` / `经科研部门审核` / `经推荐单位推荐` — the 提交方式 column of the 汇总表 and the reviewer's box. */
export function submissionText(submission: Route['submission'] | undefined, lang: Lang): string {
  if (!submission) return '';
  const text = {
    direct: ['直接提交', 'Direct'],
    'institution-review': ['经科研部门审核', 'Via research office'],
    recommended: ['经推荐单位推荐', 'Via recommending unit'],
  }[submission];
  return text[lang === 'en' ? 1 : 0] as string;
}

/** 通过 / 未通过, with why in a few words (填写错误 2 项；不符合条件 1 项；不在报送时间内). */
export function verdictText(v: Pick<Verdict, 'ok' | 'errors' | 'findings' | 'open'>, lang: Lang): string {
  if (v.ok) return lang === 'en' ? 'Passed' : '通过';
  const en = lang === 'en';
  const blocks = v.findings.filter((f) => f.severity === 'block').length;
  const why: string[] = [];
  if (v.errors.length) why.push(en ? `${v.errors.length} form error(s)` : `填写错误 ${v.errors.length} 项`);
  if (blocks) why.push(en ? `${blocks} eligibility problem(s)` : `不符合条件 ${blocks} 项`);
  if (!v.open) why.push(en ? 'outside the submission window' : '不在报送时间内');
  return en ? `Not passed (${why.join('; ')})` : `未通过（${why.join('；')}）`;
}

/** Every problem of a verdict, form errors first, then findings block → warn → info. */
export function reviewItems(v: Pick<Verdict, 'errors' | 'findings'>): ReviewItem[] {
  return [
    ...v.errors.map((e) => ({ severity: 'error' as const, mark: MARK.error, ref: e.pointer, message: xmlSafe(e.message), clause: '' })),
    ...v.findings.map((f) => ({
      severity: f.severity,
      mark: MARK[f.severity],
      ref: f.rule,
      message: xmlSafe(f.message),
      clause: f.clause,
    })),
  ];
}

/**
 * The reviewer's box at the end of the attachment: the verdict, the window, the route
 * (处室, phone, direct or via the research office) and every problem with the notice's clause.
 */
export function reviewBox(v: Verdict, lang: Lang): ReviewBox {
  const en = lang === 'en';
  const rows = [
    { label: en ? 'Check result' : '审核结论', text: verdictText(v, lang) },
    { label: en ? 'Submission window' : '报送时间', text: v.window.message },
    v.route?.submission === 'recommended'
      ? { label: en ? 'Recommending unit' : '推荐单位', text: `${v.route.department}　${v.route.phone}`.trim() }
      : {
          label: en ? 'Department' : '归口处室',
          text: v.route ? `${v.route.department}　${v.route.phone}` : en ? 'not decided (no field chosen)' : '未确定（未选择所属领域）',
        },
    {
      label: en ? 'How submitted' : '提交方式',
      text: v.route ? HOW[v.route.submission][en ? 1 : 0] : '',
    },
  ];
  return {
    title: en
      ? `For the reviewer (generated from the check, year ${v.year})`
      : // A recommended demand is read first by the unit that recommends it, not by a 处室 (Yichang).
        `审核意见（由系统按 ${v.year} 年度规则生成，供${v.route?.submission === 'recommended' ? '推荐单位' : '归口处室'}参考）`,
    rows,
    itemsLabel: en ? 'Problems and the notice’s clauses' : '问题及通知依据',
    clauseLabel: en ? 'Notice' : '通知原文',
    items: reviewItems(v),
    signature: en ? 'Reviewer: ____________    Date: ____ / __ / __' : '审核人（签字）：　　　　　　　　　　　　年　　月　　日',
  };
}
