import type { Logic } from '../types.js';
import { readableAsIs } from '../validate/clean.js';
import type { CompiledLogic } from './compile.js';
import { judging } from './read.js';
import { LOGIC_RUNTIME } from './runtime.js';

/** A compiled logic tree as a function of the data (generated code or closures). */
export type LogicRunner = (data: unknown) => unknown;

/** How logic with no code of its own is run: installed by the logic compiler (`compileLogic`). */
let interpreter: ((logic: Logic) => LogicRunner) | null = null;

/**
 * Installs how logic without generated code runs. `compileLogic` installs generated code or the
 * closure interpreter (`compiledLogicFn`) on first use: wherever logic is compiled from rule
 * files, it can be run; a page, which only receives code its build generated, carries neither.
 */
export function installInterpreter(run: (logic: Logic) => LogicRunner): void {
  interpreter ??= run;
}

const RUNNERS = new WeakMap<CompiledLogic, LogicRunner>();

function noCode(): never {
  throw new Error('compiled logic without code, and no logic compiler loaded');
}

/**
 * The function that runs compiled logic, made once and remembered: its generated code when the
 * build wrote it (`code`, in a page), else the logic compiled in this process.
 *
 * @example
 * runnerOf(compiled.logic)(data); // inside judging(data, …), as judgeForm runs it
 */
export function runnerOf(compiled: CompiledLogic): LogicRunner {
  let run = RUNNERS.get(compiled);
  if (!run) {
    if (compiled.code) run = compiled.code(LOGIC_RUNTIME);
    else if (interpreter) run = interpreter(compiled.logic);
    else run = noCode;
    RUNNERS.set(compiled, run);
  }
  return run;
}

/**
 * Runs compiled logic on data as `runLogic` does (plain data read as it is, anything else
 * through sanitized views), outside an evaluation's scope.
 *
 * @example
 * runCompiled(rule.when, cleanData(data).data); // true | false | …
 */
export function runCompiled(compiled: CompiledLogic, data: unknown): unknown {
  return judging(data, readableAsIs(data), () => runnerOf(compiled)(data));
}
