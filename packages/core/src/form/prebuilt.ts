import { logicSource } from '../logic/codegen.js';
import type { CompiledLogic } from '../logic/compile.js';
import type { CompiledRouting } from '../route.js';
import type { CompiledRule } from '../rules/compile.js';
import type { CompiledComputed } from '../rules/computed.js';
import type { Rule } from '../types.js';

/**
 * Compiled logic as a build writes it into a page: the generated JavaScript's text (`source`,
 * written into the bundle as the method `code(R) { … }`, never as a string) instead of the
 * logic's JSON, which a page then never reads; of the rest only `reads` (field states read those
 * of a rule's `when`), and with `keepReads` false not even that.
 *
 * @example
 * prebuiltLogic(compiled.logic).source; // '"use strict";\nconst …\nreturn function (d) { … };'
 */
export function prebuiltLogic(compiled: CompiledLogic, keepReads = true): CompiledLogic {
  const { logic, reads, params: _p, computed: _c, code: _code, source: _source } = compiled;
  // The names of the params and computed values it inlined are for lint only; what it reads, for
  // field states (the `when` of a rule that marks fields required), unless the caller says not.
  return { reads: keepReads ? reads : [], params: [], computed: [], logic: null, source: logicSource(logic) };
}

function prebuiltComputed(computed: CompiledComputed): CompiledComputed {
  const out: CompiledComputed = {};
  for (const [name, byLang] of Object.entries(computed)) {
    const zh = prebuiltLogic(byLang['zh-CN'], false);
    // One value for both languages (not bilingual) stays one object.
    out[name] = { 'zh-CN': zh, en: byLang.en === byLang['zh-CN'] ? zh : prebuiltLogic(byLang.en, false) };
  }
  return out;
}

/**
 * A compiled rule as a build writes it into a page's bundle: what `evaluate`, `fieldStates` and
 * the messages read, without what only the tools read — the source logic (the compiled
 * `logic`/`when`/`computed` carry it as generated code, pointers turned into paths and params
 * inlined), the embedded tests, the title and the section. A page assembles its forms from these
 * (`assembleForm`), so it needs neither the rule checker, nor the logic compiler, nor an
 * interpreter.
 *
 * @example
 * JSON.stringify(compileFormRules(catalog, 'key-rd', 2022).map(prebuiltRule));
 */
export function prebuiltRule(compiled: CompiledRule): CompiledRule {
  const { logic: _l, when: _w, computed: _c, tests: _t, title: _ti, section: _s, ...rule } = compiled.rule;
  // `logic` and `tests` stay as the shape `Rule` promises (nothing at run time reads them); the
  // title is left out as the page's rule files always left it (a finding carries message and clause).
  return {
    ...compiled,
    rule: { ...rule, logic: null, tests: [] } as unknown as Rule,
    when: compiled.when ? prebuiltLogic(compiled.when) : null,
    logic: prebuiltLogic(compiled.logic, false),
    computed: prebuiltComputed(compiled.computed),
  };
}

/**
 * A call's routing steps as a build writes them into a page: each condition as generated code.
 *
 * @example
 * prebuiltRouting(compileRouting(call)).map((s) => s.department); // ['高新处', …]
 */
export function prebuiltRouting(routing: CompiledRouting): CompiledRouting['steps'] {
  return routing.steps.map(({ department, when }) => ({ department, when: prebuiltLogic(when, false) }));
}
