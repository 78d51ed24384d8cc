/** JSON Schema checks compiled to closures: guide-forms' one validator, in Node and in the page. */
export { compileSchema } from './compile.js';
export { schemaValidators } from './factory.js';
export { ANNOTATIONS, KNOWN_KEYWORDS } from './keywords.js';
