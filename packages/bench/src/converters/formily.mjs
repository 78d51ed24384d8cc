// guide-forms schema → Formily 2 JSON Schema (ISchema). Formily reads most JSON-Schema checks
// itself (required, minLength/maxLength, minimum/maximum, pattern, minItems/maxItems,
// uniqueItems, format); our custom formats become `pattern`, integers `format: 'integer'`,
// `if` sections properties with an `x-reactions` that shows them (a `{{ }}` expression —
// Formily compiles those with `new Function`). Component names are the bench page's own
// plain-HTML components (src/pages/formily.jsx).
import { fieldTree } from '../lib/fields.mjs';
import { FORMAT_PATTERNS } from '../lib/formats.mjs';

const js = (v) => JSON.stringify(v);

function reactions(when) {
  if (!when?.length) return undefined;
  const dependencies = when.map(({ pointer }) => pointer.slice(1).split('/').join('.'));
  const test = when.map(({ values }, i) => `${js(values)}.includes($deps[${i}])`).join(' && ');
  return { dependencies, fulfill: { state: { visible: `{{${test}}}` } } };
}

function component(n) {
  const s = n.schema;
  if ('const' in s) return 'Hidden';
  if (n.type === 'boolean') return 'Checkbox';
  if (Array.isArray(s.enum)) return n.widget === 'radio' ? 'RadioGroup' : 'Select';
  if (n.type === 'number' || n.type === 'integer') return 'NumberInput';
  if (n.widget === 'textarea') return 'TextArea';
  if (n.widget === 'month') return 'MonthInput';
  return 'Input';
}

function leaf(n) {
  const s = n.schema;
  const f = {
    type: n.type,
    title: s['x-unit'] ? `${n.title}（${s['x-unit']}）` : n.title,
    'x-decorator': 'FormItem',
    'x-component': component(n),
  };
  if (n.description) f.description = n.description;
  if (n.required) f.required = true;
  for (const k of ['minLength', 'maxLength', 'minimum', 'maximum', 'pattern']) if (s[k] !== undefined) f[k] = s[k];
  if ('const' in s) f.default = s.const;
  if (s.format === 'email') f.format = 'email';
  else if (s.format && FORMAT_PATTERNS[s.format]) f.pattern = FORMAT_PATTERNS[s.format];
  if (n.type === 'integer') {
    f.type = 'number';
    f.format = 'integer';
  }
  if (Array.isArray(s.enum)) f.enum = s.enum.map((value, i) => ({ value, label: s['x-enum-zh']?.[i] ?? value }));
  return f;
}

function property(n) {
  let f;
  if (n.children) {
    f = { type: 'object', title: n.title, 'x-component': 'Fieldset', properties: properties(n.children) };
    if (n.required) f.required = true;
  } else if (n.type === 'array') {
    const item = n.item?.children
      ? { type: 'object', 'x-component': 'Row', properties: properties(n.item.children) }
      : { ...leaf({ ...n.item, required: true }), title: undefined, 'x-decorator': undefined };
    f = { type: 'array', title: n.title, 'x-decorator': 'FormItem', 'x-component': 'ArrayItems', items: item };
    // Not `uniqueItems`: @formily/validator 2.3.7 has it inverted (it rejects ['a', 'b'] and
    // accepts ['a', 'a']), so the keyword list would never validate.
    for (const k of ['minItems', 'maxItems']) if (n.schema[k] !== undefined) f[k] = n.schema[k];
    if (n.required || n.schema.minItems) f.required = true;
  } else f = leaf(n);
  if (n.description && !f.description) f.description = n.description;
  const r = reactions(n.when);
  if (r) f['x-reactions'] = r;
  return f;
}

function properties(children) {
  return Object.fromEntries(children.map((c, i) => [c.name, { ...property(c), 'x-index': i }]));
}

/** The Formily ISchema for a resolved guide-forms schema. */
export function toFormily(schema) {
  return { type: 'object', properties: properties(fieldTree(schema).children) };
}
