/** Field states: which fields show, which are required, what is submitted — decided by core. */
export { type ConditionCheck, type ConditionSchema, conditionHolds, conditionKey, conditionSchemas } from './conditions.js';
export { feedsStates, type StateDependencies, stateDependencies } from './dependencies.js';
export { type FieldEdit, statesAfterEdit } from './incremental.js';
export { isObjectSchema, itemsOf, type ObjectLayout, type ObjectProperty, objectLayout } from './properties.js';
export { type FieldState, type FieldStates, fieldStates, schemaFieldStates } from './states.js';
