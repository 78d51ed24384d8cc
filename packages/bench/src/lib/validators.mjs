// One validator per library, each built once for key-rd and then called per submission, the
// way a server or a form re-checks data: `prepare(data)` (outside the timed loop: convert to
// the library's data model, mount fields) returns `run()` → `{ valid, errors }`.
import { createForm } from '@formily/core';
import { Processors, processSync } from '@formio/core';
import { evaluate, getForm } from '@guide-forms/core';
import { compileSchema } from '@guide-forms/core/tooling';
import { createAjv as createJsonFormsAjv } from '@jsonforms/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Model } from 'survey-core';
import { toFormily } from '../converters/formily.mjs';
import { toFormio } from '../converters/formio.mjs';
import { toJsonForms } from '../converters/jsonforms.mjs';
import { toSurvey, toSurveyData } from '../converters/survey.mjs';
import { ajvFormats } from './formats.mjs';
import { mountFormily } from './formily-headless.mjs';

export const NOW = '2021-11-01T10:00:00+08:00';
const schema = () => getForm('key-rd', 2022).schema;

/**
 * @typedef {{ valid: boolean, errors: number }} Outcome
 * @typedef {{ id: string, label: string, what: string, prepare: (data: object) => (() => Outcome | Promise<Outcome>) }} Bench
 * @returns {Bench[]}
 */
export function validators() {
  const gfCheck = compileSchema(schema());

  const rjsf = customizeValidator({ customFormats: ajvFormats() });
  const rjsfSchema = schema();

  const jfAjv = createJsonFormsAjv();
  for (const [name, re] of Object.entries(ajvFormats())) jfAjv.addFormat(name, re);
  const jfValidate = jfAjv.compile(toJsonForms(schema()).schema);

  const surveyJson = toSurvey(schema());
  const formilySchema = toFormily(schema());
  const formio = toFormio(schema());

  return [
    {
      id: 'guide-forms',
      label: 'guide-forms `evaluate`',
      what: "schema (core's check, compiled once) + 13 JSON-Logic rules + window + routing, zh-CN messages",
      prepare: (data) => () => {
        const v = evaluate('key-rd', data, { year: 2022, now: NOW });
        return { valid: v.valid, errors: v.errors.length };
      },
    },
    {
      id: 'guide-forms-schema',
      label: 'guide-forms schema only',
      what: "core's `compileSchema` of the same schema (what `evaluate` checks with); no rules, no messages",
      prepare: (data) => () => {
        const errors = gfCheck(data);
        return { valid: errors.length === 0, errors: errors.length };
      },
    },
    {
      id: 'rjsf',
      label: 'rjsf `validateFormData`',
      what: '@rjsf/validator-ajv8 `customizeValidator({ customFormats })` (its default ajv, draft-07; the page uses the same)',
      prepare: (data) => () => {
        const r = rjsf.validateFormData(data, rjsfSchema);
        return { valid: r.errors.length === 0, errors: r.errors.length };
      },
    },
    {
      id: 'jsonforms',
      label: 'JSON Forms `createAjv` + validate',
      what: '@jsonforms/core `createAjv()` (draft-07, allErrors, verbose) + formats, `compile` once',
      prepare: (data) => () => ({ valid: jfValidate(data) === true, errors: jfValidate.errors?.length ?? 0 }),
    },
    {
      id: 'survey',
      label: 'SurveyJS `Model.validate`',
      what: 'survey-core `Model` built once; per call `model.data = …` + `validate(true, false)`',
      prepare: (data) => {
        const model = new Model(surveyJson);
        const flat = toSurveyData(data);
        return () => {
          model.data = flat;
          const valid = model.validate(true, false);
          return { valid, errors: valid ? 0 : model.getAllQuestions(false).filter((q) => q.errors.length > 0).length };
        };
      },
    },
    {
      id: 'formily',
      label: 'Formily `form.validate`',
      what: '@formily/core `createForm` with every field mounted headless; per call `setValues` + `await validate()`',
      prepare: (data) => {
        const form = mountFormily(createForm({ values: structuredClone(data) }), formilySchema);
        return async () => {
          form.setValues(structuredClone(data), 'overwrite');
          try {
            await form.validate();
            return { valid: true, errors: 0 };
          } catch (errors) {
            return { valid: false, errors: Array.isArray(errors) ? errors.length : 1 };
          }
        };
      },
    },
    {
      id: 'formio',
      label: 'Form.io `processSync`',
      what: "@formio/core `processSync` with the renderer's `Processors` (conditions, clearHidden, validation); no DOM",
      prepare: (data) => () => {
        const scope = processSyncScope(formio, data);
        return { valid: scope.errors.length === 0, errors: scope.errors.length };
      },
    },
  ];
}

function processSyncScope(form, data) {
  return processSync({
    form,
    components: form.components,
    data: structuredClone(data),
    processors: Processors,
    scope: { errors: [] },
    config: { server: false },
  });
}
