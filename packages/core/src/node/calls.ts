import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GuideFormsError } from '../errors.js';

/**
 * Call series: one repository holds the calls of several bureaus, each with yearly editions.
 * The default series (`dalian`, the first customer) is the root itself — `forms/`, `rules/` —
 * so every existing page, command and test is unchanged; every other series is a folder
 * `calls/<series>/` with the same layout (`forms/<category>/`, `rules/<year>/`). A series is
 * self-contained: its categories, shared blocks and rules are its own, so a bureau copies one
 * folder to start its call. See docs/rules.md and docs/new-call.md.
 */

/** The series at the root. */
export const DEFAULT_CALL = 'dalian';

/** Where the other series live, under the root. */
export const CALLS_DIR = 'calls';

/** A series name: lower-case letters, digits and `-`, as in URLs and attributes. */
const SERIES = /^[a-z][a-z0-9-]*$/;

/**
 * The series under `root`: `dalian` first, then each `calls/<series>/` holding `forms/` and `rules/`.
 *
 * @example
 * listCalls('/repo'); // ['dalian', 'yichang']
 */
export function listCalls(root: string): string[] {
  const dir = join(root, CALLS_DIR);
  const others = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && SERIES.test(d.name) && d.name !== DEFAULT_CALL)
        .filter((d) => existsSync(join(dir, d.name, 'forms')) && existsSync(join(dir, d.name, 'rules')))
        .map((d) => d.name)
        .sort()
    : [];
  return [DEFAULT_CALL, ...others];
}

/**
 * The folder of a series: `root` for `dalian` (or no series), `root/calls/<series>` otherwise.
 * An unknown or malformed name is an error listing the series there are.
 *
 * @example
 * callRoot('/repo', 'yichang'); // '/repo/calls/yichang'
 * callRoot('/repo', 'wuhan');   // throws: 没有名为 "wuhan" 的征集系列（已有：dalian、yichang）
 */
export function callRoot(root: string, call: string | undefined): string {
  if (call === undefined || call === DEFAULT_CALL) return root;
  const known = listCalls(root);
  if (!SERIES.test(call) || !known.includes(call)) {
    throw new GuideFormsError('unknown-call', `没有名为 ${JSON.stringify(call)} 的征集系列（已有：${known.join('、')}）`, {
      expected: known.join(', '),
      found: call,
      file: `${CALLS_DIR}/${SERIES.test(call) ? call : '…'}/`,
    });
  }
  return join(root, CALLS_DIR, call);
}
