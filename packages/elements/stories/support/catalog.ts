/// <reference types="vite/client" />
/**
 * What the stories are made from, discovered with `import.meta.glob` rather than listed by
 * hand: every `forms/<category>/schema.json` and every example next to it.
 */
import { exampleExpectation } from '@guide-forms/core/tooling';

type Json = Record<string, unknown>;

const schemas = import.meta.glob<Json>('/forms/*/schema.json', { eager: true, import: 'default' });
const examples = import.meta.glob<Json>(['/forms/*/examples/*.json', '/forms/*/examples/*/*.json'], { eager: true, import: 'default' });
const calls = import.meta.glob<CallWindow>('/rules/*/call.json', { eager: true, import: 'default' });

interface CallWindow {
  window: { opens: string; closes: string; utcOffset: string };
}

/**
 * The year the stories are written for: the shared examples and `examples/<year>/` hold in it
 * (`guide-forms test --year 2022`). Every form story renders `<guide-form year=…>` with this year
 * unless its `year` arg says another, so publishing 2023 changes no story.
 */
export const STORY_YEAR = 2022;

/** Every year with a call.json in `rules/`, oldest first (the `year` control's choices). */
export const years: number[] = Object.keys(calls)
  .map((path) => Number(path.split('/')[2]))
  .sort((a, b) => a - b);

function windowOf(year: number): CallWindow['window'] {
  const call = calls[`/rules/${year}/call.json`];
  if (!call) throw new Error(`stories: no rules/${year}/call.json (years: ${years.join(', ')})`);
  return call.window;
}

/** The moment `guide-forms test` judges the year's examples at: 2021-11-01 10:00 in 2022's window, else noon of the opening day. */
export function openAt(year: number): string {
  const { opens, closes, utcOffset } = windowOf(year);
  const reference = '2021-11-01T10:00:00+08:00';
  const t = Date.parse(reference);
  const inside = t >= Date.parse(`${opens}T00:00:00${utcOffset}`) && t < Date.parse(`${nextDay(closes)}T00:00:00${utcOffset}`);
  return inside ? reference : `${opens}T12:00:00${utcOffset}`;
}

const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** 09:00 on the day after the year's window closed, in the call's time zone. */
export function closedAt(year: number): string {
  const { closes, utcOffset } = windowOf(year);
  return `${nextDay(closes)}T09:00:00${utcOffset}`;
}

/** Inside the window of {@link STORY_YEAR}. */
export const OPEN = openAt(STORY_YEAR);
/** The day after {@link STORY_YEAR}'s window closed. */
export const CLOSED = closedAt(STORY_YEAR);

/** The slug of every form in `forms/` (not `_shared`), sorted. */
export const categories: string[] = Object.keys(schemas)
  .map((path) => path.split('/')[2] as string)
  .filter((name) => !name.startsWith('_'))
  .sort();

/** The raw schema of a form (before `x-options` and `$ref`s are resolved). */
export function rawSchema(category: string): Json {
  const schema = schemas[`/forms/${category}/schema.json`];
  if (!schema) throw new Error(`stories: no forms/${category}/schema.json (known: ${categories.join(', ')})`);
  return schema;
}

/**
 * The example files of a form, by file name (`eligible.json`, `fail-R10.json`, …), and a year's
 * own as `<year>/<file>` (`2022/eligible-sunan.json`).
 */
export function exampleFiles(category: string): string[] {
  const prefix = `/forms/${category}/examples/`;
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
export function example(category: string, file: string, year: number = STORY_YEAR): Json {
  const data = examples[`/forms/${category}/examples/${year}/${file}`] ?? examples[`/forms/${category}/examples/${file}`];
  if (!data) throw new Error(`stories: no forms/${category}/examples/${file} (nor ${year}/${file})`);
  return structuredClone(data);
}

/** The rule a `fail-`, `warn-` or `info-<rule>.json` example shows firing (`fail-R15.basis.json` → `R15.basis`). */
export function ruleOf(file: string): string {
  const expectation = exampleExpectation(file.split('/').at(-1) ?? file);
  if (expectation?.kind !== 'finding') throw new Error(`stories: ${file} is not a fail-/warn-/info-<rule>.json example`);
  return expectation.rule;
}
