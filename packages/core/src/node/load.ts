import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog.js';
import { buildCatalog } from '../catalog-entries.js';
import { GuideFormsError } from '../errors.js';
import { checkCatalog } from './catalog-check.js';
import { readJsonFile } from './json-file.js';

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
 * The catalog files under `root` ({@link CATALOG_FILES}), root-relative with `/`, sorted:
 * each `forms/<name>/schema.json`, and each `rules/<year>/call.json` and `*.rules.json`.
 * With `requireCall`, a year folder's `call.json` is listed even when it is missing, so
 * reading it names the file.
 *
 * @example
 * catalogFiles('/repo'); // ['forms/_shared/schema.json', …, 'rules/2022/call.json', 'rules/2022/common.rules.json', …]
 */
export function catalogFiles(root: string, { requireCall = false } = {}): string[] {
  const out: string[] = [];
  for (const name of listDirs(join(root, 'forms'))) {
    const rel = `forms/${name}/schema.json`;
    if (existsSync(join(root, rel))) out.push(rel);
  }
  for (const name of listDirs(join(root, 'rules'))) {
    if (!/^\d{4}$/.test(name)) continue;
    const files = readdirSync(join(root, 'rules', name), { withFileTypes: true })
      .filter((d) => d.isFile() && (d.name === 'call.json' || d.name.endsWith('.rules.json')))
      .map((d) => d.name);
    if (requireCall && !files.includes('call.json')) files.push('call.json');
    for (const file of files.sort()) out.push(`rules/${name}/${file}`);
  }
  return out;
}

/**
 * Reads every form from `forms/` and every year from `rules/` under `root` into a
 * {@link Catalog} (through core's one builder, {@link buildCatalog}) and checks it once
 * ({@link checkCatalog}). Malformed JSON, a missing `call.json`, a file that is not a JSON
 * object, a call or rule file of the wrong shape, or an open category without its form or
 * rule file fails here, naming the file and JSON Pointer.
 */
export function loadCatalog(root = findRoot()): Catalog {
  const entries = catalogFiles(root, { requireCall: true }).map((rel) => [rel, readJsonFile(join(root, rel), root)] as const);
  return checkCatalog(buildCatalog(entries));
}
