import type { Io } from './io.js';

/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the sequences that
 * clear the screen or recolour text), DEL, C1 controls (U+009B is a one-character CSI on some
 * terminals), and the bidirectional overrides and isolates that reorder what is shown.
 * `\n` and `\t` are kept by {@link escapeControls}; {@link inline} escapes line breaks too.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;

/** `\u001b` — the JSON spelling, so an escaped character inside JSON output is still valid JSON. */
function show(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Makes text safe to print: every control character becomes visible (`\u001b`), so applicant
 * text cannot clear the screen or print a fake “通过 OK” in colour. Newlines and tabs are kept.
 * JSON output stays valid JSON: JSON.stringify already escapes C0 controls, and DEL, C1 and
 * bidi marks inside a string become the `\u007f` escape of the same character.
 *
 * @example
 * escapeControls('\u001b[2JFAKE OK\n'); // '\\u001b[2JFAKE OK\n'
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, show);
}

/**
 * Escapes control characters and line breaks in every string of a value (a verdict, lint
 * problems), for human output where one value must stay on its line: an applicant's
 * `"\n  ✓ 通过"` cannot fake a line of the report.
 *
 * @example
 * inline({ message: 'a\nb' }); // { message: 'a\\nb' }
 */
export function inline<T>(value: T): T {
  if (typeof value === 'string') return value.replace(CONTROLS, show).replace(LINE_BREAKS, show) as T;
  if (Array.isArray(value)) return value.map(inline) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inline(v)])) as T;
  }
  return value;
}

/**
 * The CLI's output channels with {@link escapeControls} applied to everything written —
 * every command's human output and error lines pass through here. (A progress bar writes to
 * the terminal itself, not through `Io`.)
 *
 * @example
 * const code = await command.run(argv, terminalIo(io), engine);
 */
export function terminalIo(io: Io): Io {
  return {
    cwd: io.cwd,
    stdout: { write: (text: string) => io.stdout.write(escapeControls(text)) },
    stderr: { write: (text: string) => io.stderr.write(escapeControls(text)) },
  };
}
