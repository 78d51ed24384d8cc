#!/usr/bin/env node
// Runs every check of the project in order and ends with one line `N passed, N failed`:
// each vitest test counts once, and type-check, lint and builds count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args, options = {}) {
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitest(name, args) {
  const dir = mkdtempSync(join(tmpdir(), 'gf-vitest-'));
  const out = join(dir, 'report.json');
  const ok = step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    failed++;
    failures.push(`${name} (no report)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0 || !ok) failures.push(name);
  if (!ok && report.numFailedTests === 0) {
    failed++; // a suite that failed to load, or an unhandled error
  }
  // The report stays for reading only when something failed (vitest printed where it is).
  if (ok && report.numFailedTests === 0) rmSync(dir, { recursive: true, force: true });
}

check('type-check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);
check('build core and cli', 'npm', ['run', 'build:ts']);
check('build elements', 'node', ['packages/elements/scripts/build.mjs']);
// Page weight budgets (.size-limit.json): a change that makes the page or the IIFE heavier says so by raising them.
check('size budgets', 'npx', ['size-limit']);
check('generated stories are current', 'node', ['packages/elements/stories/support/generate.mjs', '--check']);
check('docs/rule-table.md is current', 'node', ['scripts/rule-table.mjs', '--check']);
vitest('unit, CLI and browser tests', []);

process.stdout.write(`\n${failures.length ? `failed: ${failures.join('; ')}\n` : ''}`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
