// guide-forms schema → SurveyJS JSON. SurveyJS keeps answers flat by question name, so a
// field's name is its pointer with `__` for `/` (`unit__unitName`); objects become panels,
// arrays of objects `matrixdynamic`, the keyword list a one-column `matrixdynamic`, `if`
// sections `visibleIf`. Every JSON-Schema check has its nearest SurveyJS validator.
import { fieldTree } from '../lib/fields.mjs';
import { FORMAT_PATTERNS } from '../lib/formats.mjs';

export const surveyName = (pointer) => pointer.slice(1).split('/').join('__');

const quote = (v) => (typeof v === 'string' ? `'${v.replaceAll("'", "\\'")}'` : String(v));

function visibleIf(when) {
  if (!when?.length) return undefined;
  return when
    .map(({ pointer, values }) =>
      values.length === 1
        ? `{${surveyName(pointer)}} = ${quote(values[0])}`
        : `{${surveyName(pointer)}} anyof [${values.map(quote).join(', ')}]`,
    )
    .join(' and ');
}

function validators(n) {
  const s = n.schema;
  const out = [];
  if (n.type === 'string' && (s.minLength !== undefined || s.maxLength !== undefined)) {
    out.push({ type: 'text', minLength: s.minLength ?? 0, maxLength: s.maxLength ?? 0, allowDigits: true });
  }
  if (s.format && FORMAT_PATTERNS[s.format]) out.push({ type: 'regex', regex: FORMAT_PATTERNS[s.format], text: `${n.title}格式不正确` });
  if (s.pattern) out.push({ type: 'regex', regex: s.pattern });
  if (n.type === 'number' || n.type === 'integer') {
    const v = { type: 'numeric' };
    if (s.minimum !== undefined) v.minValue = s.minimum;
    if (s.maximum !== undefined) v.maxValue = s.maximum;
    out.push(v);
    if (n.type === 'integer') out.push({ type: 'regex', regex: '^-?\\d+$', text: `${n.title}须为整数` });
  }
  return out.length ? out : undefined;
}

const choices = (s) => s.enum.map((value, i) => ({ value, text: s['x-enum-zh']?.[i] ?? value }));

/** A question (or a matrix column when `column`) for a leaf node. */
function leaf(n, column = false) {
  const s = n.schema;
  const q = { name: column ? n.name : surveyName(n.pointer), title: n.title };
  if (n.description) q.description = n.description;
  if (n.required) q.isRequired = true;
  if ('const' in s) Object.assign(q, { type: 'text', visible: false, defaultValue: s.const });
  else if (n.type === 'boolean') Object.assign(q, { type: 'boolean', renderAs: 'checkbox' });
  else if (Array.isArray(s.enum)) Object.assign(q, { type: n.widget === 'radio' ? 'radiogroup' : 'dropdown', choices: choices(s) });
  else if (n.type === 'number' || n.type === 'integer') Object.assign(q, { type: 'text', inputType: 'number' });
  else if (n.widget === 'textarea') Object.assign(q, { type: 'comment', maxLength: s.maxLength });
  // inputType 'month' would be the nearest widget, but survey-core 2.5.38 throws a RangeError
  // ("Invalid time value") when a month such as 2023-13 is set; a text box with the pattern it is.
  else Object.assign(q, { type: 'text', maxLength: s.maxLength });
  if (column) {
    q.cellType = q.type === 'comment' ? 'comment' : q.type;
    delete q.type;
  }
  const v = validators(n);
  if (v) q.validators = v;
  if (s['x-unit']) q.title = `${n.title}（${s['x-unit']}）`;
  return q;
}

function element(n) {
  let el;
  if (n.children) {
    el = { type: 'panel', name: surveyName(n.pointer), title: n.title, elements: n.children.map(element) };
    if (n.description) el.description = n.description;
  } else if (n.type === 'array') {
    const item = n.item;
    const columns = item.children ? item.children.map((c) => leaf(c, true)) : [leaf({ ...item, name: 'value', required: true }, true)];
    el = {
      type: 'matrixdynamic',
      name: surveyName(n.pointer),
      title: n.title,
      columns,
      rowCount: n.schema.minItems ?? 0,
      minRowCount: n.schema.minItems ?? 0,
      maxRowCount: n.schema.maxItems ?? 1000,
    };
    if (n.required || n.schema.minItems) el.isRequired = true;
  } else el = leaf(n);
  const v = visibleIf(n.when);
  if (v) el.visibleIf = v;
  return el;
}

/** The SurveyJS JSON for a resolved guide-forms schema. */
export function toSurvey(schema) {
  const tree = fieldTree(schema);
  return {
    title: schema.title,
    showQuestionNumbers: 'off',
    checkErrorsMode: 'onValueChanged',
    pages: [{ name: 'form', elements: tree.children.map(element) }],
  };
}

/** guide-forms data → SurveyJS answers (flat names; string lists as `{ value }` rows). */
export function toSurveyData(data, pointer = '', out = {}) {
  for (const [k, v] of Object.entries(data ?? {})) {
    const p = `${pointer}/${k}`;
    if (Array.isArray(v)) out[surveyName(p)] = v.map((x) => (x !== null && typeof x === 'object' ? x : { value: x }));
    else if (v !== null && typeof v === 'object') toSurveyData(v, p, out);
    else out[surveyName(p)] = v;
  }
  return out;
}
