import type { HowToSubmit, Lang, Verdict } from '@guide-forms/core/node';
import { formatHowToSubmit } from './format-how-to-submit.js';

const MARK = { block: '✗', warn: '!', info: 'i' } as const;

/**
 * The human report of a verdict: status, route, window, errors and findings with their clauses,
 * then how to submit (platform, steps, the division's phone, technical support) when the call says.
 * `byRecommender`: the call routes by the recommending unit the applicant chooses (its `routing.recommender`).
 */
export function formatVerdict(v: Verdict, file: string, lang: Lang, how?: HowToSubmit, byRecommender = false): string {
  const en = lang === 'en';
  const lines: string[] = [];
  const status = v.ok
    ? en
      ? 'OK — valid, eligible and inside the window'
      : '通过：填写完整、符合条件，且在报送时间内'
    : en
      ? 'NOT OK'
      : '未通过';
  lines.push(`${file} · ${v.category} · ${v.year}: ${status}`);
  lines.push(en ? `Window: ${v.window.message}` : `报送时间：${v.window.message}`);
  if (v.route) {
    const how = {
      'institution-review': en ? 'submit through your research office after its review' : '经所属科研部门审核后统一提交',
      direct: en ? 'submit directly' : '可直接提交',
      recommended: en ? 'it recommends the demand to the bureau' : '由其统一推荐',
    }[v.route.submission];
    const to = `${v.route.department} ${v.route.phone}`.trim();
    const label = v.route.submission === 'recommended' ? (en ? 'Recommending unit' : '推荐单位') : en ? 'Goes to' : '归口处室';
    lines.push(en ? `${label}: ${to} (${how})` : `${label}：${to}（${how}）`);
  } else if (byRecommender) {
    // A call routed by the applicant's recommending unit (归口管理单位) knows it once one is chosen.
    lines.push(en ? 'Recommending unit: decided once one is chosen' : '推荐单位：选择推荐单位后确定');
  } else {
    lines.push(en ? 'Goes to: decided once the field (所属领域) is chosen' : '归口处室：选择所属领域后确定');
  }
  if (v.errors.length) {
    lines.push('', en ? `Form errors (${v.errors.length}):` : `填写错误（${v.errors.length} 项）：`);
    for (const e of v.errors) lines.push(`  ✗ ${e.message}  [${e.pointer}]`);
  }
  if (v.findings.length) {
    lines.push('', en ? `Eligibility (${v.findings.length}):` : `资格审查（${v.findings.length} 项）：`);
    for (const f of v.findings) {
      lines.push(`  ${MARK[f.severity]} ${f.rule} ${f.message}`);
      lines.push(`      ${en ? 'Notice' : '通知原文'}：“${f.clause}”`);
    }
  }
  const submit = formatHowToSubmit(how, v.route, lang);
  if (submit.length) lines.push('', ...submit);
  return `${lines.join('\n')}\n`;
}
