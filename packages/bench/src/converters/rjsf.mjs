// guide-forms schema → react-jsonschema-form: rjsf takes the JSON Schema as it is (it resolves
// `allOf` + `if`/`then` itself); the UI schema only picks the widgets guide-forms would use.
import { fieldTree } from '../lib/fields.mjs';

const WIDGETS = { textarea: 'textarea', radio: 'radio', hidden: 'hidden', checkbox: 'checkbox', select: 'select' };

function ui(n) {
  const out = {};
  if (n.children) for (const c of n.children) out[c.name] = ui(c);
  else if (n.item) out.items = ui(n.item);
  else if (WIDGETS[n.widget] && n.type !== 'boolean') out['ui:widget'] = WIDGETS[n.widget];
  return out;
}

/** `{ schema, uiSchema }` for rjsf's `<Form>` from a resolved guide-forms schema. */
export function toRjsf(schema) {
  return { schema, uiSchema: ui(fieldTree(schema)) };
}
