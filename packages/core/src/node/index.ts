/**
 * @guide-forms/core for Node: everything of the browser entry, plus a default engine
 * that reads `forms/` and `rules/` from the repository (or `GUIDE_FORMS_ROOT`) on first use.
 */
import { ajvValidators } from '../compile/ajv.js';
import { setDefaultEngine } from '../default.js';
import { Engine } from '../engine.js';
import { callRoot } from './calls.js';
import { findRoot, loadCatalog } from './load.js';

export { ajvValidators, createAjv } from '../compile/ajv.js';
export * from '../index.js';
export { CALLS_DIR, callRoot, DEFAULT_CALL, listCalls } from './calls.js';
export { decodeUtf8, firstInvalidUtf8 } from './encoding.js';
export { type ExampleFile, examplesFor } from './examples.js';
export { tooDeepOffset } from './json-depth.js';
export { checkExactNumbers, checkJsonDepth, lineColumn, parseJsonText, readJsonFile, readTextFile } from './json-file.js';
export { catalogFiles, findRoot, loadCatalog } from './load.js';

/** An engine over the forms and rules under `root`, validators compiled with ajv. */
export function loadEngine(root = findRoot()): Engine {
  return new Engine(loadCatalog(root), ajvValidators());
}

setDefaultEngine((call?: string) => loadEngine(callRoot(findRoot(), call)));
