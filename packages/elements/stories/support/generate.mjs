#!/usr/bin/env node
/**
 * Writes `packages/elements/stories/forms/<category>.stories.ts` for every
 * `forms/<category>/schema.json` of the default series (Dalian), and
 * `packages/elements/stories/calls/<series>/<category>.stories.ts` for every
 * `calls/<series>/forms/<category>/schema.json` of another series (call and year pinned): one
 * story per example file (a year's own, in `examples/<year>/`, renders that year), per
 * conditional section of the schema (role, subtype, …, and per value of an `x-options-each`
 * list of the stories' year — each partner region with its cities and its own field), per
 * embedded test of a computed rule (the band edges of a tiered rule), and per state (empty,
 * window closed — or, for a window without a closing date, still open years later and not yet
 * open — English, theme, print).
 *
 * Storybook needs each story as a named export it can read without running the file, so
 * the names are generated here; what each story does lives in support/form-stories.ts.
 * The `Catalog/Coverage` story fails when a form or example has no story — run this again.
 *
 *   node packages/elements/stories/support/generate.mjs           # write
 *   node packages/elements/stories/support/generate.mjs --check   # exit 1 when out of date
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conditionals, readJson } from './schema-walk.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const storiesDir = resolve(here, '..');
const check = process.argv.includes('--check');
/** The year the stories are written for: `STORY_YEAR` of support/catalog.ts. */
const STORY_YEAR = 2022;
/** The default series (support/catalog.ts `DEFAULT_CALL`): the root's forms/ and rules/. */
const DEFAULT_CALL = 'dalian';

/**
 * Every call series with forms: where its forms/ and rules/ are and where its stories go.
 * Dalian's stay in stories/forms/ with their keys as before; another series' in stories/calls/<series>/.
 */
function seriesList() {
  const list = [{ name: DEFAULT_CALL, dir: root, outDir: join(storiesDir, 'forms') }];
  const callsDir = join(root, 'calls');
  if (!existsSync(callsDir)) return list;
  for (const d of readdirSync(callsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(callsDir, d.name);
    if (existsSync(join(dir, 'forms'))) list.push({ name: d.name, dir, outDir: join(storiesDir, 'calls', d.name) });
  }
  return list;
}

const pascal = (s) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const q = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const literal = (value) => JSON.stringify(value).replace(/"([^"\\]*)"/g, (_, s) => `'${s.replace(/'/g, "\\'")}'`);

/** The embedded tests of every rule with `computed` values (a tiered ratio): one story each, at the band edges. */
function computedRuleTests(series, category) {
  const file = join(series.dir, 'rules', String(STORY_YEAR), `${category}.rules.json`);
  if (!existsSync(file)) return [];
  const out = [];
  for (const rule of readJson(file).rules ?? []) {
    if (rule.retired || !rule.computed) continue;
    for (const test of rule.tests ?? []) out.push({ rule: rule.id, name: test.name });
  }
  return out;
}

function storiesFor(series, category) {
  const formsDir = join(series.dir, 'forms');
  const call = JSON.parse(readFileSync(join(series.dir, 'rules', String(STORY_YEAR), 'call.json'), 'utf8'));
  const key = series.name === DEFAULT_CALL ? category : `${series.name}/${category}`;
  const schemaFile = join(formsDir, category, 'schema.json');
  const schema = readJson(schemaFile);
  const exampleDir = join(formsDir, category, 'examples');
  const examples = existsSync(exampleDir)
    ? readdirSync(exampleDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const lines = [];
  const used = new Set();
  const story = (exportName, name, call) => {
    used.add(call.slice(0, call.indexOf('(')));
    lines.push(`export const ${exportName}: FormStory = { name: ${q(name)}, ...${call} };`);
  };

  story('Empty', '空白表单 empty', 'emptyStory(C)');
  // Shared examples render the stories' year; a year's own (examples/<year>/) renders that year.
  const yearDirs = existsSync(exampleDir)
    ? readdirSync(exampleDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name))
        .map((d) => d.name)
        .sort()
    : [];
  const sets = [
    { files: examples, prefix: '', year: '' },
    ...yearDirs.map((y) => ({
      files: readdirSync(join(exampleDir, y))
        .filter((f) => f.endsWith('.json'))
        .sort(),
      prefix: `${y}/`,
      year: `, ${y}`,
    })),
  ];
  for (const { files: list, prefix, year } of sets) {
    const name = (f) => pascal(`${prefix ? `Y${prefix}` : ''}${f.slice(0, -5)}`);
    for (const f of list.filter((f) => /^eligible(-.+)?\.json$/.test(f)))
      story(name(f), `${prefix}${f}`, `exampleStory(C, ${q(f)}${year})`);
    for (const f of list.filter((f) => f.startsWith('invalid-'))) story(name(f), `${prefix}${f}`, `invalidStory(C, ${q(f)}${year})`);
    for (const f of list.filter((f) => /^(fail|warn|info)-/.test(f))) story(name(f), `${prefix}${f}`, `failStory(C, ${q(f)}${year})`);
  }
  // A computed rule's embedded tests on the eligible form: the findings at each band edge.
  const boundaries = computedRuleTests(series, category);
  for (const [i, { rule, name }] of boundaries.entries()) {
    story(
      `${pascal(`Boundary ${rule}`)}Case${String(i + 1).padStart(2, '0')}`,
      `${rule}：${name}`,
      `boundaryStory(C, ${q(rule)}, ${q(name)})`,
    );
  }
  // Conditions that need the same data are one story showing the fields of all of them.
  const variants = new Map();
  for (const c of conditionals(call, schema, schemaFile, '', [])) {
    const key = JSON.stringify(c.set);
    const known = variants.get(key);
    if (known) known.shows = [...new Set([...known.shows, ...c.shows])];
    else variants.set(key, c);
  }
  let n = 0;
  for (const c of variants.values()) {
    const label = Object.entries(c.set)
      .map(([p, v]) => `${p} = ${v}`)
      .join(', ');
    story(`Variant${String(++n).padStart(2, '0')}`, `变体 ${label}`, `variantStory(C, ${literal(c.set)}, ${literal(c.shows)})`);
  }
  if (call.window?.closes === null) {
    // The notice gives no closing date: nothing closes; the window can only not have opened yet.
    story('WindowOpenEnded', '未规定截止日期 open-ended window', 'openEndedStory(C)');
    story('WindowNotYetOpen', '尚未开始 window not yet open', 'notYetOpenStory(C)');
  } else story('WindowClosed', '已截止 window closed', 'closedStory(C)');
  story('English', 'English (lang="en")', 'englishStory(C)');
  story('CustomTheme', '自定义主题 custom theme', 'themeStory(C)');
  story('Print', '打印 print layout', 'printStory(C)');

  // In the order biome sorts them, so the generated file needs no reformatting.
  const FORM_STORIES = [
    'closedStory',
    'emptyStory',
    'englishStory',
    'exampleStory',
    'type FormArgs',
    'type FormStory',
    'failStory',
    'formMeta',
    'invalidStory',
    'printStory',
    'themeStory',
    'variantStory',
  ];
  const SERIES_STORIES = ['boundaryStory', 'notYetOpenStory', 'openEndedStory'];
  used.add('formMeta').add('type FormArgs').add('type FormStory');
  const fromForm = FORM_STORIES.filter((f) => used.has(f));
  const fromSeries = SERIES_STORIES.filter((f) => used.has(f));
  const support = series.name === DEFAULT_CALL ? '../support' : '../../support';
  const source = relative(root, join(formsDir, category));
  const title = [schema['x-attachment'], category].filter(Boolean).join(' ');
  const group = series.name === DEFAULT_CALL ? 'Forms' : `Calls/${series.name}`;
  return `// Generated by packages/elements/stories/support/generate.mjs from ${source}/ — do not edit.
// Run \`node packages/elements/stories/support/generate.mjs\` after adding a form or an example.
import type { Meta } from '@storybook/web-components-vite';
import { ${fromForm.join(', ')} } from '${support}/form-stories.js';
${fromSeries.length ? `import { ${fromSeries.join(', ')} } from '${support}/series-stories.js';\n` : ''}
const C = ${q(key)};

const meta: Meta<FormArgs> = {
  title: ${q(`${group}/${title}`)},
  tags: ['autodocs'],
  ...formMeta(C),
};
export default meta;

${lines.join('\n')}
`;
}

/** The categories of a series: each `forms/<category>/schema.json` (not `_shared`), sorted. */
function categoriesOf(series) {
  const formsDir = join(series.dir, 'forms');
  return readdirSync(formsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(join(formsDir, d.name, 'schema.json')))
    .map((d) => d.name)
    .sort();
}

/** The file as biome formats it, so the generated files pass `biome check` as written. */
function formatted(path, code) {
  return execFileSync(join(root, 'node_modules/.bin/biome'), ['format', `--stdin-file-path=${relative(root, path)}`], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
}

const allSeries = seriesList();
const wanted = new Map();
let formCount = 0;
for (const series of allSeries) {
  for (const category of categoriesOf(series)) {
    const path = join(series.outDir, `${category}.stories.ts`);
    wanted.set(path, formatted(path, storiesFor(series, category)));
    formCount++;
  }
}
/** Every generated story file there is now: stories/forms/*, stories/calls/<series>/* (a removed series' too). */
function presentFiles() {
  const out = [];
  const forms = join(storiesDir, 'forms');
  if (existsSync(forms)) out.push(...readdirSync(forms).map((f) => join(forms, f)));
  const calls = join(storiesDir, 'calls');
  if (existsSync(calls)) {
    for (const d of readdirSync(calls, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      out.push(...readdirSync(join(calls, d.name)).map((f) => join(calls, d.name, f)));
    }
  }
  return out;
}
const present = presentFiles();
const stale = [...wanted].filter(([path, code]) => !existsSync(path) || readFileSync(path, 'utf8') !== code).map(([path]) => path);
const extra = present.filter((path) => !wanted.has(path));

if (check) {
  if (stale.length || extra.length) {
    const names = [...stale, ...extra].map((p) => relative(root, p)).join(', ');
    console.error(`stories out of date: ${names} — run node packages/elements/stories/support/generate.mjs`);
    process.exit(1);
  }
  console.log(`stories up to date for ${formCount} forms (${allSeries.map((s) => s.name).join(', ')})`);
} else {
  for (const path of stale) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, wanted.get(path));
  }
  for (const path of extra) rmSync(path);
  console.log(
    `${formCount} forms (${allSeries.map((s) => s.name).join(', ')}): ${stale.length} story files written, ${extra.length} removed`,
  );
}
