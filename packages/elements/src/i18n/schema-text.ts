import type { JsonSchema, Lang } from '@guide-forms/core';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A schema node's label: `title`, or `x-title-en` in English (falling back to `title`). */
export function titleOf(schema: JsonSchema, lang: Lang, fallback = ''): string {
  return (lang === 'en' ? str(schema['x-title-en']) : undefined) ?? str(schema.title) ?? fallback;
}

/** A schema node's hint: `description`, or `x-description-en` in English. */
export function descriptionOf(schema: JsonSchema, lang: Lang): string | undefined {
  return lang === 'en' ? (str(schema['x-description-en']) ?? str(schema.description)) : str(schema.description);
}

/** A schema node's unit: `x-unit`, or `x-unit-en` in English. */
export function unitOf(schema: JsonSchema, lang: Lang): string | undefined {
  return lang === 'en' ? (str(schema['x-unit-en']) ?? str(schema['x-unit'])) : str(schema['x-unit']);
}

/**
 * Display labels of an enum: `x-enum-en` in English, `x-enum-zh` in Chinese when the
 * values are slugs, else the values themselves.
 */
export function enumLabels(schema: JsonSchema, lang: Lang): string[] {
  const values = Array.isArray(schema.enum) ? (schema.enum as unknown[]) : schema.const !== undefined ? [schema.const] : [];
  const labels = (lang === 'en' ? schema['x-enum-en'] : schema['x-enum-zh']) as unknown;
  return values.map((v, i) => (Array.isArray(labels) && typeof labels[i] === 'string' ? (labels[i] as string) : String(v)));
}

/** A placeholder from `x-placeholder` (`x-placeholder-en` in English), if the schema gives one. */
export function placeholderOf(schema: JsonSchema, lang: Lang): string | undefined {
  return lang === 'en' ? (str(schema['x-placeholder-en']) ?? str(schema['x-placeholder'])) : str(schema['x-placeholder']);
}
