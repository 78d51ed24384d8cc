/**
 * A part of the element's UI that a first paint does not need (the review step, the draft
 * notices, the month widget, the paper actions, the English strings): its code is a chunk of
 * its own in the ESM build, fetched the first time a render asks for it. The IIFE build inlines
 * it (`inlineDynamicImports`): one file, nothing more to allow in a CSP.
 */

/** Loads in flight, so `updateComplete` can wait for the parts a render asked for. */
const inFlight = new Set<Promise<unknown>>();

/**
 * Resolves once every part being fetched has arrived (or failed); null when none is.
 *
 * @example
 * while (partsLoading()) await partsLoading();
 */
export function partsLoading(): Promise<unknown> | null {
  return inFlight.size ? Promise.allSettled([...inFlight]) : null;
}

/**
 * One lazily loaded part. `use` returns it once loaded; before that it starts the fetch and
 * calls back when the part arrives (or fails), so the element renders again.
 *
 * @example
 * const review = new LazyPart(() => import('./review.js'));
 * const m = review.use(() => this.requestUpdate());
 * return m ? m.reviewStep(…) : html`<p role="status">…</p>`;
 */
export class LazyPart<T> {
  readonly #load: () => Promise<T>;
  #value: T | undefined;
  #pending: Promise<T> | null = null;
  /** Why the last fetch failed (a network error names the chunk's URL); null while none has. */
  error: Error | null = null;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /**
   * A part that is already here (the IIFE build, one file, imports its parts statically).
   *
   * @example
   * const review = LazyPart.of(reviewModule);
   */
  static of<T>(value: T): LazyPart<T> {
    const part = new LazyPart<T>(() => Promise.resolve(value));
    part.#value = value;
    return part;
  }

  /** The part, if it has arrived. */
  get loaded(): T | undefined {
    return this.#value;
  }

  /**
   * The part when it has arrived; otherwise starts the fetch (unless the last one failed —
   * a render must not retry in a loop: {@link load} does, when the applicant asks) and calls
   * `ready` when it settles.
   */
  use(ready: () => void): T | undefined {
    if (this.#value !== undefined || this.error) return this.#value;
    this.load().then(ready, ready);
    return undefined;
  }

  /** Fetches the part (once; again after a failure). */
  load(): Promise<T> {
    if (this.#value !== undefined) return Promise.resolve(this.#value);
    if (!this.#pending) {
      this.error = null;
      const pending = this.#load().then(
        (value) => {
          this.#value = value;
          return value;
        },
        (error: unknown) => {
          this.error = error instanceof Error ? error : new Error(String(error));
          console.warn(`[guide-form] GF_PART_NOT_LOADED: ${this.error.message}`);
          throw this.error;
        },
      );
      this.#pending = pending;
      inFlight.add(pending);
      const done = () => {
        inFlight.delete(pending);
        this.#pending = null;
      };
      pending.then(done, done);
    }
    return this.#pending;
  }
}
