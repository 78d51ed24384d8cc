import { relative } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { callRoot, DEFAULT_CALL, type Engine, GuideFormsError, loadEngine } from '@guide-forms/core/node';

/** What a reload did: `ok`, or why the old rules stay. */
export type ReloadResult = { ok: true; ms: number } | { ok: false; reason: string };

/**
 * Compiles every form of every year, and the pair rules, so requests do not pay for it and a
 * broken file fails here, not mid-request. Returns the engine.
 */
export function compileAll(engine: Engine): Engine {
  for (const step of compileSteps(engine)) step();
  return engine;
}

/**
 * The same work as {@link compileAll}, one form at a time, giving the event loop a turn between
 * forms: a server that has just started (or is reloading) answers `/health` and checks while
 * its forms compile — a request for a form not compiled yet compiles that one form (~0.1 s),
 * instead of every request waiting for all of them (~0.9 s on a 2-core machine).
 */
export async function compileInTurns(engine: Engine): Promise<Engine> {
  for (const step of compileSteps(engine)) {
    step();
    await nextTurn();
  }
  return engine;
}

function compileSteps(engine: Engine): Array<() => void> {
  const steps: Array<() => void> = [];
  for (const year of engine.years()) {
    for (const { category } of engine.listCategories(year)) steps.push(() => engine.getForm(category, year));
    steps.push(() => {
      try {
        engine.pairRules(year);
      } catch (error) {
        if (!(error instanceof GuideFormsError && error.code === 'no-pair-rules')) throw error;
      }
    });
  }
  return steps;
}

/**
 * Why lint refuses the files under `root` — `lint: 2 error(s); first: rules/2022/key-rd.rules.json:24:9#/rules/0/retired [format] …`
 * — or `undefined` when it has no error. The server runs it before it starts and before a reload
 * swaps in new rules, so it never judges by a file `guide-forms lint` refuses.
 */
export async function lintRefusal(root: string): Promise<string | undefined> {
  // The linter is loaded here, not when the CLI starts: `check` and the others do not pay for it.
  const { runLint } = await import('../lint/index.js');
  const problems = runLint(root);
  const first = problems.list.find((p) => p.level === 'error');
  if (!first) return undefined;
  const at = `${first.file}:${first.line}:${first.column}${first.pointer ? `#${first.pointer}` : ''}`;
  return `lint: ${problems.errors} error(s); first: ${at} [${first.code}] ${first.message}`;
}

/**
 * A series' forms or rules that could not be read or compiled on its first request: answered
 * 500 `server-files` naming the file, never as the caller's mistake.
 */
export class ServerFilesError extends Error {
  override name = 'ServerFilesError';
  /** The broken file from the repository root (`calls/yichang/rules/2022/jiebang.rules.json`), when known. */
  readonly file: string | undefined;

  constructor(cause: unknown, prefix: string) {
    const inner = cause instanceof GuideFormsError ? cause : undefined;
    super(inner ? `${prefix}${inner.toString()}` : firstLine(cause), { cause });
    this.file = inner?.file !== undefined ? `${prefix}${inner.file}` : undefined;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.toString() : String(error)).split('\n')[0] ?? '';
}

/**
 * The forms and rules the server answers with. Requests read {@link current}; a reload builds,
 * lints and compiles a new engine aside and swaps it in only when all of that passed — a
 * request sees the old rules or the new ones, never a mix, and a broken edit keeps the old.
 *
 * @example
 * const store = new EngineStore('/srv/guide-forms');
 * const result = await store.reload(); // { ok: false, reason: 'rules/2022/key-rd.rules.json:3:5 …' } keeps the old engine
 */
export class EngineStore {
  readonly root: string;
  #current: Engine;
  /** The repository root (other series are `calls/<series>/` under it) and the series `root` holds. */
  readonly #calls: { base: string; name: string };
  /** Engines of the other series asked for with `?call=`, loaded and compiled on first use. */
  readonly #series = new Map<string, Engine>();

  /**
   * `engine` defaults to one over `root`, every form compiled. `calls` says which series `root`
   * holds and where the others are (default: `root` is the repository root, series `dalian`).
   */
  constructor(root: string, engine: Engine = compileAll(loadEngine(root)), calls = { base: root, name: DEFAULT_CALL }) {
    this.root = root;
    this.#current = engine;
    this.#calls = calls;
  }

  /** The engine in force now. */
  get current(): Engine {
    return this.#current;
  }

  /**
   * The engine for a request. One function, so that choosing among calls (a later `?call=`)
   * changes only this.
   */
  engineFor(query: Record<string, unknown>): Engine {
    const call = typeof query.call === 'string' ? query.call : undefined;
    if (call === undefined || call === this.#calls.name) return this.#current;
    let engine = this.#series.get(call);
    if (!engine) {
      // An unknown series is the caller's 404 (`unknown-call`), naming the series there are.
      const root = callRoot(this.#calls.base, call);
      try {
        engine = compileAll(loadEngine(root));
      } catch (error) {
        // Whatever the series' files hold (malformed JSON, a rule that does not compile), it is
        // the server's fault, not the request's: a `bad-json` here is not the body's.
        throw new ServerFilesError(error, `${relative(this.#calls.base, root)}/`);
      }
      this.#series.set(call, engine);
    }
    return engine;
  }

  /**
   * Re-reads `forms/` and `rules/`: lint first (errors refuse the reload), then compile, then
   * swap. Requests go on being answered by the old engine meanwhile (compiling yields).
   */
  async reload(): Promise<ReloadResult> {
    const start = performance.now();
    try {
      // Reading first refuses malformed JSON at once, with its file, line and column.
      const next = loadEngine(this.root);
      const refused = await lintRefusal(this.root);
      if (refused) return { ok: false, reason: refused };
      this.#current = await compileInTurns(next);
      // The other series are read again when next asked for.
      this.#series.clear();
      return { ok: true, ms: Math.round(performance.now() - start) };
    } catch (error) {
      return { ok: false, reason: firstLine(error) };
    }
  }
}
