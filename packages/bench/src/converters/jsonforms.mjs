// guide-forms schema → what JSON Forms renders: the same JSON Schema, with each `if`
// section's properties also listed in its parent's `properties` (JSON Forms resolves a
// Control's scope through `properties` only; no schema uses additionalProperties, so
// validation is unchanged), and a generated UI schema — a Group per object, a Control per
// field, SHOW rules for the `if` sections, `multi` for text areas, `format: radio` for radios.
import { fieldTree } from '../lib/fields.mjs';

const scopeOf = (pointer) => `#/properties/${pointer.slice(1).split('/').join('/properties/')}`;

function rule(when) {
  if (!when?.length) return undefined;
  const conditions = when.map(({ pointer, values }) => ({
    scope: scopeOf(pointer),
    schema: values.length === 1 ? { const: values[0] } : { enum: values },
  }));
  return { effect: 'SHOW', condition: conditions.length === 1 ? conditions[0] : { type: 'AND', conditions } };
}

function element(n) {
  let el;
  if (n.children) el = { type: 'Group', label: n.title, elements: n.children.map(element) };
  else {
    el = { type: 'Control', scope: scopeOf(n.pointer), label: n.schema['x-unit'] ? `${n.title}（${n.schema['x-unit']}）` : n.title };
    if (n.widget === 'textarea') el.options = { multi: true };
    else if (n.widget === 'radio') el.options = { format: 'radio' };
    if (n.item?.children) el.options = { detail: { type: 'VerticalLayout', elements: n.item.children.map((c) => elementIn(c, n)) } };
  }
  // A Group has no scope; JSON Forms shows an `if` object through its Group's rule.
  const r = n.widget === 'hidden' ? { effect: 'HIDE', condition: { scope: '#', schema: {} } } : rule(n.when);
  if (r) el.rule = r;
  return el;
}

/** A Control inside an array item's detail: scopes are relative to the item. */
function elementIn(c) {
  return { type: 'Control', scope: `#/properties/${c.name}`, label: c.title };
}

/** Copies `then.properties` of `allOf` items into the parent's `properties`, recursively. */
export function hoistConditionals(schema) {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(hoistConditionals);
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, hoistConditionals(v)]));
  const collect = (allOf) => {
    for (const item of allOf ?? []) {
      for (const [k, v] of Object.entries(item.then?.properties ?? {})) {
        out.properties = { ...(out.properties ?? {}), [k]: out.properties?.[k] ?? v };
      }
      collect(item.allOf);
    }
  };
  collect(out.allOf);
  return out;
}

/** `{ schema, uischema }` for JSON Forms from a resolved guide-forms schema. */
export function toJsonForms(schema) {
  const tree = fieldTree(schema);
  return {
    schema: hoistConditionals(schema),
    uischema: { type: 'VerticalLayout', elements: [{ type: 'Label', text: schema.title }, ...tree.children.map(element)] },
  };
}
