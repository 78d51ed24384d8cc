import type { CompiledRule } from '../rules/compile.js';
import type { Rule } from '../types.js';

/**
 * A compiled rule as a build writes it into a page's bundle (JSON): what `evaluate`,
 * `fieldStates` and the messages read, without what only the tools read — the source logic
 * (the compiled `logic`/`when` carry it, pointers turned into paths and params inlined), the
 * embedded tests, the title and the section. A page assembles its forms from these
 * (`assembleForm`), so it needs neither the rule checker nor the logic compiler.
 *
 * @example
 * JSON.stringify(compileFormRules(catalog, 'key-rd', 2022).map(prebuiltRule));
 */
export function prebuiltRule(compiled: CompiledRule): CompiledRule {
  const { logic: _l, when: _w, computed: _c, tests: _t, title: _ti, section: _s, ...rule } = compiled.rule;
  // `logic` and `tests` stay as the shape `Rule` promises (nothing at run time reads them); the
  // title is left out as the page's rule files always left it (a finding carries message and clause).
  return { ...compiled, rule: { ...rule, logic: null, tests: [] } as unknown as Rule };
}
