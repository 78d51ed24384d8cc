/** Build-time and Node-side compilation: ajv with guide-forms' formats and keywords. */
export { AJV_OPTIONS, ANNOTATION_KEYWORDS, ajvValidators, createAjv, toRaw } from './ajv.js';
