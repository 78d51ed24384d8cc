// Modules the browser test projects (elements, storybook) import from node_modules, for Vite to
// pre-bundle before the first test. One Vite finds only while tests run makes it re-bundle and
// reload the page mid-run, and the test file being imported then fails ("Vitest failed to find
// the current suite"). A new import of lit or ajv in code a browser runs belongs here.
export const BROWSER_DEPS = [
  'lit',
  'lit/directives/live.js',
  'lit/directives/guard.js',
  'lit/directive-helpers.js',
  'ajv/dist/2020.js',
  'ajv/dist/compile/util.js',
  'ajv/dist/runtime/ucs2length.js',
];
