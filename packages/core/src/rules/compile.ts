import { GuideFormsError } from '../errors.js';
import { type CompiledLogic, compileLogic } from '../logic/compile.js';
import type { Json, Rule, RuleFile } from '../types.js';
import { type CompiledComputed, compileComputed, computedProblems } from './computed.js';
import { paramProblems, paramTypeProblems } from './params.js';
import { pointerProblems } from './pointers.js';

/** A rule ready to evaluate, with where it came from. */
export interface CompiledRule {
  rule: Rule;
  file: string;
  /** Pointer of the rule inside its file, e.g. `/rules/3`. */
  pointer: string;
  when: CompiledLogic | null;
  logic: CompiledLogic;
  /** The rule's computed values, compiled for its messages (`{ratio}`). */
  computed: CompiledComputed;
}

const SEVERITIES = new Set(['block', 'warn', 'info']);

function need(ok: boolean, file: string, pointer: string, message: string, expected: string, found: unknown): void {
  if (!ok) {
    throw new GuideFormsError('rule-file', message, { file, pointer, expected, found: JSON.stringify(found) ?? 'nothing' });
  }
}

/** A rule's `when` or `logic`: an operation (an object) or a constant `true`/`false`. */
function isLogic(value: unknown): boolean {
  return typeof value === 'boolean' || (typeof value === 'object' && value !== null && !Array.isArray(value));
}

/** Checks the shape of one rule before its logic is compiled. */
function checkShape(rule: Rule, file: string, at: string): void {
  const r = rule as unknown as Record<string, unknown>;
  need(typeof r.id === 'string' && r.id !== '', file, `${at}/id`, '规则缺少 id', 'a string', r.id);
  const id = String(r.id);
  need(
    typeof r.severity === 'string' && SEVERITIES.has(r.severity),
    file,
    `${at}/severity`,
    `规则 ${id}：severity 应为 block、warn 或 info`,
    'block | warn | info',
    r.severity,
  );
  need(
    typeof r.clause === 'string' && r.clause !== '',
    file,
    `${at}/clause`,
    `规则 ${id}：缺少通知原文 clause`,
    'the quoted clause',
    r.clause,
  );
  const [problem] = [
    ...pointerProblems(r, file, at, id),
    ...paramProblems(r.params, file, at, id),
    ...paramTypeProblems(r, file, at),
    ...computedProblems(r.computed, r.params, file, at, id),
  ];
  if (problem) throw problem;
  // A string is truthy: `"retired": "false"` would switch the rule off, `"logic": "x"` always pass.
  need(
    r.retired === undefined || typeof r.retired === 'boolean',
    file,
    `${at}/retired`,
    `规则 ${id}：retired 应为 true 或 false`,
    'true | false',
    r.retired,
  );
  need(
    isLogic(r.logic),
    file,
    `${at}/logic`,
    `规则 ${id}：logic 应为 JSON-Logic 运算（对象）或 true/false`,
    'a JSON-Logic operation or a boolean',
    r.logic,
  );
  need(
    r.when === undefined || isLogic(r.when),
    file,
    `${at}/when`,
    `规则 ${id}：when 应为 JSON-Logic 运算（对象）或 true/false`,
    'a JSON-Logic operation or a boolean',
    r.when,
  );
  for (const lang of ['zh-CN', 'en'] as const) {
    const message = (r.message as Record<string, unknown> | undefined)?.[lang];
    need(
      typeof message === 'string' && message !== '',
      file,
      `${at}/message/${lang}`,
      `规则 ${id}：缺少 ${lang} 提示语`,
      'a message',
      message,
    );
  }
}

/**
 * Compiles every rule of a rule file, refusing unknown operators, prototype paths (in logic
 * and in `fields`/`needs`/`marksRequired`), undefined or malformed params and malformed rules
 * with an error naming the file and pointer — the same message `guide-forms lint` gives.
 */
export function compileRuleFile(ruleFile: RuleFile, file: string): CompiledRule[] {
  need(Array.isArray(ruleFile?.rules), file, '/rules', '规则文件应包含 rules 列表', 'an array', ruleFile?.rules);
  const seen = new Map<string, number>();
  return ruleFile.rules.flatMap((rule, i) => {
    const at = `/rules/${i}`;
    need(typeof rule === 'object' && rule !== null && !Array.isArray(rule), file, at, `第 ${i + 1} 条规则应为对象`, 'an object', rule);
    checkShape(rule, file, at);
    const first = seen.get(rule.id);
    need(first === undefined, file, `${at}/id`, `规则 id "${rule.id}" 重复（已在 /rules/${first} 使用）`, 'a unique id', rule.id);
    seen.set(rule.id, i);
    if (rule.retired) return [];
    const params = (rule.params ?? {}) as Record<string, Json>;
    const site = { file, rule: rule.id, params, computed: rule.computed ?? {}, computedAt: `${at}/computed` };
    return [
      {
        rule,
        file,
        pointer: at,
        when: rule.when === undefined ? null : compileLogic(rule.when, { ...site, pointer: `${at}/when` }),
        logic: compileLogic(rule.logic, { ...site, pointer: `${at}/logic` }),
        computed: compileComputed(rule.computed, site, at),
      },
    ];
  });
}
