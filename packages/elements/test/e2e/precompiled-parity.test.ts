/**
 * A page judges as the server does: the bundle's forms, checked by core's schema check over the
 * schemas the build wrote into the page, give the errors ajv gives on the build's prepared schemas
 * (the reference the check is held to), and the page's engine gives the Node engine's verdict.
 * Every `forms/<category>/examples/*.json`, plus an empty and a mistyped submission per form,
 * goes through both builds (one module per form, and all forms in one module).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, RawSchemaError } from '@guide-forms/core';
import { createAjv, toRaw } from '@guide-forms/core/compile';
import { loadEngine } from '@guide-forms/core/node';
import { compileSchema, prebuiltRule } from '@guide-forms/core/tooling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForNode } from '../../scripts/lib/bundle.mjs';
import { generate } from '../../scripts/lib/generate.mjs';
import type { PreparedYear } from '../../scripts/lib/prepare.mjs';
import { type PrecompiledBundle, precompiledSource } from '../../src/entries/precompiled-source.js';

const root = resolve(import.meta.dirname, '../../../..');

/** A form without its English: `x-…-en` annotations, `optionsEn`, and the `en` beside a `zh-CN` text. */
function chineseOnly(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, function (this: Record<string, unknown>, key, item) {
      if (/^x-.*-en$/.test(key) || key === 'optionsEn' || key === 'nameEn' || key === 'titleEn') return undefined;
      return key === 'en' && Object.hasOwn(this, 'zh-CN') ? undefined : item;
    }),
  );
}

const NOW = '2021-11-01T10:00:00+08:00';

/** Every example file by category, read once at collection time. */
function examples(): { category: string; name: string; data: unknown }[] {
  const out: { category: string; name: string; data: unknown }[] = [];
  for (const category of readdirSync(join(root, 'forms'))) {
    if (category.startsWith('_')) continue;
    const dir = join(root, 'forms', category, 'examples');
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const file of files.sort()) out.push({ category, name: file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) });
  }
  return out;
}

const cases = examples();
const categories = [...new Set(cases.map((c) => c.category))];
const extra = categories.flatMap((category) => [
  { category, name: '(empty object)', data: {} },
  { category, name: '(null)', data: null },
  {
    category,
    name: '(mistyped blocks)',
    data: { unit: [], classification: 'x', content: 7, indicators: { binding: { rdExpense: -1 } }, declarations: {} },
  },
]);

let work: string;
let prepared: PreparedYear;
let allYears: PreparedYear[];
let bundles: Record<'esm' | 'iife', PrecompiledBundle>;
const node = loadEngine(root);

beforeAll(async () => {
  // Inside the repository, so the bundler finds node_modules.
  work = mkdtempSync(join(root, 'packages/elements/src/generated/.parity-'));
  const generated = generate({ root, outDir: work });
  allYears = generated.years;
  prepared = generated.years.at(-1) as PreparedYear;
  const paths = await bundleForNode({ generatedDir: generated.dir, outDir: join(work, 'out') });
  // What guide-form.english.iife.js defines when the IIFE adds its script tag for lang="en".
  (globalThis as Record<string, unknown>).GuideFormsEnglish = await import(pathToFileURL(paths.english).href);
  bundles = {
    esm: (await import(pathToFileURL(paths.esm).href)) as PrecompiledBundle,
    iife: (await import(pathToFileURL(paths.iife).href)) as PrecompiledBundle,
  };
}, 120_000);

afterAll(() => {
  delete (globalThis as Record<string, unknown>).GuideFormsEnglish;
  if (work) rmSync(work, { recursive: true, force: true });
});

const runtime = new Map<string, (data: unknown) => RawSchemaError[]>();

/** Runtime ajv with the settings of `ajvValidators()`, over the same prepared schemas. */
function runtimeRaw(category: string, data: unknown): RawSchemaError[] {
  let validator = runtime.get(category);
  if (!validator) {
    const form = prepared.forms.find((f) => f.category === category);
    if (!form) throw new Error(`no prepared form ${category}`);
    const ajv = createAjv();
    for (const s of Object.values(prepared.shared)) ajv.addSchema(s as object);
    const validate = ajv.compile(form.schema as object);
    validator = (d) => (validate(d) ? [] : toRaw(validate.errors));
    runtime.set(category, validator);
  }
  return validator(data);
}

/**
 * `schemaPath` is left out: ajv's is relative to a referenced schema (`#/type`), the check's
 * names the shared one (`https://…/_shared/schema.json#/$defs/unit/type`).
 */
const located = (errors: readonly RawSchemaError[]) =>
  errors.map(({ keyword, instancePath, params }) => ({ keyword, instancePath, params }));

describe.each(['esm', 'iife'] as const)('the forms of a bundle (%s build)', (build) => {
  // One source per build, as a page has: Chinese first, English fetched when a form asks for it.
  let source: ReturnType<typeof precompiledSource>;
  const engine = (category: string, lang: Lang) => {
    source ??= precompiledSource(bundles[build]);
    return source.load(category, undefined, undefined, lang);
  };

  it('holds every category of the call that has a schema, for every finalized year', () => {
    expect(bundles[build].categories.map((c) => c.category)).toEqual(prepared.forms.map((f) => f.category));
    expect(bundles[build].year).toBe(prepared.year);
    expect(bundles[build].years).toEqual(allYears.map((p) => p.year));
    for (const p of allYears) expect(bundles[build].categoriesOf(p.year).map((c) => c.category)).toEqual(p.forms.map((f) => f.category));
  });

  it.each([...cases, ...extra].map((c) => [`${c.category}/${c.name}`, c] as const))(
    '%s: same errors as runtime ajv, same verdict as the server',
    async (_, c) => {
      const { category, data } = c;
      const bundleForm = await bundles[build].loadForm(category);
      const page = compileSchema(bundleForm.schema, Object.values(bundleForm.base.shared))(data);
      expect(located(page)).toEqual(located(runtimeRaw(category, data)));
      for (const lang of ['zh-CN', 'en'] as const) {
        const precompiled = await engine(category, lang);
        expect(precompiled.evaluate(category, data, { now: NOW, lang })).toEqual(node.evaluate(category, data, { now: NOW, lang }));
      }
    },
  );

  it.each(categories)(
    '%s: the form a page compiles (Chinese, then with its English fetched) is the form the server compiles',
    async (category) => {
      // What the build leaves out of the page: rule tests, titles and sections (guide-forms test/rules only), the rules'
      // source logic (the page runs the logic the build compiled), call.json batch, $schema, the option lists the build
      // filled the schemas from (optionsEn comes with the English: the paper names chosen values by it) and the routing
      // steps' source conditions and notes.
      const { call, rules, ...form } = node.getForm(category);
      const {
        batch: _,
        $schema: _s,
        options: _o,
        optionsProse: _p,
        optionsDetail: _d,
        ...pageCall
      } = call as typeof call & {
        $schema?: string;
      };
      // The routing steps' conditions travel compiled (the engine's `routing`), each step keeps its department.
      const routing = { ...pageCall.routing, byCategory: pageCall.routing.byCategory.map(({ department }) => ({ department })) };
      const server = {
        ...form,
        call: { ...pageCall, routing },
        rules: rules.map(({ title: _t, section: _s, logic: _l, when: _w, computed: _c, ...r }) => ({ ...r, logic: null, tests: [] })),
      };
      // The page's data holds no English; its English is a module of its own.
      const year = join(work, String(prepared.year), 'catalog');
      expect(readFileSync(join(year, `${category}.js`), 'utf8')).not.toMatch(/"x-(title|description|unit|enum)-en"/);
      expect(readFileSync(join(year, 'common.js'), 'utf8')).not.toMatch(/"x-(title|description|unit|enum)-en"|"optionsEn"/);
      expect(readFileSync(join(year, `${category}.en.js`), 'utf8')).toMatch(/"x-title-en"/);
      const fresh = precompiledSource(bundles[build]);
      // Nor do the rules: their English messages arrive with the form's English.
      expect(readFileSync(join(year, `${category}.js`), 'utf8')).not.toMatch(/"en":/);
      expect(readFileSync(join(year, 'common.js'), 'utf8')).toMatch(/export const commonRules = \[\{"rule":\{[^\n]*"zh-CN":/);
      expect(
        readFileSync(join(year, 'common.js'), 'utf8')
          .split('\n')
          .find((l) => l.startsWith('export const commonRules')),
      ).not.toMatch(/"en":/);
      expect(readFileSync(join(year, `${category}.en.js`), 'utf8')).toMatch(/export const rules = \{"0":\{"rule":\{"message":\{"en":/);
      const page = await fresh.load(category);
      // In Chinese, before any English is fetched: the server's form but for its English texts.
      expect(chineseOnly(page.getForm(category))).toEqual(chineseOnly(server));
      // Once its English is fetched (merged into the loaded data, so every later engine has it too), the form is the server's.
      const english = await fresh.load(category, undefined, undefined, 'en');
      expect(english.getForm(category)).toEqual(server);
      // The rules run as the server compiles them: the same generated code (the page's functions are
      // the build's text, `function (R) { … }`), params inlined, files and pointers; no JSON-Logic shipped.
      const asText = (value: unknown): unknown =>
        JSON.parse(
          JSON.stringify(value, (_key, item) => {
            // The module writes each factory as the method `code(R) { … }`; compared by its body.
            if (typeof item === 'function') return `function (R) {\n${String(item).replace(/^code\(R\) \{\n|\n\}$/g, '')}\n}`;
            if (item && typeof item === 'object' && typeof item.source === 'string') {
              const { source, ...rest } = item;
              return { ...rest, code: `function (R) {\n${source}\n}` };
            }
            return item;
          }),
        );
      const pageRules = english.compiledRules(category);
      expect(pageRules.every((r) => typeof r.logic.code === 'function' && r.logic.logic === null)).toBe(true);
      expect(asText(pageRules)).toEqual(asText(node.compiledRules(category).map(prebuiltRule)));
    },
  );

  it('rejects a category or year it does not hold, naming it', async () => {
    const source = precompiledSource(bundles[build]);
    await expect(source.load('no-such-form')).rejects.toMatchObject({ code: 'unknown-category' });
    const before = allYears[0]!.year - 1;
    await expect(source.load(categories[0]!, before)).rejects.toMatchObject({
      code: 'unknown-year',
      message: `此构建包含 ${allYears.map((p) => p.year).join('、')} 年的表单，没有 ${before} 年`,
    });
  });
});
