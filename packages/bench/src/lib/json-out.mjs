import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a script's figures as JSON to `file` (its `--json` option), for `targets.mjs` to read;
 * nothing when `file` is undefined.
 *
 * @example
 * writeJsonOut(values.json, { eligible: { ratio: 2.3 } });
 */
export function writeJsonOut(file, value) {
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
