/**
 * `@guide-forms/core` as Node resolves it: the same public names as the browser entry, with a
 * default engine that reads `forms/` and `rules/` (or `GUIDE_FORMS_ROOT`) on first use.
 */
import { setDefaultEngine } from '../default.js';
import { loadEngine } from './engine.js';

export * from '../index.js';

setDefaultEngine(() => loadEngine());
