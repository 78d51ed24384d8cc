import type { Server } from 'node:http';

/** The Content-Security-Policy every response carries. */
export declare const CSP: string;
/** URL path prefixes the demo needs; nothing else is served by default. */
export declare const DEMO_PATHS: string[];
/** A static server for `root`, serving only paths under `allow` (default {@link DEMO_PATHS}). */
export declare function createStaticServer(root: string, options?: { allow?: string[] }): Server;
