// Formily: @formily/core form + @formily/react <SchemaField> over the converted schema.
// Formily ships no widgets of its own (antd / Fusion / Element adapters are separate and
// large), so this page brings the smallest set of plain-HTML components it needs.
import { createForm } from '@formily/core';
import { createSchemaField, FormProvider, observer, RecursionField, useField, useFieldSchema } from '@formily/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import schema from '../../build/input/formily.json';
import { mount, rendered } from './mark.js';

const text = (e) => e.target.value;
const Input = (p) => <input value={p.value ?? ''} onChange={(e) => p.onChange(text(e))} onBlur={p.onBlur} />;
const MonthInput = (p) => <input type="month" value={p.value ?? ''} onChange={(e) => p.onChange(text(e))} onBlur={p.onBlur} />;
const Hidden = () => null;
const TextArea = (p) => <textarea rows={4} value={p.value ?? ''} onChange={(e) => p.onChange(text(e))} onBlur={p.onBlur} />;
const NumberInput = (p) => (
  <input
    type="number"
    value={p.value ?? ''}
    onChange={(e) => p.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
    onBlur={p.onBlur}
  />
);
const Checkbox = (p) => <input type="checkbox" checked={Boolean(p.value)} onChange={(e) => p.onChange(e.target.checked)} />;
const RadioGroup = observer((p) => {
  const field = useField();
  return (
    <span>
      {field.dataSource.map((o) => (
        <label key={o.value}>
          <input type="radio" name={field.address.toString()} checked={p.value === o.value} onChange={() => p.onChange(o.value)} />{' '}
          {o.label}
        </label>
      ))}
    </span>
  );
});
const Select = observer((p) => {
  const field = useField();
  return (
    <select value={p.value ?? ''} onChange={(e) => p.onChange(text(e) || undefined)}>
      <option value="" />
      {field.dataSource.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
});
const FormItem = observer(({ children }) => {
  const field = useField();
  return (
    <div className="item">
      <span className="label">
        {field.title}
        {field.required ? ' *' : ''}
      </span>
      {children}
      {field.description ? <small>{field.description}</small> : null}
      {field.selfErrors.length ? <p className="error">{field.selfErrors.join('；')}</p> : null}
    </div>
  );
});
const Fieldset = observer(({ children }) => {
  const field = useField();
  return (
    <fieldset>
      <legend>{field.title}</legend>
      {children}
    </fieldset>
  );
});
const Row = ({ children }) => <div className="row">{children}</div>;
const ArrayItems = observer((p) => {
  const field = useField();
  const itemSchema = useFieldSchema().items;
  const rows = Array.isArray(p.value) ? p.value : [];
  return (
    <div>
      {rows.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <div key={i}>
          <RecursionField schema={itemSchema} name={i} />
          <button type="button" onClick={() => field.remove(i)}>
            删除
          </button>
        </div>
      ))}
      <button type="button" onClick={() => field.push(itemSchema.type === 'object' ? {} : '')}>
        添加
      </button>
    </div>
  );
});

const SchemaField = createSchemaField({
  components: { Input, MonthInput, Hidden, TextArea, NumberInput, Checkbox, RadioGroup, Select, FormItem, Fieldset, Row, ArrayItems },
});
const form = createForm({ validateFirst: false });

function App() {
  return (
    <FormProvider form={form}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          form.submit().catch(() => {});
        }}
      >
        <SchemaField schema={schema} />
        <button type="submit">提交</button>
      </form>
    </FormProvider>
  );
}

const root = createRoot(mount());
flushSync(() => root.render(<App />));
rendered();
