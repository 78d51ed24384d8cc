import type { JsonSchema } from '@guide-forms/core/node';
import { type Catalog, catalogYears, compileFormSchema, defaultYear, deref, fileOf, schemaValidators } from '@guide-forms/core/tooling';
import { compile } from 'json-schema-to-typescript';
import { checkedCatalogOf, loadWorkspace } from '../admin/sources.js';

/** Where the generated types live, relative to the root. */
export const TYPES_FILE = 'packages/core/src/generated/form-data.ts';

/** `key-rd` → `KeyRdData`. */
export function typeName(slug: string): string {
  return `${slug
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('')}Data`;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Prepares a form schema for json-schema-to-typescript: Chinese titles (which it would
 * turn into `NoName` types) move into the description with the unit, `x-` annotations go,
 * and conditional sections (`allOf[].then.properties`) become optional properties, since
 * a field that exists only in some cases is optional in the data type.
 */
export function forTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forTypes);
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  const notes: string[] = [];
  if (typeof node.title === 'string') notes.push(typeof node['x-unit'] === 'string' ? `${node.title}（${node['x-unit']}）` : node.title);
  if (typeof node.description === 'string') notes.push(node.description);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' || key === 'description' || key.startsWith('x-') || key === '$id' || key === '$schema' || key === '$comment')
      continue;
    if (key === 'allOf' || key === 'if' || key === 'then' || key === 'else') continue;
    // A list filled from the year's call.json (`x-options`) changes yearly: the type says string.
    if (key === 'enum' && typeof node['x-options'] === 'string') continue;
    out[key] =
      key === 'properties' ? Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, forTypes(v)])) : forTypes(value);
  }
  if (notes.length) out.description = notes.join('\n');

  const conditional = [node, ...(Array.isArray(node.allOf) ? node.allOf : [])].filter(isObject);
  const kept = (Array.isArray(node.allOf) ? node.allOf : []).filter((s) => !(isObject(s) && ('then' in s || 'else' in s)));
  const properties = { ...((out.properties as JsonSchema | undefined) ?? {}) };
  for (const branch of conditional.flatMap((c) => [c.then, c.else])) {
    if (!isObject(branch) || !isObject(branch.properties)) continue;
    for (const [k, v] of Object.entries(branch.properties)) if (!(k in properties)) properties[k] = forTypes(v);
  }
  // An allOf item that only adds (now optional) properties is merged into its parent.
  const rest: unknown[] = [];
  for (const item of kept.map(forTypes)) {
    const extra = isObject(item) ? Object.keys(item).filter((k) => k !== 'properties' && k !== 'description' && k !== 'type') : ['?'];
    if (isObject(item) && isObject(item.properties) && !extra.length) {
      for (const [k, v] of Object.entries(item.properties)) if (!(k in properties)) properties[k] = v;
    } else rest.push(item);
  }
  if (Object.keys(properties).length) out.properties = properties;
  if (rest.length) out.allOf = rest;
  return out;
}

/**
 * The year whose form a type describes: the default year (the engine's), else the latest year
 * that opens the category. Year lists (`x-options`) stay plain strings in the type, so the type
 * holds from year to year.
 */
function typesYear(catalog: Catalog, slug: string): number | undefined {
  const opens = (y: number): boolean => catalog.years[y]?.call.categories?.includes(slug) === true;
  const preferred = defaultYear(catalog);
  if (preferred !== undefined && opens(preferred)) return preferred;
  return catalogYears(catalog).reverse().find(opens);
}

/** `{options:partnerRegions}` kept as written: the year's list in a hint would change the type's comment every year. */
const KEEP = '{options\u200b:';

/**
 * The schema as no particular year fills it: without `x-item-extra` / `x-item-hint` (every region
 * branch keeps the template's fields as written) and with `{options:…}` placeholders protected.
 */
function yearless(node: unknown): unknown {
  if (typeof node === 'string') return node.replaceAll('{options:', KEEP);
  if (Array.isArray(node)) return node.map(yearless);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== 'x-item-extra' && k !== 'x-item-hint')
      .map(([k, v]) => [k, yearless(v)]),
  );
}

/**
 * The TypeScript of every form's data, with a `FormDataMap` from slug to type. `call`: the series
 * the forms are of (`yichang`), named in the header's command; absent for the default series.
 */
export async function generateTypes(root: string, call?: string): Promise<string> {
  const ws = loadWorkspace(root);
  const catalog = checkedCatalogOf(ws);
  const validators = schemaValidators();
  const parts: string[] = [];
  const map: string[] = [];
  for (const slug of ws.forms) {
    const schema = catalog.forms[slug];
    if (!schema) continue;
    const name = typeName(slug);
    const year = typesYear(catalog, slug);
    // The engine's pipeline, so the type describes the form as compiled; a form no year opens is only dereferenced.
    // A field a year's optionsDetail may or may not add (`x-item-extra`) is typed from the form's
    // template, and hints keep their `{options:…}`, whatever that year's call.json says: the type
    // does not change by year.
    const template = yearless(schema) as JsonSchema;
    const resolved =
      year === undefined
        ? deref(template, catalog.shared, fileOf(catalog, `forms/${slug}`))
        : compileFormSchema({ ...catalog, forms: { ...catalog.forms, [slug]: template } }, slug, year, validators).resolved;
    const prepared = forTypes(resolved) as JsonSchema;
    const title = typeof schema.title === 'string' ? schema.title : slug;
    prepared.description = `${title}（forms/${slug}/schema.json）`;
    const ts = await compile(prepared as Parameters<typeof compile>[0], name, {
      bannerComment: '',
      additionalProperties: false,
      declareExternallyReferenced: true,
      unknownAny: true,
      maxItems: -1,
      format: true,
      strictIndexSignatures: true,
      style: { singleQuote: true, printWidth: 140 },
    });
    parts.push(ts.trim().replaceAll(KEEP, '{options:'));
    map.push(`  '${slug}': ${name};`);
  }
  const command = call ? `npx guide-forms types --call ${call}` : 'npx guide-forms types';
  const forms = call ? `calls/${call}/forms` : 'forms';
  return [
    `/* Generated by \`${command.replace('npx ', '')}\` from ${forms}/<category>/schema.json — do not edit by hand. */`,
    `/* Run \`${command}\` after changing a form; \`${command} --check\` tells when this file is stale. */`,
    '',
    ...parts.flatMap((p) => [p, '']),
    '/** The data type of each form, by category slug. */',
    'export interface FormDataMap {',
    ...map,
    '}',
    '',
  ].join('\n');
}
