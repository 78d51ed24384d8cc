import { formatPointer, joinPointer, parsePointer, toPattern } from '../pointer.js';
import type { JsonSchema, Lang } from '../types.js';

/** What the engine knows of one field, keyed by its pointer pattern (`*` for array items). */
export interface FieldInfo {
  pattern: string;
  title: string | undefined;
  titleEn: string | undefined;
  unit: string | undefined;
  unitEn: string | undefined;
  schema: JsonSchema;
}

/**
 * Indexes every field a dereferenced schema can describe — through `properties`,
 * `items` and the branches of `allOf`/`if`/`then`/`else`/`anyOf`/`oneOf` — by pointer pattern.
 */
export function indexFields(schema: JsonSchema): Map<string, FieldInfo> {
  const index = new Map<string, FieldInfo>();
  const visit = (node: unknown, pattern: string): void => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
    const s = node as JsonSchema;
    const known = index.get(pattern);
    if (!known || (known.title === undefined && typeof s.title === 'string')) {
      index.set(pattern, {
        pattern,
        title: typeof s.title === 'string' ? s.title : known?.title,
        titleEn: typeof s['x-title-en'] === 'string' ? (s['x-title-en'] as string) : known?.titleEn,
        unit: typeof s['x-unit'] === 'string' ? (s['x-unit'] as string) : known?.unit,
        unitEn: typeof s['x-unit-en'] === 'string' ? (s['x-unit-en'] as string) : known?.unitEn,
        schema: known?.schema ?? s,
      });
    }
    const props = s.properties as Record<string, unknown> | undefined;
    if (props) for (const [k, v] of Object.entries(props)) visit(v, joinPointer(pattern, k));
    if (s.items) visit(s.items, `${pattern}/*`);
    for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
      if (Array.isArray(s[k])) for (const b of s[k] as unknown[]) visit(b, pattern);
    }
    for (const k of ['if', 'then', 'else'] as const) if (k !== 'if') visit(s[k], pattern);
  };
  visit(schema, '');
  return index;
}

/**
 * The label of the field at a data pointer, in the language asked, falling back to the pointer.
 * A field inside an array row names the row: `阶段性考核指标 第 2 条 · 目标值`. `ownTitle` replaces the
 * field's own title (the one of the branch in force, see `toSchemaErrors`).
 */
export function fieldLabel(index: Map<string, FieldInfo>, pointer: string, lang: Lang, ownTitle?: string): string {
  const title = (p: string): string | undefined => {
    const info = index.get(toPattern(p));
    return lang === 'en' ? (info?.titleEn ?? info?.title) : info?.title;
  };
  const own = ownTitle ?? title(pointer) ?? (pointer || (lang === 'en' ? 'the form' : '表单'));
  const segments = parsePointer(pointer);
  const row = segments.findLastIndex((s) => /^\d+$/.test(s));
  if (row < 0 || row === segments.length - 1) return own;
  const list = title(formatPointer(segments.slice(0, row))) ?? '';
  const n = Number(segments[row]) + 1;
  return lang === 'en' ? `${list} row ${n} · ${own}` : `${list} 第 ${n} 条 · ${own}`;
}

/** The field's unit (万元, 月, 人, 项 — or its English form), if it has one. */
export function fieldUnit(index: Map<string, FieldInfo>, pointer: string, lang: Lang = 'zh-CN'): string {
  const info = index.get(toPattern(pointer));
  return (lang === 'en' ? (info?.unitEn ?? info?.unit) : info?.unit) ?? '';
}
