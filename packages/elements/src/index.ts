/**
 * @guide-forms/elements — `<guide-form>` and the pieces it is made of.
 * Importing this entry registers the element; register a {@link FormSource} before use.
 */
export type { FieldContext, FieldMessage, FieldView, RowOp } from './fields/context.js';
export { pointerId } from './fields/context.js';
export { joinMonth, splitMonth } from './fields/month-value.js';
export { formatText, halfWidth, parseText, type TextKind } from './fields/parse.js';
export { rendererName, renderField } from './fields/render.js';
export { defineGuideForm } from './guide-form/define.js';
export { GuideForm, type GuideFormEventDetail, type GuideFormSubmitDetail, type GuideFormSummaryDetail } from './guide-form/guide-form.js';
export { descriptionOf, enumLabels, placeholderOf, titleOf, unitOf } from './i18n/schema-text.js';
export { loadUiStrings, toLang, type UiStrings, uiStrings } from './i18n/strings.js';
export { withContainers } from './schema/containers.js';
export { jsonEqual } from './schema/json-equal.js';
export { applyRowOp } from './schema/row-ops.js';
export { type FormSource, getFormSource, setFormSource } from './source.js';
export { summaryFor, summaryFrom } from './summary-prefill.js';
