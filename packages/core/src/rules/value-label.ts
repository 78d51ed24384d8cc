import { toPattern } from '../pointer.js';
import type { FieldInfo } from '../schema/fields.js';
import type { Lang } from '../types.js';

/**
 * How a message shows the value at a pointer, when the value is one of its field's choices: the
 * choice's label in the message's language, or `undefined` to show the value as it is.
 */
export type ValueLabel = (pointer: string, value: unknown) => string | undefined;

/** The label of `value` among a field schema's choices (`enum` or `const`), if it has labels. */
function choiceLabel(info: FieldInfo | undefined, value: unknown, lang: Lang): string | undefined {
  const schema = info?.schema;
  if (!schema) return undefined;
  const labels = schema[lang === 'en' ? 'x-enum-en' : 'x-enum-zh'];
  if (!Array.isArray(labels)) return undefined;
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : [];
  const at = values.indexOf(value as never);
  const label = at < 0 ? undefined : labels[at];
  return typeof label === 'string' ? label : undefined;
}

/**
 * Labels from a form's fields: a rule message quoting a choice shows it as the form shows it —
 * `University` for 高等院校 in English, 附件2 重点科技研发计划… for the category `key-rd` — never
 * the stored value in the other language or a slug. A list of choices is labelled item by item.
 * `alias` maps a pointer of the message's document to the field that holds the same kind of
 * value (a pair document's `/category` is a category, as the summary's `/linked/category` is).
 *
 * @example
 * const label = valueLabels(form.fields, 'en');
 * label('/unit/unitType', '高等院校'); // 'University'
 */
export function valueLabels(fields: ReadonlyMap<string, FieldInfo>, lang: Lang, alias?: (pointer: string) => string): ValueLabel {
  return (pointer, value) => {
    const info = fields.get(toPattern(alias ? alias(pointer) : pointer));
    if (Array.isArray(value)) {
      const item = fields.get(`${toPattern(alias ? alias(pointer) : pointer)}/*`) ?? info;
      const shown = value.map((v) => choiceLabel(item, v, lang) ?? v);
      return shown.some((v, i) => v !== value[i]) ? shown.join(lang === 'en' ? ', ' : '、') : undefined;
    }
    return choiceLabel(info, value, lang);
  };
}
