/**
 * The build writes each rule's generated JavaScript into the page's catalog modules as code
 * (`moduleLiteral`), never its JSON-Logic. Rule files are administrators' data: a hostile one
 * (quotes, line separators, comment and script markers, prototype names, a text that looks like
 * the build's own placeholder) must come out as a module that parses, judges as Node's engine
 * judges, and runs nothing written in the rule.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CompiledRule,
  cleanData,
  compiledLogicFn,
  compileRuleFile,
  LOGIC_RUNTIME,
  prebuiltRule,
  runCompiled,
  withToday,
} from '@guide-forms/core/tooling';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, moduleLiteral } from '../../scripts/lib/generate.mjs';

const root = resolve(import.meta.dirname, '../../../..');
const work = mkdtempSync(join(root, 'packages/elements/src/generated/.rule-code-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const marker = globalThis as { __gfInjected?: unknown };
const nasty = [
  '"]);globalThis.__gfInjected=1;//',
  "'];globalThis.__gfInjected=1;//",
  '*/globalThis.__gfInjected=1;/*',
  '</script><script>globalThis.__gfInjected=1</script>',
  '\u2028globalThis.__gfInjected=1\u2029',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's text as data, which must stay text.
  '${globalThis.__gfInjected=1}`',
  'function (R) {globalThis.__gfInjected=1}',
  'code(R) {globalThis.__gfInjected=1}',
];

/** A rule file as an administrator could write it, every text a hostile one. */
function hostileRules(): CompiledRule[] {
  const rules = nasty.map((text, i) => ({
    id: `H${i}`,
    severity: 'block',
    clause: text,
    fields: ['/a'],
    message: { 'zh-CN': text, en: text },
    params: { text, big: 1e308 },
    logic: {
      or: [
        { '==': [{ var: '/a' }, { param: 'text' }] },
        { in: [{ var: '/list/0' }, [text, '__proto__', 'constructor']] },
        { '>': [{ var: '/n' }, { param: 'big' }] },
        // (A read of "/constructor" or "/__proto__" is refused by the rule compiler, before any code.)
        { '!!': { var: '/list/0' } },
        { '==': [{ cat: [{ var: '/a' }, text] }, text] },
      ],
    },
  }));
  return compileRuleFile({ rules } as never, 'rules/2022/hostile.rules.json');
}

describe('rules written into a page as code', () => {
  it('a hostile rule file comes out as a module that judges as Node and runs nothing from its text', async () => {
    const compiled = hostileRules();
    const written = compiled.map(prebuiltRule);
    // A rule text equal to the placeholder the writer would use cannot collide: its token is random per build.
    const text = `export const rules = ${moduleLiteral(written)};\n`;
    expect(text).not.toMatch(/\u2028|\u2029/);
    expect(text).not.toMatch(/"logic":\{"or"/);
    const file = join(work, 'hostile.js');
    writeFileSync(file, text);
    const { rules } = (await import(pathToFileURL(file).href)) as { rules: CompiledRule[] };
    expect(marker.__gfInjected).toBeUndefined();
    expect(rules.map((r) => r.rule.message['zh-CN'])).toEqual(nasty);
    const inputs = [
      ...nasty.map((a) => ({ a })),
      { list: ['__proto__'] },
      { list: [nasty[2]] },
      JSON.parse('{"__proto__": 1, "constructor": 2}'),
      { n: 1e308 },
      { n: Number.MAX_VALUE },
      {},
    ];
    withToday('2021-11-01', () => {
      for (const input of inputs) {
        const data = cleanData(input).data;
        rules.forEach((page, i) => {
          const server = compiled[i]!;
          expect(typeof page.logic.code).toBe('function');
          const want = compiledLogicFn(server.logic.logic)(data);
          expect(runCompiled(page.logic, data)).toEqual(want);
          expect(page.logic.code!(LOGIC_RUNTIME)(data)).toEqual(want);
        });
      }
    });
    expect(marker.__gfInjected).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('every year module the build writes holds rule code and no JSON-Logic', () => {
    const { years } = generate({ root, outDir: join(work, 'out') });
    const dir = join(work, 'out', String(years.at(-1)!.year), 'catalog');
    const common = readFileSync(join(dir, 'common.js'), 'utf8');
    const keyRd = readFileSync(join(dir, 'key-rd.js'), 'utf8');
    for (const text of [common, keyRd]) {
      expect(text).toMatch(/[{,]code\(R\) \{\n/);
      // The compiled JSON-Logic (`{"var":["unit.unitType"]}`, …) no longer ships.
      expect(text).not.toMatch(/\{"var":\[/);
    }
  });
});
