/**
 * A problem with a form, rule or call file — or with the caller's input — located by
 * the file and a JSON Pointer inside it.
 *
 * @example
 * throw new GuideFormsError('unknown-category', '未知的征集类别 "foo"', { found: 'foo' });
 */
export class GuideFormsError extends Error {
  override name = 'GuideFormsError';
  /** A stable code, e.g. `unknown-category`, `rule-logic`, `bad-json`. */
  readonly code: string;
  /** The file the problem is in, relative to the repository root, when there is one. */
  readonly file: string | undefined;
  /** Where in the file (or in the data) the problem is. */
  readonly pointer: string | undefined;
  readonly expected: string | undefined;
  readonly found: string | undefined;

  constructor(code: string, message: string, where: { file?: string; pointer?: string; expected?: string; found?: string } = {}) {
    super(message);
    this.code = code;
    this.file = where.file;
    this.pointer = where.pointer;
    this.expected = where.expected;
    this.found = where.found;
  }

  /** `file#pointer: message`, the one-line form used by the CLI. */
  override toString(): string {
    const at = this.file ? `${this.file}${this.pointer !== undefined ? `#${this.pointer}` : ''}: ` : '';
    return `${at}${this.message}`;
  }
}
