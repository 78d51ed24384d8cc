// Broken, missing and wrong-typed call and rule files (issue "files"): the loader refuses them
// once, naming the file and JSON Pointer — a deleted rule file never means "no rules", and no
// wrong type reaches the engine to switch a rule off or fail mid-check.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine, GuideFormsError } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { loadCatalog, loadEngine } from '@guide-forms/core/node';
import { buildCatalog } from '@guide-forms/core/tooling';
import { afterEach, describe, expect, it } from 'vitest';
import { example, OPEN_NOW, ROOT } from '../helpers.js';

const KEY_RD = 'rules/2022/key-rd.rules.json';
const CALL = 'rules/2022/call.json';
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A copy of the repository's forms (without their examples) and rules, to break. */
function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'gf-catalog-files-'));
  roots.push(root);
  const filter = (src: string): boolean => !/[\\/]examples([\\/]|$)/.test(src);
  for (const dir of ['forms', 'rules']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true, filter });
  return root;
}

function edit(root: string, rel: string, change: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(join(root, rel), 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(join(root, rel), JSON.stringify(data, null, 2));
}

const editR14 = (root: string, change: (r14: Record<string, unknown>) => void): void =>
  edit(root, KEY_RD, (file) => change((file.rules as Record<string, unknown>[]).find((r) => r.id === 'R14') as Record<string, unknown>));

function refusal(run: () => unknown): GuideFormsError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuideFormsError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('an open category needs its rule file', () => {
  it.each([
    ['deleted', (root: string) => rmSync(join(root, KEY_RD))],
    [
      'replaced by a folder',
      (root: string) => {
        rmSync(join(root, KEY_RD));
        mkdirSync(join(root, KEY_RD));
      },
    ],
  ])('key-rd.rules.json %s: refused, naming the file (never "no rules")', (_, breakIt) => {
    const root = copy();
    breakIt(root);
    const e = refusal(() => loadCatalog(root));
    expect([e.code, e.file, e.pointer]).toEqual(['missing-rules', KEY_RD, '']);
    expect(e.message).toContain('rules/2022/call.json#/categories/1');
  });

  it('a call that pairs needs pair.rules.json', () => {
    const root = copy();
    rmSync(join(root, 'rules/2022/pair.rules.json'));
    const e = refusal(() => loadCatalog(root));
    expect([e.code, e.file]).toEqual(['missing-rules', 'rules/2022/pair.rules.json']);
  });

  it('"rules": [] is how a category says it has none: loaded, and it judges by the common rules only', () => {
    const root = copy();
    edit(root, KEY_RD, (file) => (file.rules = []));
    const v = loadEngine(root).evaluate('key-rd', example('key-rd', 'fail-R14.json'), { now: OPEN_NOW });
    expect(v.findings.some((f) => f.rule === 'R14')).toBe(false);
  });

  it('a form missing for an open category is named as missing, not as an unknown category', () => {
    const root = copy();
    rmSync(join(root, 'forms/key-rd/schema.json'));
    const e = refusal(() => loadCatalog(root));
    expect([e.code, e.file]).toEqual(['missing-form', 'forms/key-rd/schema.json']);
    // The engine over a catalog built some other way says the same.
    const catalog = loadCatalog(ROOT);
    delete catalog.forms['key-rd'];
    const engine = new Engine(catalog, ajvValidators());
    const e2 = refusal(() => engine.evaluate('key-rd', {}));
    expect([e2.code, e2.file]).toEqual(['missing-form', 'forms/key-rd/schema.json']);
    expect(e2.message).not.toContain('未知');
  });
});

describe('wrong types in a rule file are refused where they are', () => {
  it.each([
    ['"retired": "false"', (r: Record<string, unknown>) => (r.retired = 'false'), '/rules/0/retired'],
    ['"severity": ["block"]', (r: Record<string, unknown>) => (r.severity = ['block']), '/rules/0/severity'],
    ['"logic": "x"', (r: Record<string, unknown>) => (r.logic = 'x'), '/rules/0/logic'],
    ['"when": "false"', (r: Record<string, unknown>) => (r.when = 'false'), '/rules/0/when'],
    ['"id": "__proto__"', (r: Record<string, unknown>) => (r.id = '__proto__'), '/rules/0/id'],
    ['"tests": "x"', (r: Record<string, unknown>) => (r.tests = 'x'), '/rules/0/tests'],
  ])('%s: by the loader', (_, change, pointer) => {
    const root = copy();
    editR14(root, change);
    const e = refusal(() => loadCatalog(root));
    expect([e.file, e.pointer]).toEqual([KEY_RD, pointer]);
  });

  it.each([
    ['"retired": "false"', (r: Record<string, unknown>) => (r.retired = 'false'), '/rules/0/retired'],
    ['"severity": ["block"]', (r: Record<string, unknown>) => (r.severity = ['block']), '/rules/0/severity'],
    ['"logic": "x"', (r: Record<string, unknown>) => (r.logic = 'x'), '/rules/0/logic'],
  ])('%s: by the engine itself, over a catalog built without the loader', (_, change, pointer) => {
    const catalog = loadCatalog(ROOT);
    const rules = structuredClone(catalog.years[2022]!.rules['key-rd']!);
    change(rules.rules.find((r) => r.id === 'R14') as unknown as Record<string, unknown>);
    catalog.years[2022]!.rules['key-rd'] = rules;
    const e = refusal(() => new Engine(catalog, ajvValidators()).evaluate('key-rd', {}));
    expect([e.file, e.pointer]).toEqual([KEY_RD, pointer]);
  });

  it('"needs" naming a field the form does not have: refused when the form compiles (R14 would never apply)', () => {
    const root = copy();
    editR14(root, (r) => (r.needs = ['/nope/x']));
    const e = refusal(() => loadEngine(root).getForm('key-rd', 2022));
    expect([e.code, e.file, e.pointer]).toEqual(['unknown-field', KEY_RD, '/rules/0/needs/0']);
  });

  it('"category" not the file name, "year" a string', () => {
    const root = copy();
    edit(root, KEY_RD, (file) => (file.category = 'challenge'));
    expect(refusal(() => loadCatalog(root))).toMatchObject({ code: 'wrong-category', file: KEY_RD, pointer: '/category' });
    edit(root, KEY_RD, (file) => {
      file.category = 'key-rd';
      file.year = '2022';
    });
    expect(refusal(() => loadCatalog(root))).toMatchObject({ file: KEY_RD, pointer: '/year', found: '"2022"' });
  });
});

describe('wrong types in call.json are refused, naming call.json and the pointer', () => {
  it.each([
    ['categories', 'key-rd', '/categories'],
    ['window', null, '/window'],
    ['routing', null, '/routing'],
    ['pair', null, '/pair'],
    ['options', null, '/options'],
  ])('"%s": %j', (key, value, pointer) => {
    const root = copy();
    edit(root, CALL, (call) => (call[key] = value));
    const e = refusal(() => loadCatalog(root));
    expect([e.code, e.file, e.pointer]).toEqual(['file-format', CALL, pointer]);
    expect(e.expected).toBeTruthy();
    expect(e.found).toBe(JSON.stringify(value));
  });

  it.each(['null', '[]', '"x"'])('a file that is %s is refused at pointer ""', (text) => {
    for (const rel of [CALL, KEY_RD, 'rules/2022/common.rules.json', 'forms/key-rd/schema.json']) {
      const root = copy();
      writeFileSync(join(root, rel), text);
      expect(refusal(() => loadCatalog(root))).toMatchObject({ file: rel, pointer: '' });
    }
  });

  it('a sound catalog built from entries still loads as before', () => {
    expect(() => buildCatalog([['rules/2022/call.json', JSON.parse(readFileSync(join(ROOT, CALL), 'utf8'))]])).not.toThrow();
  });
});
