import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot } from '@guide-forms/core';

/** The repository root (holds forms/ and rules/). */
export const ROOT = findRoot();

/** A moment inside the 2022 call's window. */
export const OPEN_NOW = '2021-11-01T10:00:00+08:00';

/** Categories that have a form folder. */
export function formCategories(): string[] {
  return readdirSync(join(ROOT, 'forms'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/** Example file names of a category (`eligible.json`, `fail-R14.json`, `warn-R13.json`, ...). */
export function exampleFiles(category: string): string[] {
  try {
    return readdirSync(join(ROOT, 'forms', category, 'examples'))
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

/** A parsed example. */
export function example<T = Record<string, unknown>>(category: string, file = 'eligible.json'): T {
  return JSON.parse(readFileSync(join(ROOT, 'forms', category, 'examples', file), 'utf8')) as T;
}

/** A deep copy, for tests that change one field of an example. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
