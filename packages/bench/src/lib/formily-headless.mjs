// Formily without React: creates the fields a <SchemaField> would mount for `schema`
// (as RecursionField / ObjectField / ArrayField do), so `form.validate()` runs in Node.
// Array items are mounted for the rows present in the form's values.
import { Schema } from '@formily/json-schema';

/** Mounts every field of `iSchema` on `form` (a `createForm()` result). */
export function mountFormily(form, iSchema) {
  const root = iSchema instanceof Schema ? iSchema : new Schema(iSchema);
  const mountChildren = (schema, basePath) => {
    schema.mapProperties((s, name) => mountOne(s, name, basePath));
  };
  const mountOne = (s, name, basePath) => {
    const props = { ...s.toFieldProps(), name, basePath };
    if (s.type === 'object') {
      const f = form.createObjectField(props);
      mountChildren(s, f.address);
    } else if (s.type === 'array') {
      const f = form.createArrayField(props);
      const items = s.items;
      const rows = Array.isArray(f.value) ? f.value.length : 0;
      for (let i = 0; i < rows; i++) {
        if (!items || Array.isArray(items)) continue;
        if (items.type === 'object') {
          const o = form.createObjectField({ ...items.toFieldProps(), name: i, basePath: f.address });
          mountChildren(items, o.address);
        } else form.createField({ ...items.toFieldProps(), name: i, basePath: f.address });
      }
    } else form.createField(props);
  };
  mountChildren(root, '');
  return form;
}
