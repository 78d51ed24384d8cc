// The bench compares like with like only if every anchor gets the whole form: each converter
// must keep every field of key-rd, and each anchor's validator must accept the eligible
// example and reject the invalid one. Measuring is `npm run bench`, not a test.

import { getForm } from '@guide-forms/core';
import { formats } from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { type FormilyProperty, toFormily } from '../src/converters/formily.mjs';
import { type FormioComponent, toFormio } from '../src/converters/formio.mjs';
import { toJsonForms, type UiElement } from '../src/converters/jsonforms.mjs';
import { toRjsf } from '../src/converters/rjsf.mjs';
import { type SurveyElement, toSurvey } from '../src/converters/survey.mjs';
import { eligible, invalid } from '../src/lib/data.mjs';
import { fieldTree, leafPointers } from '../src/lib/fields.mjs';
import { FORMAT_PATTERNS } from '../src/lib/formats.mjs';
import { validators } from '../src/lib/validators.mjs';

const schema = getForm('key-rd', 2022).schema;
const expected = [...leafPointers(fieldTree(schema))].sort();

function jsonFormsPointers(el: UiElement, base = ''): string[] {
  const out: string[] = [];
  if (el.type === 'Control' && el.scope) {
    const pointer = base + el.scope.slice(1).replaceAll('/properties/', '/');
    const detail = el.options?.detail;
    if (detail) out.push(...(detail.elements ?? []).flatMap((d) => jsonFormsPointers(d, `${pointer}/*`)));
    else out.push(pointer);
  }
  for (const child of el.elements ?? []) out.push(...jsonFormsPointers(child, base));
  return out;
}

function surveyPointers(els: SurveyElement[]): string[] {
  return els.flatMap((el) => {
    if (el.elements) return surveyPointers(el.elements);
    const pointer = `/${el.name.split('__').join('/')}`;
    if (el.type === 'matrixdynamic') {
      const cols = el.columns ?? [];
      return cols.length === 1 && cols[0]?.name === 'value' ? [pointer] : cols.map((c) => `${pointer}/*/${c.name}`);
    }
    return [pointer];
  });
}

function formilyPointers(p: FormilyProperty, base = ''): string[] {
  return Object.entries(p.properties ?? {}).flatMap(([k, v]) => {
    const pointer = `${base}/${k}`;
    if (v.properties) return formilyPointers(v, pointer);
    if (v.items?.properties) return formilyPointers(v.items, `${pointer}/*`);
    return [pointer];
  });
}

function formioPointers(components: FormioComponent[], base = ''): string[] {
  return components
    .filter((c) => c.input && c.type !== 'button')
    .flatMap((c) => {
      const pointer = `${base}/${c.key}`;
      if (c.type === 'container') return formioPointers(c.components ?? [], pointer);
      if (c.type === 'datagrid') return formioPointers(c.components ?? [], `${pointer}/*`);
      return [pointer];
    });
}

describe('converters keep every field of key-rd', () => {
  it('the field tree has the 63 leaf fields of the form', () => {
    expect(expected).toHaveLength(63);
    expect(expected).toContain('/classification/highTechZone');
    expect(expected).toContain('/indicators/binding/otherBinding');
    expect(expected).toContain('/indicators/academic/otherAcademic');
    expect(expected).toContain('/demander/marketProspect');
    expect(expected).toContain('/indicators/milestones/*/dueMonth');
  });

  it('rjsf gets the schema itself, with a widget for every text area', () => {
    const { schema: s, uiSchema } = toRjsf(schema);
    expect(s).toBe(schema);
    expect(uiSchema).toMatchObject({ content: { background: { 'ui:widget': 'textarea' } }, unit: { unitType: { 'ui:widget': 'radio' } } });
  });

  it('JSON Forms: one Control per field, each scope resolving in the (hoisted) schema', () => {
    const { schema: s, uischema } = toJsonForms(schema);
    const pointers = jsonFormsPointers(uischema);
    expect([...pointers].sort()).toEqual(expected);
    for (const p of pointers) {
      let at: unknown = s;
      for (const seg of p.slice(1).split('/')) {
        const o = at as { properties?: Record<string, unknown>; items?: unknown };
        at = seg === '*' ? o.items : o.properties?.[seg];
      }
      expect(at, p).toBeTypeOf('object');
    }
  });

  it('SurveyJS: one question or matrix column per field', () => {
    expect(surveyPointers(toSurvey(schema).pages.flatMap((p) => p.elements)).sort()).toEqual(expected);
  });

  it('Formily: one property per field', () => {
    expect(formilyPointers(toFormily(schema)).sort()).toEqual(expected);
  });

  it('Form.io: one input component per field', () => {
    expect(formioPointers(toFormio(schema).components).sort()).toEqual(expected);
  });
});

describe('what the anchors validate with', () => {
  it("the format patterns agree with core's formats", () => {
    const samples = [
      '91210200MA0QCWF84H',
      '91210200MA0QCWF84',
      '13998765432',
      '1399876543',
      '0411-84751234',
      '116023',
      '916023',
      'wangln@haichuang-tech.cn',
      'wangln@',
      'A@B.CN',
      '2022-12',
      '2023-13',
      '2024-02-29',
      '2023-02-29',
    ];
    for (const [name, check] of Object.entries(formats)) {
      const source = FORMAT_PATTERNS[name];
      expect(source, name).toBeDefined();
      const re = new RegExp(source as string);
      // `date` as a pattern cannot know leap years; only 2023-02-29 may differ.
      for (const s of samples.filter((v) => !(name === 'date' && v === '2023-02-29'))) expect(re.test(s), `${name} ${s}`).toBe(check(s));
    }
  });

  it('every validator accepts the eligible example and rejects the invalid one', async () => {
    const outcomes: Record<string, [boolean, boolean]> = {};
    for (const v of validators()) outcomes[v.id] = [(await v.prepare(eligible())()).valid, (await v.prepare(invalid())()).valid];
    expect(outcomes).toEqual({
      'guide-forms': [true, false],
      'guide-forms-schema': [true, false],
      rjsf: [true, false],
      jsonforms: [true, false],
      survey: [true, false],
      formily: [true, false],
      formio: [true, false],
    });
  });
});
