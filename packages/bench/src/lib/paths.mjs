import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/bench */
export const BENCH = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The repository root. */
export const ROOT = join(BENCH, '../..');
/** Where pages, bundles and raw figures go (git-ignored). */
export const BUILD = join(BENCH, 'build');
