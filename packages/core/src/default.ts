import type { CategoryInfo, Engine, EvaluateOptions, FormDefinition } from './engine.js';
import { GuideFormsError } from './errors.js';
import type { Verdict } from './types.js';

let current: Engine | null = null;
let loader: (() => Engine) | null = null;

/** Sets the engine behind {@link evaluate}, {@link listCategories} and {@link getForm}. */
export function setDefaultEngine(engine: Engine | (() => Engine)): void {
  if (typeof engine === 'function') {
    loader = engine;
    current = null;
  } else {
    current = engine;
    loader = null;
  }
}

/** The engine behind the module-level functions; loads it lazily on first use. */
export function getDefaultEngine(): Engine {
  if (!current && loader) current = loader();
  if (!current) {
    throw new GuideFormsError(
      'no-engine',
      '尚未加载表单和规则：在 Node 中从 "@guide-forms/core" 导入会自动读取 forms/ 和 rules/；在浏览器中请使用 @guide-forms/elements 或先调用 setDefaultEngine()',
    );
  }
  return current;
}

/**
 * Checks a submission against its form and the rules of the year.
 *
 * @example
 * const verdict = evaluate('key-rd', data, { now: '2021-11-01T10:00:00+08:00' });
 * if (!verdict.ok) console.log(verdict.errors, verdict.findings);
 */
export function evaluate(category: string, data: unknown, options?: EvaluateOptions): Verdict {
  return getDefaultEngine().evaluate(category, data, options);
}

/** The categories open in a year (default: the latest), with their titles. */
export function listCategories(year?: number): CategoryInfo[] {
  return getDefaultEngine().listCategories(year);
}

/** The schema and the rules in force for a category (default year: the latest). */
export function getForm(category: string, year?: number): FormDefinition {
  return getDefaultEngine().getForm(category, year);
}
