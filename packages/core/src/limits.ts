/**
 * The documented limits of guide-forms (see docs/security.md). Every walk over data or
 * logic is iterative or stops at these depths, so hostile input gets a verdict or a
 * one-line error — never a stack overflow.
 *
 * @example
 * if (depth > MAX_DATA_DEPTH) return { pointer, keyword: 'maxDepth', message: '…' };
 */

/**
 * Deepest nesting of a submission (objects and arrays). The deepest field of any form is 4
 * levels down (`/indicators/milestones/0/target`); 64 leaves room for forms to grow while
 * a value nested 10,000 levels deep is refused with the pointer where it passes the limit.
 */
export const MAX_DATA_DEPTH = 64;

/** Deepest nesting of one rule's JSON-Logic (`when` or `logic`); the 2022 rules use at most 8. */
export const MAX_LOGIC_DEPTH = 64;

/**
 * Deepest nesting of any JSON file read from disk (forms, rules, submissions). Schemas nest
 * `properties` inside `properties`, so this is wider than the data limit; past it the text is
 * refused before a recursive parser sees it.
 */
export const MAX_FILE_DEPTH = 256;

/**
 * Largest JSON file read from disk: 16 MiB. A submission is a few kilobytes; the largest
 * accepted file (10,000 rows of a form, about 3 MB) fits with room to spare.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Most schema errors one verdict lists. Errors are one per field, and every list has a `maxItems`
 * past which its items are not checked, so no 2022 form reaches it (the worst, key-rd with 100
 * rows of wrong types, has about 440): it bounds forms to come. Past it the verdict lists the
 * first ones and one more error, keyword `maxErrors` at the form (`""`), counting the rest — so a
 * hostile body cannot make the answer hundreds of megabytes.
 */
export const MAX_REPORTED_ERRORS = 1000;
