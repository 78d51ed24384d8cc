// react-jsonschema-form: <Form> with the key-rd schema, the UI schema from the converter and
// validator-ajv8 (ajv compiled in the browser) with guide-forms' formats as patterns.
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import input from '../../build/input/rjsf.json';
import { FORMAT_PATTERNS } from '../lib/formats.mjs';
import { mount, rendered } from './mark.js';

const validator = customizeValidator({
  customFormats: Object.fromEntries(Object.entries(FORMAT_PATTERNS).map(([k, v]) => [k, new RegExp(v)])),
});
const root = createRoot(mount());
flushSync(() =>
  root.render(<Form schema={input.schema} uiSchema={input.uiSchema} validator={validator} liveValidate="onChange" showErrorList="top" />),
);
rendered();
