import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@guide-forms/core';
import { examplesFor, findRoot } from '@guide-forms/core/node';

/** The repository root (holds forms/ and rules/). */
export const ROOT = findRoot();

/**
 * The call year these tests are written against. Every helper below pins it, so publishing
 * a new year (a higher threshold, another region) never changes what these tests check.
 */
export const YEAR = 2022;

/** A moment inside the 2022 call's window. */
export const OPEN_NOW = '2021-11-01T10:00:00+08:00';

/** `evaluate` of @guide-forms/core in {@link YEAR} unless the test names another year. */
export function evaluate(category: string, data: unknown, options: core.EvaluateOptions = {}): core.Verdict {
  return core.evaluate(category as never, data as never, { year: YEAR, ...options });
}

/** `getForm` of @guide-forms/core, in {@link YEAR} by default. */
export function getForm(category: string, year = YEAR): ReturnType<typeof core.getForm> {
  return core.getForm(category, year);
}

/** `listCategories` of @guide-forms/core, in {@link YEAR} by default. */
export function listCategories(year = YEAR): ReturnType<typeof core.listCategories> {
  return core.listCategories(year);
}

/** Categories that have a form folder. */
export function formCategories(): string[] {
  return readdirSync(join(ROOT, 'forms'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/** Example file names of a category in {@link YEAR} (`eligible.json`, `fail-R14.json`, ...): shared ones and that year's own. */
export function exampleFiles(category: string): string[] {
  return examplesFor(ROOT, category, YEAR).map((e) => e.name);
}

/** A parsed example, as it applies to {@link YEAR}. */
export function example<T = Record<string, unknown>>(category: string, file = 'eligible.json'): T {
  const found = examplesFor(ROOT, category, YEAR).find((e) => e.name === file);
  if (!found) throw new Error(`no example ${file} of ${category} for ${YEAR}`);
  return JSON.parse(readFileSync(join(ROOT, found.rel), 'utf8')) as T;
}

/** A deep copy, for tests that change one field of an example. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
