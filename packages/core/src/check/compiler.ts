import type { Check } from './context.js';

/** A schema object being compiled, and where it is: `loc` names it in errors, `base` resolves its `$ref`s. */
export interface At {
  schema: Readonly<Record<string, unknown>>;
  /** Its place as an error's `schemaPath` names it: `#/properties/unit` in the form, `<$id>#/$defs/unit` elsewhere. */
  loc: string;
  /** The URI its `$ref`s resolve against (its document's `$id`). */
  base: string;
}

/** What a keyword's compiler may ask of the schema's. */
export interface Compiler {
  /** The check of a subschema at `loc` (a boolean schema or an object) that applies to the same value. */
  node(schema: unknown, loc: string, base: string): Check;
  /** The same, for a subschema that applies to a part of the value (a property, an item). */
  inner(schema: unknown, loc: string, base: string): Check;
  /** The check of the schema `ref` points at, resolved against `base`. */
  ref(ref: string, base: string, loc: string): Check;
  /** Formats by name. */
  formats: Readonly<Record<string, (s: string) => boolean>>;
  /** A refusal of the schema at `loc`: what is wrong with it. */
  refuse(loc: string, message: string): Error;
}

/** Compiles one keyword of a schema object; `undefined` when it checks nothing there. */
export type KeywordCompiler = (at: At, k: Compiler) => Check | undefined;

/** `<loc>/<key>`, the key escaped as ajv writes a schema path (JSON Pointer, then URI-encoded; `$` kept). */
export function child(loc: string, key: string | number): string {
  if (typeof key === 'number' || PLAIN.test(key)) return `${loc}/${key}`;
  return `${loc}/${encodeURIComponent(String(key).replaceAll('~', '~0').replaceAll('/', '~1')).replaceAll('%24', '$')}`;
}

/** A key that needs no escaping in a schema path. */
const PLAIN = /^[\w$.-]*$/;

/** A value of a schema as a refusal names it: a text as it is, anything else as JSON. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
