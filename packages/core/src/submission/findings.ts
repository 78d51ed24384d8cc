import { runCompiled } from '../logic/runner.js';
import type { CompiledRule } from '../rules/compile.js';
import { formatMessage, templateParts } from '../rules/message.js';
import type { ValueLabel } from '../rules/value-label.js';
import type { Finding, Lang } from '../types.js';

/**
 * The computed values a message shows, evaluated on the (sanitized) data. One that cannot be
 * evaluated shows as not filled rather than hiding the finding.
 */
function computedValues(compiled: CompiledRule, template: string, data: unknown, lang: Lang): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const parts = templateParts(template);
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const logic = Object.hasOwn(compiled.computed, name) ? compiled.computed[name]?.[lang] : undefined;
    if (!logic) continue;
    try {
      out[name] = runCompiled(logic, data);
    } catch {
      out[name] = null;
    }
  }
  return out;
}

/**
 * The finding of a rule that failed on `data` (as `cleanData` gives it, or sanitized), its message
 * filled from `data`, the rule's params and its computed values; `labels` (one per language) show
 * a field's choice as the form labels it.
 */
export function ruleFinding(compiled: CompiledRule, data: unknown, lang: Lang, labels?: (lang: Lang) => ValueLabel): Finding {
  const { rule } = compiled;
  // A page's rules come without English until a form is shown in English (the build splits it
  // out); asked in English before that, the rule still speaks — in Chinese, never as a broken rule.
  const say: Lang = lang === 'en' && typeof rule.message.en === 'string' ? 'en' : 'zh-CN';
  const template = rule.message[say];
  return {
    rule: rule.id,
    severity: rule.severity,
    message: formatMessage(template, rule.params ?? {}, data, say, computedValues(compiled, template, data, say), labels?.(say)),
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
