import type { Logic } from '../types.js';
import { type LogicFn, logicFn } from './closure.js';
import { logicSource } from './codegen.js';
import { LOGIC_RUNTIME, type LogicFactory } from './runtime.js';

let allowed: boolean | undefined;

/**
 * Whether this process may turn text into code (`new Function`): false under
 * `node --disallow-code-generation-from-strings` and in a page whose CSP has no `unsafe-eval`.
 * Asked once; {@link compiledLogicFn} then keeps the closure interpreter.
 */
export function canGenerateCode(): boolean {
  if (allowed === undefined) {
    try {
      allowed = new Function('return 1')() === 1;
    } catch {
      allowed = false;
    }
  }
  return allowed;
}

/**
 * Turns code generation off (or back on, `undefined`: ask again) — for tests of the fallback.
 *
 * @example
 * allowCodeGeneration(false); // every rule compiled from now on runs as closures
 */
export function allowCodeGeneration(value: boolean | undefined): void {
  allowed = value;
}

/**
 * The factory of a logic tree's generated source, made with `new Function` (what ajv does in
 * Node). Throws where code generation is not allowed or the tree cannot be written as code.
 *
 * @example
 * generatedFactory({ '>=': [{ var: ['project.totalRdInvestment'] }, 200] })(LOGIC_RUNTIME)({ project: { totalRdInvestment: 200 } }); // true
 */
export function generatedFactory(logic: Logic): LogicFactory {
  return new Function('R', `"use strict";\n${logicSource(logic)}`) as LogicFactory;
}

const GENERATED = new WeakMap<object, LogicFn>();

/**
 * The function of a compiled logic tree, made once per tree and remembered: its generated code
 * where this process may generate code, else the closure interpreter (the same answers).
 *
 * @example
 * compiledLogicFn({ '==': [{ var: ['unit.unitType'] }, '企业'] })({ unit: { unitType: '企业' } }); // true
 */
export function compiledLogicFn(logic: Logic): LogicFn {
  if (typeof logic !== 'object' || logic === null || !canGenerateCode()) return logicFn(logic);
  let fn = GENERATED.get(logic);
  if (!fn) {
    try {
      fn = generatedFactory(logic)(LOGIC_RUNTIME);
    } catch {
      // Code generation refused here, or a tree JSON cannot hold: the interpreter answers the same.
      fn = logicFn(logic);
    }
    GENERATED.set(logic, fn);
  }
  return fn;
}
