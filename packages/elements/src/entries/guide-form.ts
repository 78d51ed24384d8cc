/**
 * Entry of `dist/guide-form.js` (ESM, one chunk per form loaded on demand) and of
 * `dist/guide-form.iife.js` (one classic script with every form, global `GuideForms`):
 * the build resolves `guide-forms:precompiled` to the generated module of each.
 * Registers the precompiled source, so `<guide-form category="key-rd">` works with no
 * other set-up.
 *
 * @example
 * <script type="module" src="guide-form.js"></script>
 * <guide-form category="key-rd"></guide-form>
 */

export * from '../index.js';
export { precompiledSource } from './precompiled-source.js';
export { categories, year, years } from './register.js';
