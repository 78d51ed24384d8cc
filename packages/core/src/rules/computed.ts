import { GuideFormsError } from '../errors.js';
import { type CompiledLogic, compileLogic, isBilingual, type LogicSite } from '../logic/compile.js';
import { joinPointer } from '../pointer.js';
import type { Json, Lang } from '../types.js';

/**
 * Computed values: figures a rule derives from the data (a ratio, the band a revenue falls in)
 * so its logic can compare them and its message can show them — the applicant types 销售收入 and
 * 研发投入, never the ratio. `"computed": {"ratio": {"percent": […]}}` is read in logic as
 * `{"computed": "ratio"}` (inlined when the rule is loaded) and in messages as `{ratio}`.
 * A value written `{"zh-CN": logic, "en": logic}` is text for messages (a band's name).
 */

/** A computed value's name, as `{"computed": "ratio"}` and `{ratio}` write it. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A computed value compiled for each language (the same logic twice unless it is bilingual). */
export type CompiledComputed = Record<string, Record<Lang, CompiledLogic>>;

/**
 * The problems of a rule's `computed`: an object of named logic, names that are not params.
 *
 * @example
 * computedProblems({ min: {} }, { min: 5 }, 'rules/2022/jiebang.rules.json', '/rules/0', 'R2')[0]?.message;
 * // '规则 R2：计算值 "min" 与参数同名'
 */
export function computedProblems(computed: unknown, params: unknown, file: string, at: string, rule: string): GuideFormsError[] {
  if (computed === undefined) return [];
  const where = joinPointer(at, 'computed');
  if (typeof computed !== 'object' || computed === null || Array.isArray(computed)) {
    return [
      new GuideFormsError('rule-computed', `规则 ${rule}：computed 应为对象，例如 {"ratio": {"percent": [...]}}`, {
        file,
        pointer: where,
        expected: 'an object of named logic',
        found: Array.isArray(computed) ? 'a list' : String(computed),
      }),
    ];
  }
  const out: GuideFormsError[] = [];
  const paramNames = typeof params === 'object' && params !== null ? Object.keys(params) : [];
  for (const name of Object.keys(computed)) {
    const pointer = joinPointer(where, name);
    if (!NAME.test(name)) {
      out.push(
        new GuideFormsError('rule-computed', `规则 ${rule}：计算值名 "${name}" 只能由字母、数字和下划线组成，且不以数字开头`, {
          file,
          pointer,
          expected: NAME.source,
          found: name,
        }),
      );
    } else if (paramNames.includes(name)) {
      out.push(
        new GuideFormsError('rule-computed', `规则 ${rule}：计算值 "${name}" 与参数同名`, {
          file,
          pointer,
          expected: 'a name no param has',
          found: name,
        }),
      );
    }
  }
  return out;
}

/**
 * Compiles each computed value for messages, in both languages, with the rule's params and the
 * other computed values in reach. Errors name the file and the value's pointer.
 */
export function compileComputed(
  computed: Record<string, Json> | undefined,
  site: Omit<LogicSite, 'pointer'>,
  at: string,
): CompiledComputed {
  const out: CompiledComputed = {};
  const base = joinPointer(at, 'computed');
  const full = { ...site, computed: computed ?? {}, computedAt: base };
  for (const [name, value] of Object.entries(computed ?? {})) {
    const pointer = joinPointer(base, name);
    if (isBilingual(value)) {
      out[name] = {
        'zh-CN': compileLogic(value['zh-CN'], { ...full, pointer: joinPointer(pointer, 'zh-CN') }),
        en: compileLogic(value.en, { ...full, pointer: joinPointer(pointer, 'en') }),
      };
    } else {
      const one = compileLogic({ computed: name }, { ...full, pointer });
      out[name] = { 'zh-CN': one, en: one };
    }
  }
  return out;
}
