/**
 * The lazily loaded parts as the IIFE build has them: the same names as `parts.ts`, imported
 * statically — the IIFE is one classic script, so there is no chunk to fetch, and a part that is
 * already here renders in the same pass (no wrapper, no second render).
 */
import * as month from '../fields/month.js';
import * as draftNotices from '../guide-form/draft-notices.js';
import * as review from '../guide-form/review.js';
import { loadUiStrings } from '../i18n/strings.js';
import { LazyPart } from './lazy-part.js';

export const reviewPart = LazyPart.of(review);
export const draftNoticesPart = LazyPart.of(draftNotices);
export const monthPart = LazyPart.of(month);
/** English stays on demand: its UI strings come with the forms' English in `guide-form.english.iife.js`. */
export const englishPart = new LazyPart(() => loadUiStrings('en'));
