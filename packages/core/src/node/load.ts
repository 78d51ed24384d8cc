import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, YearCatalog } from '../catalog.js';
import { GuideFormsError } from '../errors.js';
import type { CallFile, JsonSchema, RuleFile } from '../types.js';
import { readJsonFile } from './json-file.js';

const SHARED_DIR = '_shared';

/** True when a folder holds `forms/` and `rules/`. */
function isRoot(dir: string): boolean {
  return existsSync(join(dir, 'forms')) && existsSync(join(dir, 'rules'));
}

/**
 * Finds the folder with `forms/` and `rules/`: `GUIDE_FORMS_ROOT` if set, else the
 * nearest one above the working directory, else the repository this package sits in.
 */
export function findRoot(start = process.cwd()): string {
  const env = process.env.GUIDE_FORMS_ROOT;
  if (env) return resolve(env);
  for (const from of [start, dirname(fileURLToPath(import.meta.url))]) {
    let dir = resolve(from);
    for (;;) {
      if (isRoot(dir)) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new GuideFormsError('no-root', '找不到 forms/ 和 rules/ 目录：请在仓库根目录运行，或设置 GUIDE_FORMS_ROOT');
}

function listDirs(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

/**
 * Reads every form from `forms/` and every year from `rules/` under `root`.
 * Malformed JSON fails here with the file, line and column.
 */
export function loadCatalog(root = findRoot()): Catalog {
  const files: Record<string, string> = {};
  const read = <T>(key: string, rel: string): T => {
    files[key] = rel;
    return readJsonFile(join(root, rel), root) as T;
  };

  const shared: Record<string, JsonSchema> = {};
  const forms: Record<string, JsonSchema> = {};
  for (const name of listDirs(join(root, 'forms'))) {
    const rel = `forms/${name}/schema.json`;
    if (!existsSync(join(root, rel))) continue;
    const schema = read<JsonSchema>(`forms/${name}`, rel);
    if (name === SHARED_DIR) shared[String(schema.$id ?? name)] = schema;
    else forms[name] = schema;
  }

  const years: Record<number, YearCatalog> = {};
  for (const name of listDirs(join(root, 'rules'))) {
    if (!/^\d{4}$/.test(name)) continue;
    const year = Number(name);
    const call = read<CallFile>(`rules/${year}/call`, `rules/${name}/call.json`);
    const rules: Record<string, RuleFile> = {};
    for (const file of readdirSync(join(root, 'rules', name)).sort()) {
      const m = /^(.+)\.rules\.json$/.exec(file);
      if (m) rules[m[1] as string] = read<RuleFile>(`rules/${year}/${m[1]}`, `rules/${name}/${file}`);
    }
    years[year] = { call, rules };
  }
  return { shared, forms, years, files };
}
