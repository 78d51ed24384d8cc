/**
 * @guide-forms/core — the public API: judge a submission (`evaluate`, `evaluateSubmission`),
 * read a form (`getForm`, `listCategories`), or hold an {@link Engine} of your own. Safe for
 * browsers; in Node this entry loads `forms/` and `rules/` on first use. Loaders are in
 * `@guide-forms/core/node`, building blocks (catalog builder, compile pipeline, pointers, …)
 * in `@guide-forms/core/tooling`, ajv in `@guide-forms/core/compile`.
 *
 * @example
 * import { evaluate } from '@guide-forms/core';
 * evaluate('key-rd', data, { now: '2021-11-01T10:00:00+08:00' }).ok;
 */
export type { Catalog, YearCatalog } from './catalog.js';
export type { CatalogEntry } from './catalog-entries.js';
export { evaluate, getForm, listCategories } from './default.js';
export type { CategoryInfo, EvaluateOptions, FormDefinition, FormStore } from './engine.js';
export { Engine } from './engine.js';
export { GuideFormsError } from './errors.js';
export type { FieldState, FieldStates } from './fields/index.js';
export type * from './generated/form-data.js';
export { evaluateSubmission, type Submission, type SubmissionVerdict } from './submission/index.js';
export type * from './types.js';
export type { RawSchemaError, SchemaValidator, ValidatorFactory } from './validate/raw-error.js';
