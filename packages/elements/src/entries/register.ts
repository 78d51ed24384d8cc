/**
 * Registers the precompiled source. Its own module, imported before the element, so the
 * source is set before `customElements.define` upgrades tags already in the page.
 */
import * as bundle from 'guide-forms:precompiled';
import { setFormSource } from '../source.js';
import { precompiledSource } from './precompiled-source.js';

setFormSource(precompiledSource(bundle));

/** The categories of the default year, with their titles (for a category picker). */
export const categories = bundle.categories;
/** The year a page gets when it names none: the latest finalized year of the build. */
export const year = bundle.year;
/** Every year this build holds, oldest first (`year="2022"` keeps 2022's rules after 2023 is published). */
export const years = bundle.years;
