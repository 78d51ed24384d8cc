import { readdirSync, type Stats, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Engine } from '@guide-forms/core/node';
import { GuideFormsError, readJsonFile } from '@guide-forms/core/node';
import { type Piece, toPiece } from './pieces.js';

/**
 * The JSON files named on the command line: files as given, folders searched recursively for
 * `*.json` (sorted, hidden entries and node_modules skipped). A name that does not exist, or is
 * neither a file nor a folder (a device, a FIFO), is a usage error: a typo should not shrink the
 * batch silently.
 */
export function collectFiles(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
    }
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch {
      throw new GuideFormsError('unreadable', '文件或目录不存在', { file: arg });
    }
    // A device or FIFO named here (`batch /dev/zero`) is a usage error, as a missing name is.
    if (stats.isDirectory()) walk(path);
    else if (stats.isFile()) out.push(path);
    else throw new GuideFormsError('not-a-file', '不是普通文件或目录（设备、管道等），只能读取普通文件', { file: arg });
  }
  // Shown relative to where the command runs when inside it, else as given.
  return [...new Set(out)].map((p) => {
    const rel = relative(cwd, p);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
  });
}

/** Reads a file into a {@link Piece}; an unreadable or malformed file becomes a broken piece with its one-line reason. */
export function readPiece(file: string, cwd: string, engine: Engine, year: number | undefined): Piece {
  try {
    return toPiece(file, readJsonFile(resolve(cwd, file), cwd), engine, year);
  } catch (error) {
    if (error instanceof GuideFormsError) return { kind: 'broken', source: file, problem: error.toString() };
    throw error;
  }
}
