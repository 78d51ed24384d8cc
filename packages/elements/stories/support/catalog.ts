/// <reference types="vite/client" />
/**
 * What the stories are made from, discovered with `import.meta.glob` rather than listed by
 * hand: every `forms/<category>/schema.json` of the default series (Dalian, at the root) and
 * every `calls/<series>/forms/<category>/schema.json` of another series, with their examples.
 *
 * A form is named by a *form key*: its category for the default series (`key-rd`), else
 * `<series>/<category>` (`yichang/jiebang`) — slugs are per series, so the key keeps two
 * cities' `jiebang` apart.
 */
import { exampleExpectation } from '@guide-forms/core/tooling';

type Json = Record<string, unknown>;

const schemas = import.meta.glob<Json>(['/forms/*/schema.json', '/calls/*/forms/*/schema.json'], { eager: true, import: 'default' });
const examples = import.meta.glob<Json>(
  ['/forms/*/examples/*.json', '/forms/*/examples/*/*.json', '/calls/*/forms/*/examples/*.json', '/calls/*/forms/*/examples/*/*.json'],
  { eager: true, import: 'default' },
);
const calls = import.meta.glob<CallWindow>(['/rules/*/call.json', '/calls/*/rules/*/call.json'], { eager: true, import: 'default' });
const ruleFiles = import.meta.glob<RuleFile>(['/rules/*/*.rules.json', '/calls/*/rules/*/*.rules.json'], {
  eager: true,
  import: 'default',
});

interface CallWindow {
  /** `closes: null`: the notice gives no closing date (Yichang 2022). */
  window: { opens: string; closes: string | null; utcOffset: string };
}

/** An embedded rule test, as a rule file writes it. */
export interface RuleTest {
  name: string;
  data: Json;
  expect: 'pass' | 'fail' | 'notApplicable';
  now?: string;
}

/** What the stories read of a rule: the fields it reads and its embedded tests. */
export interface RuleEntry {
  id: string;
  fields?: string[];
  needs?: string[];
  tests?: RuleTest[];
}

interface RuleFile {
  rules?: RuleEntry[];
}

/** The default call series: its forms and rules are the root's `forms/` and `rules/`. */
export const DEFAULT_CALL = 'dalian';

/**
 * The year the stories are written for: the shared examples and `examples/<year>/` hold in it
 * (`guide-forms test --year 2022`). Every form story renders `<guide-form year=…>` with this year
 * unless its `year` arg says another, so publishing 2023 changes no story.
 */
export const STORY_YEAR = 2022;

/** The series and category of a form key (`yichang/jiebang` → yichang, jiebang; `key-rd` → dalian, key-rd). */
export function splitKey(key: string): { call: string; category: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { call: DEFAULT_CALL, category: key } : { call: key.slice(0, slash), category: key.slice(slash + 1) };
}

/** The form key of `category` in the series `call` (see the module's comment). */
export function formKey(call: string | undefined, category: string): string {
  return call === undefined || call === '' || call === DEFAULT_CALL ? category : `${call}/${category}`;
}

/** The folder a series' `forms/` and `rules/` sit in, as glob paths start: `` (root) or `/calls/<series>`. */
const seriesBase = (call: string): string => (call === DEFAULT_CALL ? '' : `/calls/${call}`);

/** The series of a glob path and the path inside that series (`/calls/yichang/rules/2022/call.json` → yichang, `/rules/2022/call.json`). */
function inSeries(path: string): { call: string; rest: string } {
  const m = /^\/calls\/([^/]+)(\/.*)$/.exec(path);
  return m ? { call: m[1] as string, rest: m[2] as string } : { call: DEFAULT_CALL, rest: path };
}

/** Every year with a call.json in the series' `rules/`, oldest first (the `year` control's choices). */
export function yearsOf(call: string = DEFAULT_CALL): number[] {
  return Object.keys(calls)
    .map(inSeries)
    .filter((p) => p.call === call)
    .map((p) => Number(p.rest.split('/')[2]))
    .sort((a, b) => a - b);
}

/** Every year of the default series (Dalian). */
export const years: number[] = yearsOf();

function windowOf(year: number, call: string): CallWindow['window'] {
  const path = `${seriesBase(call)}/rules/${year}/call.json`;
  const file = calls[path];
  if (!file) throw new Error(`stories: no ${path.slice(1)} (years: ${yearsOf(call).join(', ')})`);
  return file.window;
}

/** Whether the series' window of `year` has a closing date (Yichang 2022's has none). */
export function closes(year: number, call: string = DEFAULT_CALL): boolean {
  return windowOf(year, call).closes !== null;
}

/**
 * The moment `guide-forms test` judges the year's examples at: 2021-11-01 10:00 when it lies in
 * the window (Dalian 2022), else noon of the opening day.
 */
export function openAt(year: number, call: string = DEFAULT_CALL): string {
  const { opens, closes: until, utcOffset } = windowOf(year, call);
  const reference = '2021-11-01T10:00:00+08:00';
  const t = Date.parse(reference);
  const end = until === null ? Number.POSITIVE_INFINITY : Date.parse(`${nextDay(until)}T00:00:00${utcOffset}`);
  const inside = t >= Date.parse(`${opens}T00:00:00${utcOffset}`) && t < end;
  return inside ? reference : `${opens}T12:00:00${utcOffset}`;
}

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** 09:00 on the day after the year's window closed, in the call's time zone. Throws for a window without a closing date. */
export function closedAt(year: number, call: string = DEFAULT_CALL): string {
  const { closes: until, utcOffset } = windowOf(year, call);
  if (until === null) throw new Error(`stories: the ${call} ${year} window has no closing date`);
  return `${nextDay(until)}T09:00:00${utcOffset}`;
}

/** 09:00 on the day before the year's window opens, in the call's time zone. */
export function beforeOpenAt(year: number, call: string = DEFAULT_CALL): string {
  const { opens, utcOffset } = windowOf(year, call);
  return `${dayBefore(opens)}T09:00:00${utcOffset}`;
}

/** Inside the window of {@link STORY_YEAR} (Dalian). */
export const OPEN = openAt(STORY_YEAR);
/** The day after {@link STORY_YEAR}'s window closed (Dalian). */
export const CLOSED = closedAt(STORY_YEAR);

/** The key of every form (not `_shared`): Dalian's categories, then each other series' `<series>/<category>`, sorted. */
export const forms: string[] = Object.keys(schemas)
  .map(inSeries)
  .map(({ call, rest }) => formKey(call, rest.split('/')[2] as string))
  .filter((key) => !splitKey(key).category.startsWith('_'))
  .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b));

/** The slug of every form of the default series (`forms/`, not `_shared`), sorted. */
export const categories: string[] = forms.filter((key) => !key.includes('/'));

/** Every series with a form, the default first. */
export const series: string[] = [...new Set(forms.map((key) => splitKey(key).call))];

/** The categories of one series (a `category` control's choices). */
export function categoriesOf(call: string = DEFAULT_CALL): string[] {
  return forms.filter((key) => splitKey(key).call === call).map((key) => splitKey(key).category);
}

/** Where a form's files are, as glob paths start (`/forms/key-rd`, `/calls/yichang/forms/jiebang`). */
export function formDir(key: string): string {
  const { call, category } = splitKey(key);
  return `${seriesBase(call)}/forms/${category}`;
}

/** The raw schema of a form (before `x-options` and `$ref`s are resolved). */
export function rawSchema(key: string): Json {
  const schema = schemas[`${formDir(key)}/schema.json`];
  if (!schema) throw new Error(`stories: no ${formDir(key).slice(1)}/schema.json (known: ${forms.join(', ')})`);
  return schema;
}

/**
 * The example files of a form, by file name (`eligible.json`, `fail-R10.json`, …), and a year's
 * own as `<year>/<file>` (`2022/eligible-sunan.json`).
 */
export function exampleFiles(key: string): string[] {
  const prefix = `${formDir(key)}/examples/`;
  return Object.keys(examples)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length))
    .sort();
}

/**
 * A fresh copy of one example as it applies to `year`: `examples/<year>/<file>` when that year
 * has its own, else the shared file (as `guide-forms test` chooses). `file` may also name a
 * year's file directly (`2022/eligible-sunan.json`). Throws naming the file when there is none.
 */
export function example(key: string, file: string, year: number = STORY_YEAR): Json {
  const dir = `${formDir(key)}/examples`;
  const data = examples[`${dir}/${year}/${file}`] ?? examples[`${dir}/${file}`];
  if (!data) throw new Error(`stories: no ${dir.slice(1)}/${file} (nor ${year}/${file})`);
  return structuredClone(data);
}

/** One rule of a form's rule file in `year`; throws naming the file when it has no such rule. */
export function ruleEntry(key: string, rule: string, year: number = STORY_YEAR): RuleEntry {
  const { call, category } = splitKey(key);
  const path = `${seriesBase(call)}/rules/${year}/${category}.rules.json`;
  const found = ruleFiles[path]?.rules?.find((r) => r.id === rule);
  if (!found) throw new Error(`stories: ${path.slice(1)} has no rule ${rule}`);
  return found;
}

/** The rule a `fail-`, `warn-` or `info-<rule>.json` example shows firing (`fail-R15.basis.json` → `R15.basis`). */
export function ruleOf(file: string): string {
  const expectation = exampleExpectation(file.split('/').at(-1) ?? file);
  if (expectation?.kind !== 'finding') throw new Error(`stories: ${file} is not a fail-/warn-/info-<rule>.json example`);
  return expectation.rule;
}
