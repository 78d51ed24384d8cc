import type { JsonSchema } from '@guide-forms/core';
import { fieldStates } from '@guide-forms/core/tooling';

// The paper shows what the applicant saw and what is submitted: core decides it (issue 13:
// conditions have one owner, the validators compiled for each `if` of the form), so the paper,
// the form and the verdict cannot disagree about which sections apply.

/**
 * The properties of an object schema that stand for `data`, in the order the form shows them —
 * core's field states of that object. `schema` must come from `engine.getForm(...)` (its
 * conditions are the engine's compiled ones); anything else with an `if` is an error.
 *
 * @example
 * effectiveProperties(form.schema.properties.unit, { unitType: '企业' }).map(([key]) => key); // [..., 'unitType', 'isStartup', ...]
 */
export function effectiveProperties(schema: JsonSchema, data: unknown): [string, JsonSchema][] {
  return fieldStates({ schema }, data)
    .children('')
    .map((f) => [f.key, f.schema]);
}
