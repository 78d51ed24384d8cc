/**
 * Registers the precompiled source. Its own module, imported before the element, so the
 * source is set before `customElements.define` upgrades tags already in the page.
 */
import * as bundle from 'guide-forms:precompiled';
import { setFormSource } from '../source.js';
import { precompiledSource } from './precompiled-source.js';

setFormSource(precompiledSource(bundle));

/** The categories this build holds, with their titles (for a category picker). */
export const categories = bundle.categories;
/** The call year this build holds. */
export const year = bundle.year;
