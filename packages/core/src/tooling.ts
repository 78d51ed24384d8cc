/**
 * @guide-forms/core/tooling — the building blocks under the public API, for the CLI, the
 * element, the build, benchmarks and tests: the catalog builder, the compile pipeline, rule
 * and logic compilation, pointers, schema walkers, message formatting. Browser-safe (no `fs`,
 * no ajv). Applicants' code needs only `@guide-forms/core`; these names may change between
 * minor versions.
 *
 * @example
 * import { buildCatalog, compileForm } from '@guide-forms/core/tooling';
 */
export type { Catalog, YearCatalog } from './catalog.js';
export { catalogYears, defaultYear, fileOf } from './catalog.js';
export {
  addToCatalog,
  buildCatalog,
  CATALOG_FILES,
  type CatalogEntry,
  type CatalogPath,
  catalogPath,
  emptyCatalog,
  normalPath,
  SHARED_FORM,
} from './catalog-entries.js';
export { compileSchema, KNOWN_KEYWORDS, schemaValidators } from './check/index.js';
export { getDefaultEngine, setDefaultEngine } from './default.js';
export { FormEngine } from './engine.js';
export { type ExampleExpectation, exampleExpectation, exampleFileFor, meetsExpectation } from './examples.js';
export {
  type ConditionSchema,
  conditionHolds,
  conditionKey,
  conditionSchemas,
  type FieldEdit,
  feedsStates,
  fieldStates,
  isObjectSchema,
  itemsOf,
  type ObjectLayout,
  type ObjectProperty,
  objectLayout,
  type StateDependencies,
  schemaFieldStates,
  stateDependencies,
  statesAfterEdit,
} from './fields/index.js';
export { assembleForm, type FormParts, formValidator, schemaHalf } from './form/assemble.js';
export {
  type CompiledForm,
  type CompiledSchema,
  compileForm,
  compileFormRules,
  compileFormSchema,
  formParts,
  rulesInForce,
} from './form/compile.js';
export { prebuiltLogic, prebuiltRouting, prebuiltRule } from './form/prebuilt.js';
export { catalogStore, type FormStore } from './form/store.js';
export { creditCodeCheckChar, formats, isCreditCodeChecksumValid, isCreditCodeFormat } from './formats/index.js';
export { schemaMessage } from './i18n/schema-messages.js';
export { MAX_DATA_DEPTH, MAX_FILE_BYTES, MAX_FILE_DEPTH, MAX_LOGIC_DEPTH, MAX_REPORTED_ERRORS } from './limits.js';
export { applyLogic, type Sanitized, sanitize, sanitizeData, truthy } from './logic/apply.js';
export { type LogicFn, logicFn, runLogic } from './logic/closure.js';
export { logicSource, UnwritableLogic } from './logic/codegen.js';
export type { CompiledLogic, FieldRead } from './logic/compile.js';
export { compileLogic } from './logic/compile.js';
export { allowCodeGeneration, canGenerateCode, compiledLogicFn, generatedFactory } from './logic/generated.js';
export { normalize } from './logic/normalize.js';
export { OPERATORS } from './logic/operators.js';
export { type LogicRunner, runCompiled, runnerOf } from './logic/runner.js';
export { LOGIC_RUNTIME, type LogicFactory, type LogicRuntime } from './logic/runtime.js';
export { localDate, TODAY_PARTS, type TodayPart, today, withToday } from './logic/today.js';
export { exactNumber, type InexactNumber, inexactNumber } from './numbers.js';
export {
  FORBIDDEN_SEGMENTS,
  formatPointer,
  getPointer,
  hasPointer,
  isPointer,
  isSafePointer,
  joinPointer,
  parsePointer,
  setPointer,
  toPattern,
} from './pointer.js';
export { type CompiledRouting, compileRouting, reviewOf, route } from './route.js';
export type { CompiledRule } from './rules/compile.js';
export { compileRuleFile } from './rules/compile.js';
export { type CompiledComputed, compileComputed, computedProblems } from './rules/computed.js';
export { ruleFileProblems } from './rules/file-problems.js';
export { formatMessage, placeholders } from './rules/message.js';
export { paramProblems, paramTypeProblems } from './rules/params.js';
export { POINTER_LISTS, pointerProblems } from './rules/pointers.js';
export { COPY_KEYWORD, copyTable, prefillFrom } from './schema/copy.js';
export { deref } from './schema/deref.js';
export type { FieldInfo } from './schema/fields.js';
export { fieldLabel, indexFields } from './schema/fields.js';
export { formSchemas } from './schema/form-schemas.js';
export { applyOptions, type YearOptions } from './schema/options.js';
export { compilePairRules, meetsPairExpectation, PAIR_RULES, type PairRules, pairedExample } from './submission/index.js';
export { pairsWithSummary, summaryCategory } from './submission/pair-rules.js';
export { isBlankText, withoutBlanks } from './validate/blank.js';
export { type Cleaned, cleanData } from './validate/clean.js';
export { mostSpecific, withoutRepeats } from './validate/one-per-mistake.js';
export type { RawSchemaError, SchemaValidator, ValidatorFactory } from './validate/raw-error.js';
export { toSchemaErrors } from './validate/to-errors.js';
export { toInstant, windowBounds, windowState, zoneName } from './window.js';
