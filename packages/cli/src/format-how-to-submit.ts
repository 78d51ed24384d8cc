import type { HowToSubmit, Lang, Route } from '@guide-forms/core/node';

/**
 * The “how to submit” block of `check`: the platform and its address, the steps as the notice
 * gives them (点选“指南征集”, both the 征集表 and the 凝练表), the division to call once the route is
 * known, and the platform's technical support. Empty when the call file has no `howToSubmit`.
 *
 * @example
 * formatHowToSubmit(call.howToSubmit, verdict.route, 'zh-CN');
 * // ['如何报送：', '  平台：大连市科技项目管理信息平台 http://218.60.90.30/kjjpm/user/login.html', '  1. 登录（注册）…', …]
 */
export function formatHowToSubmit(how: HowToSubmit | undefined, route: Route | null, lang: Lang): string[] {
  if (!how) return [];
  const en = lang === 'en';
  const colon = en ? ': ' : '：';
  const lines = [en ? 'How to submit:' : '如何报送：'];
  lines.push(`  ${en ? 'Platform' : '平台'}${colon}${en ? how.platform.name.en : how.platform.name['zh-CN']} ${how.platform.url}`);
  (en ? how.steps.en : how.steps['zh-CN']).forEach((step, i) => {
    lines.push(`  ${i + 1}. ${step}`);
  });
  // The office and its phone are known once the form says where it goes (category or field).
  lines.push(
    route
      ? en
        ? `  Questions about the programme: ${route.department} ${route.phone}`
        : `  业务咨询：${route.department} ${route.phone}`
      : en
        ? '  Questions about the programme: the division is known once the field (所属领域) is chosen'
        : '  业务咨询：选择所属领域后确定处室和电话',
  );
  if (how.support?.length) {
    const contacts = how.support.map((s) => `${s.name} ${s.phone}`).join(en ? '; ' : '；');
    lines.push(`  ${en ? 'Platform support' : '技术支持'}${colon}${contacts}`);
  }
  return lines;
}
