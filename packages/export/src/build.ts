import type { FormDefinition, JsonSchema, Lang, Verdict } from '@guide-forms/core';
import { joinPointer } from '@guide-forms/core/tooling';
import { effectiveProperties } from './conditional.js';
import type { PaperDocument, PaperPart, PaperRow, PaperSection } from './model.js';
import { reviewBox } from './review.js';
import { isLong, labelOf, type TextContext, valueText, xmlSafe } from './text.js';

/** One form to print: its definition in force, the applicant's data, and its verdict. */
export interface PaperInput {
  form: FormDefinition;
  data: unknown;
  verdict: Verdict;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isObjectSchema(s: JsonSchema): boolean {
  return s.type === 'object' || (s.type === undefined && isObject(s.properties)) || Array.isArray(s.allOf);
}

function itemsOf(s: JsonSchema): JsonSchema | undefined {
  return isObject(s.items) ? (s.items as JsonSchema) : undefined;
}

function rowsOf(schema: JsonSchema, data: unknown, pointer: string, ctx: TextContext): PaperRow[] {
  const value = isObject(data) ? data : {};
  const props = effectiveProperties(schema, value);
  // A block made only of yes/no statements is a list of declarations: ☑ / ☐ with the statement.
  if (props.length && props.every(([, s]) => s.type === 'boolean')) {
    return [
      {
        kind: 'checks',
        pointer,
        items: props.map(([key, s]) => ({ pointer: joinPointer(pointer, key), checked: value[key] === true, label: labelOf(s, key, ctx) })),
      },
    ];
  }
  const rows: PaperRow[] = [];
  for (const [key, s] of props) {
    const at = joinPointer(pointer, key);
    const label = labelOf(s, key, ctx);
    const v = value[key];
    const items = itemsOf(s);
    if (isObjectSchema(s)) {
      rows.push({ kind: 'group', pointer: at, label }, ...rowsOf(s, v, at, ctx));
    } else if (s.type === 'array' && items && isObjectSchema(items)) {
      rows.push(tableOf(items, v, at, label, ctx));
    } else {
      rows.push({ kind: 'field', pointer: at, label, text: valueText(s, v, ctx), long: isLong(s) });
    }
  }
  return rows;
}

/** How wide a sub-table column should be, from what it holds. */
function columnWeight(s: JsonSchema): number {
  if (s.type === 'number' || s.type === 'integer' || s.type === 'boolean') return 1;
  if (s.format === 'year-month' || s.format === 'date' || s['x-widget'] === 'month') return 1.4;
  if (typeof s.maxLength === 'number' && s.maxLength <= 10) return 0.8;
  // A short name (单位 of a 考核节点: 项, 万元, 台套) up to 50 characters: as wide as a number.
  if (typeof s.maxLength === 'number' && s.maxLength <= 50) return 1;
  if (Array.isArray(s.enum)) return 1.4;
  return 2.6;
}

function tableOf(items: JsonSchema, data: unknown, pointer: string, label: string, ctx: TextContext): PaperRow {
  const list = Array.isArray(data) ? data : [];
  // Columns from the item schema as it stands for the first row (items rarely branch).
  const props = effectiveProperties(items, list[0]);
  const columns = [ctx.lang === 'en' ? 'No.' : '序号', ...props.map(([key, s]) => labelOf(s, key, ctx))];
  const weights = [0.6, ...props.map(([, s]) => columnWeight(s))];
  const rows = list.map((item, i) => {
    const obj = isObject(item) ? item : {};
    return [String(i + 1), ...props.map(([key, s]) => valueText(s, obj[key], ctx))];
  });
  return { kind: 'table', pointer, label, columns, weights, rows };
}

function partOf(input: PaperInput, ctx: TextContext): PaperPart {
  const { schema } = input.form;
  const data = isObject(input.data) ? input.data : {};
  const sections: PaperSection[] = [];
  const loose: PaperRow[] = [];
  for (const [key, s] of effectiveProperties(schema, data)) {
    const at = joinPointer('', key);
    if (isObjectSchema(s)) sections.push({ pointer: at, title: labelOf(s, key, ctx), rows: rowsOf(s, data[key], at, ctx) });
    else loose.push(...rowsOf({ type: 'object', properties: { [key]: s } }, data, '', ctx));
  }
  if (loose.length) sections.unshift({ pointer: '', title: ctx.lang === 'en' ? 'General' : '基本信息', rows: loose });
  const title = labelOf(schema, input.form.category, ctx);
  return {
    attachment:
      typeof schema['x-attachment'] === 'string'
        ? xmlSafe(schema['x-attachment'] as string).replace(/^附件/, ctx.lang === 'en' ? 'Attachment ' : '附件')
        : '',
    title,
    sections,
    review: reviewBox(input.verdict, ctx.lang),
  };
}

/**
 * The paper attachment of one submission (and its 凝练表): the document both writers lay out.
 *
 * @example
 * const doc = buildPaper([{ form: engine.getForm('key-rd'), data, verdict }], { lang: 'zh-CN' });
 * doc.parts[0].sections.map((s) => s.title); // ['单位信息', '征集类别与领域', '建议内容', ...]
 */
export function buildPaper(inputs: readonly PaperInput[], options: { lang?: Lang } = {}): PaperDocument {
  const lang: Lang = options.lang === 'en' ? 'en' : 'zh-CN';
  return {
    lang,
    parts: inputs.map((input) => {
      const optionsEn = (input.form.call.optionsEn ?? {}) as Record<string, string>;
      return partOf(input, { lang, optionsEn });
    }),
  };
}
