/**
 * `@guide-forms/core` as Node resolves it: the same public names as the browser entry, with a
 * default engine that reads `forms/` and `rules/` (or `GUIDE_FORMS_ROOT`) on first use.
 */
import { setDefaultEngine } from '../default.js';
import { callRoot } from './calls.js';
import { loadEngine } from './engine.js';
import { findRoot } from './load.js';

export * from '../index.js';

// A call series other than the default (`evaluate(…, { call: 'yichang' })`) reads `calls/<series>/`.
setDefaultEngine((call?: string) => loadEngine(callRoot(findRoot(), call)));
