import type { GuideFormsError } from '@guide-forms/core/node';
import { locate } from './locate.js';
import type { Workspace } from './sources.js';

/** How bad a lint problem is: errors make `lint` exit 1, warnings do not. */
export type ProblemLevel = 'error' | 'warning';

/** One lint problem, located by file, line, column and JSON Pointer. */
export interface Problem {
  level: ProblemLevel;
  /** A stable code, e.g. `unknown-field`, `bad-json`, `rule-logic`. */
  code: string;
  file: string;
  line: number;
  column: number;
  /** Where in the file, as a JSON Pointer (`/rules/0/logic`). */
  pointer: string;
  message: string;
  expected?: string | undefined;
  found?: string | undefined;
  hint?: string | undefined;
}

/** What a check knows about a problem; the location is filled in by {@link Problems.add}. */
export interface ProblemDetail {
  expected?: string | undefined;
  found?: string | undefined;
  hint?: string | undefined;
  /** Where the problem is when the pointer cannot say it (a JSON syntax error). */
  position?: { line: number; column: number } | undefined;
}

/** Collects problems and locates each in its file. */
export class Problems {
  readonly list: Problem[] = [];
  readonly #ws: Workspace;

  constructor(ws: Workspace) {
    this.#ws = ws;
  }

  add(level: ProblemLevel, code: string, file: string, pointer: string, message: string, detail: ProblemDetail = {}): void {
    const source = this.#ws.files.get(file);
    const { position, ...rest } = detail;
    const { line, column } = position ?? (source ? locate(source.text, source.tree, pointer) : { line: 1, column: 1 });
    this.list.push({ level, code, file, line, column, pointer, message, ...rest });
  }

  error(code: string, file: string, pointer: string, message: string, detail?: ProblemDetail): void {
    this.add('error', code, file, pointer, message, detail);
  }

  warn(code: string, file: string, pointer: string, message: string, detail?: ProblemDetail): void {
    this.add('warning', code, file, pointer, message, detail);
  }

  /** Records an error thrown by core (rule compilation, windows, options), keeping its pointer. */
  fromError(error: GuideFormsError, fallbackFile: string, hint?: string): void {
    const file = error.file && this.#ws.files.has(error.file) ? error.file : fallbackFile;
    this.error(error.code, file, error.pointer ?? '', error.message, { expected: error.expected, found: error.found, hint });
  }

  get errors(): number {
    return this.list.filter((p) => p.level === 'error').length;
  }

  get warnings(): number {
    return this.list.filter((p) => p.level === 'warning').length;
  }
}

/** The closest candidate by edit distance, for "did you mean" hints; `undefined` when none is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** The human report: one block per problem, then a count line. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines: string[] = [];
  for (const p of problems) {
    const level = p.level === 'error' ? '错误 error' : '警告 warning';
    lines.push(`${p.file}:${p.line}:${p.column}  ${level} [${p.code}]  #${p.pointer}`);
    lines.push(`  ${p.message}`);
    if (p.expected !== undefined) lines.push(`  应为 expected: ${p.expected}`);
    if (p.found !== undefined) lines.push(`  实际 found:    ${p.found}`);
    if (p.hint) lines.push(`  提示 hint:     ${p.hint}`);
    lines.push('');
  }
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  lines.push(errors === 0 ? `通过 OK：${errors} 个错误，${warnings} 个警告` : `未通过 FAILED：${errors} 个错误，${warnings} 个警告`);
  return `${lines.join('\n')}\n`;
}
