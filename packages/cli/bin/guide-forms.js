#!/usr/bin/env node
// The `guide-forms` command. Runs the bundled CLI (dist/bundle, made by `npm run build:ts`, which
// `npm ci` runs through the root `prepare`): one file per command loads far faster than the
// hundreds of modules behind it. A checkout built with `tsc` alone runs the unbundled dist/main.js.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/main.js');

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
