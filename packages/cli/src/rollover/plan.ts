import type { CallFile, Json, RuleFile } from '@guide-forms/core/node';
import { applyEdits, type JSONPath, modify } from 'jsonc-parser';
import { mentionsYear, shiftDate, shiftYears } from './shift.js';

/** One change a rollover makes, for the report. */
export interface Change {
  file: string;
  path: JSONPath;
  from: Json | undefined;
  to: Json;
}

/** A rolled-over file and what to review in it. */
export interface RolledFile {
  text: string;
  changes: Change[];
  /** Quoted clauses left as they are that name a year or date (`file#pointer: text`). */
  clauses: string[];
  /** Params left as they are (`R14 min = 200`). */
  params: string[];
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function pointerOf(path: JSONPath): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

class Editor {
  text: string;
  readonly changes: Change[] = [];
  readonly #file: string;

  constructor(file: string, text: string) {
    this.#file = file;
    this.text = text;
  }

  set(path: JSONPath, from: Json | undefined, to: Json, insertAfter?: string): void {
    if (from === to) return;
    const options = insertAfter ? { ...FORMAT, getInsertionIndex: (keys: string[]) => keys.indexOf(insertAfter) + 1 } : FORMAT;
    this.text = applyEdits(this.text, modify(this.text, path, to, options));
    this.changes.push({ file: this.#file, path, from, to });
  }

  /** Shifts the years of a display text (`title`, `message`, `note`). */
  shiftText(path: JSONPath, value: unknown, from: number, years: number): void {
    if (typeof value === 'string') this.set(path, value, shiftYears(value, from, years));
  }

  shiftMessages(path: JSONPath, value: unknown, from: number, years: number): void {
    if (typeof value !== 'object' || value === null) return;
    for (const [lang, text] of Object.entries(value)) this.shiftText([...path, lang], text, from, years);
  }
}

/**
 * The call file of the new year: `year`, the window moved by whole years, years in the
 * title and notes shifted, and `"draft": true` until lint and test pass.
 * The window's clause quotes the old notice and is kept for the administrator to replace.
 */
export function rollCall(file: string, text: string, call: CallFile, from: number, to: number): RolledFile {
  const years = to - from;
  const e = new Editor(file, text);
  e.set(['year'], call.year, to);
  e.set(['draft'], call.draft, true, 'year');
  e.shiftMessages(['title'], call.title, from, years);
  e.set(['window', 'opens'], call.window.opens, shiftDate(call.window.opens, years));
  // A window without a closing date stays without one.
  if (call.window.closes !== null) e.set(['window', 'closes'], call.window.closes, shiftDate(call.window.closes, years));
  call.routing.byCategory.forEach((step, i) => {
    e.shiftText(['routing', 'byCategory', i, 'note'], step.note, from, years);
  });
  if (call.routing.fallback) e.shiftMessages(['routing', 'fallback', 'message'], call.routing.fallback.message, from, years);
  const quoted: [string[], string | undefined][] = [
    [['window', 'clause'], call.window.clause],
    [['review', 'clause'], call.review?.clause],
    [['routing', 'recommender', 'clause'], call.routing.recommender?.clause],
  ];
  const clauses = quoted.filter((c): c is [string[], string] => typeof c[1] === 'string');
  return {
    text: e.text,
    changes: e.changes,
    clauses: clauses.filter(([, c]) => mentionsYear(c)).map(([p, c]) => `${file}#${pointerOf([...p])}: ${c}`),
    params: [],
  };
}

/** A rule file of the new year: `year` and years in titles and messages; clauses, logic, params and tests unchanged. */
export function rollRules(file: string, text: string, rules: RuleFile, from: number, to: number): RolledFile {
  const years = to - from;
  const e = new Editor(file, text);
  e.set(['year'], rules.year, to);
  const clauses: string[] = [];
  const params: string[] = [];
  rules.rules.forEach((rule, i) => {
    e.shiftMessages(['rules', i, 'title'], rule.title, from, years);
    e.shiftMessages(['rules', i, 'message'], rule.message, from, years);
    if (mentionsYear(rule.clause)) clauses.push(`${file}#/rules/${i}/clause (${rule.id}): ${rule.clause}`);
    for (const [name, value] of Object.entries(rule.params ?? {}))
      params.push(`${rule.id} ${name} = ${JSON.stringify(value)}（${rule.title['zh-CN']}）`);
  });
  return { text: e.text, changes: e.changes, clauses, params };
}
