// guide-forms schema → Form.io form JSON. Objects become `container` components (their data
// nests under the key, like ours), arrays of objects `datagrid`, the keyword list a
// `textfield` with `multiple`, `if` sections simple `conditional`s; every JSON-Schema check its
// nearest `validate` entry (enum membership is the select/radio's `values`).
import { dotted, fieldTree } from '../lib/fields.mjs';
import { FORMAT_PATTERNS } from '../lib/formats.mjs';

function conditional(when) {
  if (!when?.length) return undefined;
  const conditions = when.flatMap(({ pointer, values }) =>
    values.map((value) => ({ component: dotted(pointer), operator: 'isEqual', value })),
  );
  return { show: true, conjunction: when.length === 1 ? 'any' : 'all', conditions };
}

function validateOf(n) {
  const s = n.schema;
  const v = {};
  if (n.required) v.required = true;
  if (s.minLength !== undefined) v.minLength = s.minLength;
  if (s.maxLength !== undefined) v.maxLength = s.maxLength;
  if (s.minimum !== undefined) v.min = s.minimum;
  if (s.maximum !== undefined) v.max = s.maximum;
  if (s.format && s.format !== 'email' && FORMAT_PATTERNS[s.format]) v.pattern = FORMAT_PATTERNS[s.format];
  if (s.pattern) v.pattern = s.pattern;
  if (n.type === 'integer') v.integer = true;
  return v;
}

const values = (s) => s.enum.map((value, i) => ({ value, label: s['x-enum-zh']?.[i] ?? value }));

function leaf(n) {
  const s = n.schema;
  const c = {
    key: n.name,
    label: s['x-unit'] ? `${n.title}（${s['x-unit']}）` : n.title,
    input: true,
    tableView: true,
    validate: validateOf(n),
  };
  if (n.description) c.description = n.description;
  if ('const' in s) Object.assign(c, { type: 'hidden', defaultValue: s.const });
  else if (n.type === 'boolean') Object.assign(c, { type: 'checkbox' });
  else if (Array.isArray(s.enum)) {
    if (n.widget === 'radio') Object.assign(c, { type: 'radio', values: values(s) });
    else Object.assign(c, { type: 'select', dataSrc: 'values', data: { values: values(s) }, widget: 'html5' });
  } else if (n.type === 'number' || n.type === 'integer') Object.assign(c, { type: 'number', decimalLimit: n.type === 'integer' ? 0 : 4 });
  else if (n.widget === 'textarea') Object.assign(c, { type: 'textarea', rows: 4 });
  else if (s.format === 'email')
    Object.assign(c, { type: 'email' }); // Form.io checks the address itself
  else Object.assign(c, { type: 'textfield' });
  return c;
}

function component(n) {
  let c;
  if (n.children) {
    c = {
      type: 'container',
      key: n.name,
      label: n.title,
      input: true,
      tree: true,
      hideLabel: false,
      components: n.children.map(component),
    };
  } else if (n.type === 'array' && n.item?.children) {
    c = {
      type: 'datagrid',
      key: n.name,
      label: n.title,
      input: true,
      tree: true,
      components: n.item.children.map(component),
      validate: { minLength: n.schema.minItems ?? '', maxLength: n.schema.maxItems ?? '', required: n.required },
    };
  } else if (n.type === 'array') {
    c = leaf({ ...n.item, name: n.name, title: n.title, required: n.required || Boolean(n.schema.minItems), description: n.description });
    c.multiple = true;
  } else c = leaf(n);
  const cond = conditional(n.when);
  if (cond) c.conditional = cond;
  return c;
}

/** The Form.io form definition for a resolved guide-forms schema. */
export function toFormio(schema) {
  const tree = fieldTree(schema);
  return {
    display: 'form',
    title: schema.title,
    components: [
      ...tree.children.map(component),
      { type: 'button', key: 'submit', label: '提交', input: true, action: 'submit', disableOnInvalid: true },
    ],
  };
}
