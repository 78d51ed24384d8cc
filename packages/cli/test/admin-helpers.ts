import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRoot } from '@guide-forms/core/node';
import { expect, onTestFinished } from 'vitest';
import { main } from '../src/main.js';

/** The repository root: its forms/ and rules/ are copied, never changed. */
export const REPO = findRoot();

/** What a command printed and returned. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `guide-forms <argv>` in `cwd` with captured output. */
export async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
  });
  return { code, stdout, stderr };
}

/**
 * A temporary root for key-rd: every form (with its examples), the 2022 call, common and key-rd
 * rules, and the call opening key-rd alone (and the categories in `also`, with their rule files),
 * not paired — so the tests do not depend on the other categories' rules. The call opens only
 * what the root holds: an open category without its rule file is an error (decisions F-1).
 */
export function tempRoot(also: readonly string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-forms-admin-'));
  const open = ['key-rd', ...also];
  cpSync(join(REPO, 'forms'), join(root, 'forms'), { recursive: true });
  mkdirSync(join(root, 'rules/2022'), { recursive: true });
  for (const file of ['call.json', 'common.rules.json', ...open.map((c) => `${c}.rules.json`)]) {
    cpSync(join(REPO, 'rules/2022', file), join(root, 'rules/2022', file));
  }
  editJson<{ categories: string[]; pair?: unknown }>(root, 'rules/2022/call.json', (call) => {
    call.categories = call.categories.filter((c) => open.includes(c));
    delete call.pair;
  });
  removeAfterTest(root);
  return root;
}

/**
 * Removes `dir` when the current test ends. Called outside a test (a `beforeAll`), the folder
 * is left to the run's own temporary folder (scripts/test-tmp.mjs), removed when the run ends.
 */
export function removeAfterTest(dir: string): void {
  if (expect.getState().currentTestName === undefined) return;
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
}

/** Reads a JSON file of a temporary root. */
export function readJson<T = Record<string, unknown>>(root: string, rel: string): T {
  return JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;
}

/** Changes a JSON file of a temporary root through a function. */
export function editJson<T = Record<string, unknown>>(root: string, rel: string, edit: (data: T) => void): void {
  const data = readJson<T>(root, rel);
  edit(data);
  writeFileSync(join(root, rel), `${JSON.stringify(data, null, 2)}\n`);
}

/** A key-rd rule as the tests edit it. */
export interface RuleData {
  id: string;
  params?: Record<string, number>;
  message: Record<string, string>;
  tests: { name: string; data: unknown; expect: string }[];
  retired?: boolean;
  [key: string]: unknown;
}

/** The parsed JSON output of `lint --json`. */
export interface LintJson {
  errors: number;
  warnings: number;
  problems: {
    level: string;
    code: string;
    file: string;
    line: number;
    column: number;
    pointer: string;
    message: string;
    expected?: string;
    found?: string;
    hint?: string;
  }[];
}
