/** Modules the browser test projects import from node_modules, pre-bundled by Vite before the first test. */
export declare const BROWSER_DEPS: string[];
