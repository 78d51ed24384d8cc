/**
 * @guide-forms/core/node — the public API plus the Node loaders: the repository's catalog from
 * disk, strict JSON and UTF-8 reading with located errors, the examples of a form. Importing it
 * (or `@guide-forms/core` in Node) makes `evaluate` read `forms/` and `rules/` on first use.
 *
 * @example
 * import { loadEngine, readJsonFile } from '@guide-forms/core/node';
 */

export { CALLS_DIR, callRoot, DEFAULT_CALL, listCalls } from './calls.js';
export { catalogProblems, checkCatalog, missingFiles } from './catalog-check.js';
export { decodeUtf8, firstInvalidUtf8 } from './encoding.js';
export { loadEngine } from './engine.js';
export { type ExampleFile, examplesFor } from './examples.js';
export { tooDeepOffset } from './json-depth.js';
export { checkExactNumbers, checkJsonDepth, lineColumn, parseJsonText, readJsonFile, readTextFile } from './json-file.js';
export { catalogFiles, findRoot, loadCatalog } from './load.js';
export { expectedOf, fileFormatErrors, type MetaKind, type MetaSchema, metaSchema, ruleIdAt } from './meta-schema.js';
export * from './root.js';
