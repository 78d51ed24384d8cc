import type { Server } from 'node:http';

/** The Content-Security-Policy every response carries. */
export declare const CSP: string;
/** URL path prefixes the demo needs; nothing else is served by default. */
export declare const DEMO_PATHS: string[];
/** Where `/v1/` requests go unless `api` says otherwise. */
export declare const DEFAULT_API: string;
/** A static server for `root`, serving only paths under `allow` (default {@link DEMO_PATHS}); `/v1/` goes to `api`. */
export declare function createStaticServer(root: string, options?: { allow?: string[]; api?: string }): Server;
