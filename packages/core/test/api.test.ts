import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as root from '@guide-forms/core';
import * as node from '@guide-forms/core/node';
import * as tooling from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import * as browserRoot from '../src/index.js';

/** The public contract (DESIGN.md): three functions, the pair check, the engine, the error. */
const ROOT_API = ['Engine', 'GuideFormsError', 'evaluate', 'evaluateSubmission', 'getForm', 'listCategories'];

const NODE_LOADERS = [
  // Call series (issue 15): where `calls/<series>/` are, and the default's name.
  'CALLS_DIR',
  'DEFAULT_CALL',
  'callRoot',
  'listCalls',
  'catalogFiles',
  'checkExactNumbers',
  'checkJsonDepth',
  'decodeUtf8',
  'examplesFor',
  'findRoot',
  'firstInvalidUtf8',
  'lineColumn',
  'loadCatalog',
  'loadEngine',
  'parseJsonText',
  'readJsonFile',
  'readTextFile',
  'tooDeepOffset',
  // The one check of administrators' files (file formats, the files an open category needs),
  // run by loadCatalog and reused by lint, test, diff and rollover.
  'catalogProblems',
  'checkCatalog',
  'missingFiles',
  'fileFormatErrors',
  'metaSchema',
  'expectedOf',
  'ruleIdAt',
];

const keys = (module: object): string[] => Object.keys(module).sort();

describe('the public API of @guide-forms/core', () => {
  it('the root exports exactly the contract, in Node and in browsers', () => {
    expect(keys(root)).toEqual([...ROOT_API].sort());
    expect(keys(browserRoot)).toEqual([...ROOT_API].sort());
  });

  it('@guide-forms/core/node adds the loaders and nothing else', () => {
    expect(keys(node)).toEqual([...ROOT_API, ...NODE_LOADERS].sort());
  });

  it('tooling holds the building blocks, not the public functions', () => {
    for (const name of [
      'buildCatalog',
      'addToCatalog',
      'catalogPath',
      'compileForm',
      'compileFormSchema',
      'getPointer',
      'compileRuleFile',
    ]) {
      expect(tooling, name).toHaveProperty(name);
    }
    for (const name of ROOT_API) expect(Object.keys(tooling), name).not.toContain(name);
  });

  it.each([
    ['root', 'index.ts'],
    ['tooling', 'tooling.ts'],
  ])('the %s entry is browser-safe: nothing it imports reads node: modules or ajv', (_, entry) => {
    const seen = new Set<string>();
    const bad: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1] as string;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else if (spec.startsWith('node:') || spec.startsWith('ajv')) bad.push(`${file}: ${spec}`);
      }
    };
    visit(join(__dirname, '../src', entry));
    expect(seen.size).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });
});
