import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One example submission of a form, as it applies to a year. */
export interface ExampleFile {
  /** The file name, which says what it promises: `eligible.json`, `fail-R14.json`, … */
  name: string;
  /** Path from the root: `forms/key-rd/examples/eligible.json` or `forms/key-rd/examples/2023/eligible.json`. */
  rel: string;
}

function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.json'))
        .map((d) => d.name)
    : [];
}

/**
 * The examples of a form for a year: every `forms/<category>/examples/*.json` (they hold in
 * every year) and every `forms/<category>/examples/<year>/*.json` (that year only); a year's
 * file replaces the shared one of the same name. So when 2023 raises a threshold, 2023 gets
 * its own `eligible.json` and 2022 keeps being judged by its own.
 *
 * @example
 * examplesFor('/repo', 'key-rd', 2023);
 * // [{ name: 'eligible.json', rel: 'forms/key-rd/examples/2023/eligible.json' }, { name: 'fail-R14.json', rel: 'forms/key-rd/examples/fail-R14.json' }, …]
 */
export function examplesFor(root: string, category: string, year: number): ExampleFile[] {
  const base = `forms/${category}/examples`;
  const byName = new Map<string, string>();
  for (const name of jsonFiles(join(root, base))) byName.set(name, `${base}/${name}`);
  for (const name of jsonFiles(join(root, base, String(year)))) byName.set(name, `${base}/${year}/${name}`);
  return [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, rel]) => ({ name, rel }));
}
