// JSON Forms: <JsonForms> with the vanilla renderers, the schema (if-sections listed in
// `properties`), the generated UI schema and JSON Forms' own ajv with guide-forms' formats.
import { createAjv } from '@jsonforms/core';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import input from '../../build/input/jsonforms.json';
import { FORMAT_PATTERNS } from '../lib/formats.mjs';
import { mount, rendered } from './mark.js';

const ajv = createAjv();
for (const [name, source] of Object.entries(FORMAT_PATTERNS)) ajv.addFormat(name, new RegExp(source));

function App() {
  const [data, setData] = useState({});
  return (
    <JsonForms
      schema={input.schema}
      uischema={input.uischema}
      data={data}
      renderers={vanillaRenderers}
      cells={vanillaCells}
      ajv={ajv}
      validationMode="ValidateAndShow"
      onChange={({ data: next }) => setData(next)}
    />
  );
}

const root = createRoot(mount());
flushSync(() => root.render(<App />));
rendered();
