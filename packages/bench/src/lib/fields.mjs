// Walks a resolved guide-forms JSON Schema into a field tree the converters share: every
// property (those declared in `allOf[].then.properties` too, with the `if` as a condition),
// its type, the widget the guide-forms renderer would pick, and whether it is required.

/**
 * @typedef {{ pointer: string, values: unknown[] }} Condition
 * @typedef {{
 *   name: string, pointer: string, title: string, description: string | undefined,
 *   type: string, widget: string, schema: Record<string, any>, required: boolean,
 *   when: Condition[] | null, children?: FieldNode[], item?: FieldNode
 * }} FieldNode
 */

/** Conditions of an `if` (only `properties` / `const` / `enum` / `required`, as the convention says). */
function conditionsOf(ifSchema, base) {
  const out = [];
  for (const [key, sub] of Object.entries(ifSchema.properties ?? {})) {
    const pointer = `${base}/${key}`;
    if ('const' in sub) out.push({ pointer, values: [sub.const] });
    else if (Array.isArray(sub.enum)) out.push({ pointer, values: sub.enum });
    else if (sub.properties) out.push(...conditionsOf(sub, pointer));
  }
  return out;
}

/** `allOf` items flattened (the root's `allOf` holds another `allOf` from `$ref` roleSections). */
function flatAllOf(schema) {
  const out = [];
  for (const item of schema.allOf ?? []) {
    if (item.if) out.push(item);
    if (item.allOf) out.push(...flatAllOf(item));
  }
  return out;
}

function typeOf(schema) {
  if (schema.type) return Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.properties) return 'object';
  if ('const' in schema) return typeof schema.const;
  return 'string';
}

function widgetOf(schema, type) {
  if (schema['x-widget']) return schema['x-widget'];
  if (type === 'string' && Array.isArray(schema.enum)) return schema.enum.length <= 4 ? 'radio' : 'select';
  if (type === 'boolean') return 'checkbox';
  if (type === 'number' || type === 'integer') return 'number';
  return type === 'string' ? 'text' : type;
}

/** One node (and its subtree) for `schema` at `pointer`. */
export function node(schema, name, pointer, required = false, when = null) {
  const type = typeOf(schema);
  /** @type {FieldNode} */
  const n = {
    name,
    pointer,
    title: schema.title ?? name,
    description: schema.description,
    type,
    widget: widgetOf(schema, type),
    schema,
    required,
    when,
  };
  if (type === 'object') n.children = childrenOf(schema, pointer);
  if (type === 'array' && schema.items) n.item = node(schema.items, '*', `${pointer}/*`, false, null);
  return n;
}

function childrenOf(schema, pointer) {
  const required = new Set(schema.required ?? []);
  const children = Object.entries(schema.properties ?? {}).map(([k, s]) => node(s, k, `${pointer}/${k}`, required.has(k)));
  for (const item of flatAllOf(schema)) {
    const when = conditionsOf(item.if, pointer);
    const thenRequired = new Set(item.then?.required ?? []);
    for (const [k, s] of Object.entries(item.then?.properties ?? {})) {
      children.push(node(s, k, `${pointer}/${k}`, thenRequired.has(k), when));
    }
  }
  return children;
}

/** The whole form as a tree; the root node has pointer ''. */
export function fieldTree(schema) {
  return node(schema, '', '');
}

/** Every node pointer below the root, depth first (array items as `/*`). */
export function allPointers(tree) {
  const out = [];
  const visit = (n) => {
    if (n.pointer) out.push(n.pointer);
    for (const c of n.children ?? []) visit(c);
    if (n.item) visit(n.item);
  };
  visit(tree);
  return out;
}

/** Leaf pointers only: the fields a person fills in. */
export function leafPointers(tree) {
  const out = [];
  const visit = (n) => {
    if (n.children) for (const c of n.children) visit(c);
    else if (n.item?.children) for (const c of n.item.children) visit(c);
    else out.push(n.pointer);
  };
  visit(tree);
  return out;
}

/** `/a/b` → `a.b` (the dotted paths Formily and Form.io use). */
export const dotted = (pointer) => pointer.slice(1).split('/').join('.');
