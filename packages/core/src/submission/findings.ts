import type { CompiledRule } from '../rules/compile.js';
import { formatMessage } from '../rules/message.js';
import type { Finding, Lang } from '../types.js';

/** The finding of a rule that failed on `data`, its message filled from `data` and the rule's params. */
export function ruleFinding(compiled: CompiledRule, data: unknown, lang: Lang): Finding {
  const { rule } = compiled;
  return {
    rule: rule.id,
    severity: rule.severity,
    message: formatMessage(lang === 'en' ? rule.message.en : rule.message['zh-CN'], rule.params ?? {}, data, lang),
    pointers: [...rule.fields],
    clause: rule.clause,
  };
}

/** A rule that threw while evaluating blocks, and names its file and pointer for the administrator. */
export function brokenFinding(compiled: CompiledRule, lang: Lang): Finding {
  const { rule } = compiled;
  return {
    rule: rule.id,
    severity: 'block',
    message:
      lang === 'en'
        ? `Rule ${rule.id} could not be evaluated (${compiled.file}#${compiled.pointer}); contact the administrator.`
        : `规则 ${rule.id} 无法求值（${compiled.file}#${compiled.pointer}），请联系管理员`,
    pointers: [...rule.fields],
    clause: rule.clause,
  };
}

const ORDER = { block: 0, warn: 1, info: 2 } as const;

/** Findings sorted block → warn → info, as in a verdict (stable within a severity). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
