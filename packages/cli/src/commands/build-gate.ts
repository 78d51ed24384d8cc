import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GuideFormsError, loadEngine } from '@guide-forms/core/node';
import { formatProblems } from '../admin/problems.js';
import { callOf, loadWorkspace } from '../admin/sources.js';
import { EXIT, type Io } from '../io.js';
import { runLint } from '../lint/index.js';
import { inline } from '../terminal.js';

/**
 * What `build` checks before it publishes a year (or every finalized year when none is named): `lint` (every error, including what the
 * engine's compiler refuses — `log`, `"needs": ["/__proto__"]`, `"min": null` — with the same
 * message), then compiling every form of the year as the runtime will. Returns the exit code
 * to stop with (1, the problems printed to stderr), or `null` when the year may be built.
 *
 * @example
 * const stop = buildGate(root, 2022, io); // or buildGate(root, undefined, io): every finalized year
 * if (stop !== null) return stop;
 */
export function buildGate(root: string, year: number | undefined, io: Io): number | null {
  const years = year !== undefined ? [year] : finalizedYears(root);
  for (const y of years) {
    const problems = runLint(root, y);
    if (problems.errors) {
      io.stderr.write(formatProblems(inline(problems.list.filter((p) => p.level === 'error'))));
      io.stderr.write(
        `guide-forms build: ${y} 年的规则有 ${problems.errors} 个错误，不能发布；改正后再运行 build\n` +
          `guide-forms build: the ${y} rules have ${problems.errors} error(s) and cannot be published\n`,
      );
      return EXIT.notOk;
    }
  }
  try {
    const engine = loadEngine(root);
    for (const y of years) {
      for (const { category } of engine.listCategories(y)) {
        // A category without a form folder is not bundled (and lint has said so if it matters).
        if (existsSync(join(root, 'forms', category, 'schema.json'))) engine.getForm(category, y);
      }
    }
  } catch (error) {
    if (!(error instanceof GuideFormsError)) throw error;
    io.stderr.write(`guide-forms build: ${error.toString()}\n`);
    return EXIT.notOk;
  }
  return null;
}

/** The years `build` with no `--year` publishes: those whose call.json is not a draft. */
function finalizedYears(root: string): number[] {
  const ws = loadWorkspace(root);
  return ws.years.filter((y) => (callOf(ws, y) as { draft?: unknown } | undefined)?.draft !== true);
}
