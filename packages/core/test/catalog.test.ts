import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ajvValidators } from '@guide-forms/core/compile';
import { catalogFiles, Engine, GuideFormsError, loadCatalog, readJsonFile } from '@guide-forms/core/node';
import {
  addToCatalog,
  buildCatalog,
  type CatalogEntry,
  catalogPath,
  compileForm,
  compileFormSchema,
  emptyCatalog,
  schemaValidators,
} from '@guide-forms/core/tooling';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Every catalog file of the repository as `[path, contents]`, the way a loader feeds the builder. */
const entries: CatalogEntry[] = catalogFiles(ROOT).map((rel) => [rel, readJsonFile(join(ROOT, rel), ROOT)]);

function thrown(run: () => unknown): GuideFormsError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuideFormsError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('catalogPath: what a root-relative path holds', () => {
  it.each([
    ['forms/key-rd/schema.json', { kind: 'form', category: 'key-rd', key: 'forms/key-rd' }],
    ['forms/_shared/schema.json', { kind: 'shared', key: 'forms/_shared' }],
    ['rules/2022/call.json', { kind: 'call', year: 2022, key: 'rules/2022/call' }],
    ['rules/2022/key-rd.rules.json', { kind: 'rules', year: 2022, name: 'key-rd', key: 'rules/2022/key-rd' }],
    ['/rules/2023/pair.rules.json', { kind: 'rules', year: 2023, name: 'pair', key: 'rules/2023/pair' }],
    ['./forms/summary/schema.json', { kind: 'form', category: 'summary', key: 'forms/summary' }],
    ['rules\\2022\\common.rules.json', { kind: 'rules', year: 2022, name: 'common', key: 'rules/2022/common' }],
  ])('%s', (path, expected) => {
    expect(catalogPath(path)).toEqual(expected);
  });

  it.each([
    'forms/key-rd/examples/eligible.json',
    'forms/key-rd/schema.json.bak',
    'rules/2022/notes.json',
    'rules/2022/.rules.json',
    'rules/22/call.json',
    'rules/2022/sub/key-rd.rules.json',
    'README.md',
  ])('%s is not a catalog file', (path) => {
    expect(catalogPath(path)).toBeNull();
  });
});

describe('buildCatalog: one builder for every source', () => {
  it('files on disk and a Vite glob (keys with a leading /, any order) give the same catalog', () => {
    const fromDisk = loadCatalog(ROOT);
    const viteStyle = entries.map(([path, contents]) => [`/${path}`, contents] as const).reverse();
    expect(buildCatalog(viteStyle)).toEqual(fromDisk);
    expect(Object.keys(fromDisk.forms).sort()).toEqual(
      ['challenge', 'innovation-fund', 'international', 'key-rd', 'regional', 'summary', 'transfer'].sort(),
    );
    expect(fromDisk.files?.['rules/2022/key-rd']).toBe('rules/2022/key-rd.rules.json');
    expect(Object.keys(fromDisk.shared)).toHaveLength(1);
  });

  it('skips files that are not part of a catalog', () => {
    const catalog = buildCatalog([...entries, ['forms/key-rd/examples/eligible.json', { title: 'x' }], ['rules/2022/notes.json', {}]]);
    expect(catalog).toEqual(loadCatalog(ROOT));
  });

  it('keeps a year out until its call.json is there', () => {
    const rulesOnly = entries.filter(([p]) => !p.endsWith('call.json'));
    expect(buildCatalog(rulesOnly).years).toEqual({});
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['string', 'schema'],
  ])('a catalog file holding %s is an error naming the file', (found, contents) => {
    const error = thrown(() => buildCatalog([['rules/2022/key-rd.rules.json', contents]]));
    expect(error.code).toBe('bad-file');
    expect(error.file).toBe('rules/2022/key-rd.rules.json');
    expect(error.pointer).toBe('');
    expect(error.found).toBe(found);
  });

  it('addToCatalog fills a catalog form by form, as a precompiled bundle loads them', () => {
    const catalog = emptyCatalog();
    const base = entries.filter(([p]) => p.startsWith('rules/2022/call') || p.startsWith('rules/2022/common') || p.includes('_shared'));
    addToCatalog(catalog, base);
    addToCatalog(
      catalog,
      entries.filter(([p]) => p === 'forms/key-rd/schema.json' || p === 'rules/2022/key-rd.rules.json'),
    );
    expect(Object.keys(catalog.forms)).toEqual(['key-rd']);
    expect(Object.keys(catalog.years[2022]?.rules ?? {}).sort()).toEqual(['common', 'key-rd']);
    const engine = new Engine(catalog, ajvValidators());
    expect(engine.getForm('key-rd', 2022).rules.map((r) => r.id)).toEqual(
      new Engine(loadCatalog(ROOT), ajvValidators()).getForm('key-rd', 2022).rules.map((r) => r.id),
    );
  });
});

describe('loadCatalog on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gf-catalog-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a year folder without call.json is an error naming the missing file', () => {
    cpSync(join(ROOT, 'forms'), join(dir, 'forms'), { recursive: true });
    cpSync(join(ROOT, 'rules', '2022'), join(dir, 'rules', '2022'), { recursive: true });
    rmSync(join(dir, 'rules', '2022', 'call.json'));
    const error = thrown(() => loadCatalog(dir));
    expect(error.code).toBe('unreadable');
    expect(error.file).toBe('rules/2022/call.json');
  });
});

describe('compileForm: the one compile pipeline', () => {
  const catalog = loadCatalog(ROOT);

  it('is what the engine serves', () => {
    const engine = new Engine(catalog, ajvValidators());
    for (const { category } of engine.listCategories(2022)) {
      const compiled = compileForm(catalog, category, 2022, ajvValidators());
      expect(compiled.definition).toEqual(engine.getForm(category, 2022));
    }
  });

  it('fills the year options, English names included (the x-enum-en lint used to drop)', () => {
    const { fields } = compileFormSchema(catalog, 'regional', 2022, ajvValidators());
    const region = [...fields.values()].find((f) => f.schema['x-options'] === 'partnerRegions');
    if (!region) throw new Error('regional has no partnerRegions field');
    const zh = region.schema.enum as string[];
    expect(zh).toEqual(catalog.years[2022]?.call.options.partnerRegions);
    const en = region.schema['x-enum-en'] as string[];
    expect(en.map((name, i) => name === catalog.years[2022]?.call.optionsEn?.[zh[i] as string])).not.toContain(false);
    expect(en.some((name, i) => name !== zh[i])).toBe(true);
  });

  it('an option list the call does not have names the form file and the pointer', () => {
    const broken = structuredClone(catalog);
    (broken.forms['key-rd'] as { properties: Record<string, unknown> }).properties.domain = { type: 'string', 'x-options': 'noSuchList' };
    const error = thrown(() => compileFormSchema(broken, 'key-rd', 2022, ajvValidators()));
    expect(error.code).toBe('unknown-options');
    expect(error.file).toBe('forms/key-rd/schema.json');
    expect(error.pointer).toBe('/properties/domain/x-options');
  });

  it('a schema the validator refuses is schema-invalid, naming the form file', () => {
    const broken = structuredClone(catalog);
    (broken.forms['key-rd'] as Record<string, unknown>).minimumm = 3;
    const error = thrown(() => compileForm(broken, 'key-rd', 2022, ajvValidators()));
    expect(error.code).toBe('schema-invalid');
    expect(error.file).toBe('forms/key-rd/schema.json');
    expect(error.pointer).toBe('');
  });

  it('a keyword the schema check does not know is schema-invalid, naming the file and the keyword', () => {
    const broken = structuredClone(catalog);
    const unit = (broken.forms['key-rd'] as { properties: Record<string, Record<string, unknown>> }).properties.unit as Record<
      string,
      unknown
    >;
    unit.minimumm = 3;
    const error = thrown(() => compileForm(broken, 'key-rd', 2022, schemaValidators()));
    expect(error.code).toBe('schema-invalid');
    expect(error.file).toBe('forms/key-rd/schema.json');
    expect(error.pointer).toBe('/properties/unit/minimumm');
    expect(error.message).toContain('不支持的关键字 "minimumm"');
  });

  it('a refusal inside the shared schema names the shared file', () => {
    const broken = structuredClone(catalog);
    const shared = broken.shared['https://guide-forms.dev/forms/_shared/schema.json'] as { $defs: Record<string, Record<string, unknown>> };
    const defs = shared.$defs;
    (defs.money as Record<string, unknown>).format = 'money';
    const error = thrown(() => compileForm(broken, 'key-rd', 2022, schemaValidators()));
    expect(error.code).toBe('schema-invalid');
    expect(error.file).toBe('forms/_shared/schema.json');
    expect(error.pointer).toBe('/$defs/money/format');
  });

  it('a broken rule names the rule file and pointer', () => {
    const broken = structuredClone(catalog);
    const rules = broken.years[2022]?.rules['key-rd'] as { rules: { logic: unknown }[] };
    (rules.rules[0] as { logic: unknown }).logic = { no_such_operator: [1] };
    const error = thrown(() => compileForm(broken, 'key-rd', 2022, ajvValidators()));
    expect(error.file).toBe('rules/2022/key-rd.rules.json');
    expect(error.pointer).toBe('/rules/0/logic/no_such_operator');
  });
});
