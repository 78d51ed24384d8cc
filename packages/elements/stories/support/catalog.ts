/// <reference types="vite/client" />
/**
 * What the stories are made from, discovered with `import.meta.glob` rather than listed by
 * hand: every `forms/<category>/schema.json` and every example next to it.
 */
import { exampleExpectation } from '@guide-forms/core/tooling';

/** Inside the 2022 call window (2021-10-20 to 2021-11-10, 北京时间). */
export const OPEN = '2021-11-01T10:00:00+08:00';
/** The day after the window closed. */
export const CLOSED = '2021-11-11T09:00:00+08:00';

type Json = Record<string, unknown>;

const schemas = import.meta.glob<Json>('/forms/*/schema.json', { eager: true, import: 'default' });
const examples = import.meta.glob<Json>('/forms/*/examples/*.json', { eager: true, import: 'default' });

/** The slug of every form in `forms/` (not `_shared`), sorted. */
export const categories: string[] = Object.keys(schemas)
  .map((path) => path.split('/')[2] as string)
  .filter((name) => !name.startsWith('_'))
  .sort();

/** The raw schema of a form (before `x-options` and `$ref`s are resolved). */
export function rawSchema(category: string): Json {
  const schema = schemas[`/forms/${category}/schema.json`];
  if (!schema) throw new Error(`stories: no forms/${category}/schema.json (known: ${categories.join(', ')})`);
  return schema;
}

/** The example files of a form, by file name (`eligible.json`, `fail-R10.json`, `warn-R13.json`, …). */
export function exampleFiles(category: string): string[] {
  const prefix = `/forms/${category}/examples/`;
  return Object.keys(examples)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length))
    .sort();
}

/** A fresh copy of one example; throws naming the file when it does not exist. */
export function example(category: string, file: string): Json {
  const data = examples[`/forms/${category}/examples/${file}`];
  if (!data) throw new Error(`stories: no forms/${category}/examples/${file}`);
  return structuredClone(data);
}

/** The rule a `fail-`, `warn-` or `info-<rule>.json` example shows firing (`fail-R15.basis.json` → `R15.basis`). */
export function ruleOf(file: string): string {
  const expectation = exampleExpectation(file);
  if (expectation?.kind !== 'finding') throw new Error(`stories: ${file} is not a fail-/warn-/info-<rule>.json example`);
  return expectation.rule;
}
