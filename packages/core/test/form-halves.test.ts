/**
 * The compile pipeline in two halves (decisions I13-3): what a build writes (`formParts` → JSON,
 * rules through `prebuiltRule`) and a `FormEngine` assembles must judge exactly as `Engine`
 * compiling from the catalog — on every example, in both languages — and a rule whose English
 * has not arrived speaks Chinese instead of failing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallFile } from '@guide-forms/core';
import { ajvValidators } from '@guide-forms/core/compile';
import { Engine, loadCatalog } from '@guide-forms/core/node';
import {
  assembleForm,
  type CompiledRule,
  catalogYears,
  compileForm,
  FormEngine,
  type FormParts,
  type FormStore,
  fileOf,
  formParts,
  logicSource,
  prebuiltRouting,
  prebuiltRule,
  rulesInForce,
} from '@guide-forms/core/tooling';
import { describe, expect, it } from 'vitest';
import { OPEN_NOW, ROOT, YEAR } from './helpers.js';

const catalog = loadCatalog(ROOT);
const factory = ajvValidators();
const server = new Engine(catalog, factory);
const categories = catalog.years[YEAR]!.call.categories.filter((c) => catalog.forms[c]);

/**
 * JSON as the build writes it into a module: each compiled logic's generated `source` becomes the
 * code `function (R) { … }` (the module holds it as code; here `new Function` makes the same function).
 */
function asModule(text: string): unknown {
  return JSON.parse(text, (_key, item) => {
    if (item && typeof item === 'object' && typeof item.source === 'string') {
      const { source, ...rest } = item;
      return { ...rest, code: new Function('R', source) };
    }
    return item;
  });
}

/** A form's parts as a build writes them: the rules without source logic, tests or titles, their logic as code. */
function asWritten(category: string, strip: (rule: CompiledRule) => CompiledRule = prebuiltRule): FormParts {
  const parts = formParts(catalog, category, YEAR);
  const json = asModule(
    JSON.stringify({ ...parts, rules: parts.rules.map(strip), routing: { steps: prebuiltRouting(parts.routing) } }),
  ) as Omit<FormParts, 'routing'> & { routing: { steps: FormParts['routing']['steps'] } };
  return { ...json, routing: { call: json.call, steps: json.routing.steps } };
}

/** A store over written parts, as a page holds one. */
function writtenStore(strip?: (rule: CompiledRule) => CompiledRule): FormStore {
  const forms = new Map(categories.map((c) => [c, asWritten(c, strip)]));
  return {
    years: () => catalogYears(catalog),
    call: (year) => (year === YEAR ? forms.get(categories[0]!)?.call : catalog.years[year]?.call),
    file: (key) => fileOf(catalog, key),
    title: () => undefined,
    compile: (category) => assembleForm(forms.get(category)!, factory),
  };
}

function examples(category: string): { name: string; data: unknown }[] {
  const dir = join(ROOT, 'forms', category, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
}

describe('the compile pipeline in two halves', () => {
  it('compileForm is formParts then assembleForm', () => {
    for (const category of categories) {
      const whole = compileForm(catalog, category, YEAR, factory);
      const halves = assembleForm(formParts(catalog, category, YEAR), factory);
      expect(halves.definition).toEqual(whole.definition);
      expect(halves.rules).toEqual(whole.rules);
      expect([...halves.fields.keys()]).toEqual([...whole.fields.keys()]);
    }
  });

  it('the rules in force are the common ones that name the form (or none), then its own', () => {
    const common = formParts(catalog, 'summary', YEAR).rules.filter((r) => r.file.endsWith('common.rules.json'));
    const everyCommon = formParts(catalog, 'key-rd', YEAR).rules.filter((r) => r.file.endsWith('common.rules.json'));
    // The summary (附件7) is named by fewer common rules than key-rd.
    expect(common.length).toBeLessThan(everyCommon.length);
    const inForce = rulesInForce('summary', everyCommon, []);
    expect(inForce.map((r) => r.rule.id)).toEqual(common.map((r) => r.rule.id));
    expect(inForce.every((r) => !r.rule.appliesTo || r.rule.appliesTo.includes('summary'))).toBe(true);
  });

  it('a written rule keeps what evaluation reads and drops the source logic, tests and title', () => {
    const [rule] = formParts(catalog, 'key-rd', YEAR).rules.filter((r) => r.rule.tests.length > 0);
    const written = prebuiltRule(rule!);
    // The logic travels as generated code, not as JSON-Logic: what it reads and inlined stays.
    const none = { reads: [], params: [], computed: [] };
    expect(written.logic).toEqual({ ...none, logic: null, source: logicSource(rule!.logic.logic) });
    // A `when` keeps what it reads: field states follow the fields a rule marking others required reads.
    expect(written.when).toEqual(rule!.when && { ...none, reads: rule!.when.reads, logic: null, source: logicSource(rule!.when.logic) });
    expect(written.rule.message).toEqual(rule!.rule.message);
    expect(written.rule).toMatchObject({ logic: null, tests: [] });
    expect(written.rule).not.toHaveProperty('title');
  });

  it.each(categories)('%s: a FormEngine over written parts gives the server’s verdict on every example, in both languages', (category) => {
    const page = new FormEngine(writtenStore());
    for (const { data } of examples(category)) {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(page.evaluate(category, data, { now: OPEN_NOW, lang })).toEqual(server.evaluate(category, data, { now: OPEN_NOW, lang }));
      }
    }
    expect(page.fieldStates(category, {}).value).toEqual(server.fieldStates(category, {}).value);
  });

  it('a rule whose English has not arrived speaks Chinese in an English verdict, never as a broken rule', () => {
    const withoutEnglish = (rule: CompiledRule): CompiledRule => {
      const written = prebuiltRule(rule);
      const { en: _en, ...zh } = written.rule.message;
      return { ...written, rule: { ...written.rule, message: zh as CompiledRule['rule']['message'] } };
    };
    const page = new FormEngine(writtenStore(withoutEnglish));
    const data = examples('key-rd').find((e) => e.name === 'fail-R14.json')!.data;
    const verdict = page.evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' });
    const chinese = server.evaluate('key-rd', data, { now: OPEN_NOW, lang: 'zh-CN' });
    const r14 = verdict.findings.find((f) => f.rule === 'R14');
    expect(r14?.message).toBe(chinese.findings.find((f) => f.rule === 'R14')?.message);
    expect(verdict.findings.some((f) => /could not be evaluated/.test(f.message))).toBe(false);
    // Everything else of the verdict is English as before.
    expect(verdict.window.message).toBe(server.evaluate('key-rd', data, { now: OPEN_NOW, lang: 'en' }).window.message);
  });

  it('the call a page holds is the one it was built from', () => {
    const store = writtenStore();
    expect((store.call(YEAR) as CallFile).window).toEqual(catalog.years[YEAR]!.call.window);
    expect(new FormEngine(store).latestYear()).toBe(server.latestYear());
  });
});
