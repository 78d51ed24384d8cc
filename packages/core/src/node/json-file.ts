import { relative } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { GuideFormsError } from '../errors.js';
import { MAX_FILE_DEPTH } from '../limits.js';
import { inexactNumber } from '../numbers.js';
import { decodeUtf8 } from './encoding.js';
import { tooDeepOffset } from './json-depth.js';
import { readBounded } from './read-bounded.js';

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Refuses text nested deeper than {@link MAX_FILE_DEPTH}, naming the line and column, before a
 * recursive parser or walker sees it.
 *
 * @example
 * checkJsonDepth('[['.repeat(200), 'a.json'); // throws: a.json:1:257: JSON 嵌套超过 256 层
 */
export function checkJsonDepth(text: string, file: string): void {
  const offset = tooDeepOffset(text, MAX_FILE_DEPTH);
  if (offset < 0) return;
  const { line, column } = lineColumn(text, offset);
  throw new GuideFormsError('too-deep', `JSON 嵌套超过 ${MAX_FILE_DEPTH} 层（第 ${line} 行第 ${column} 列）`, {
    file: `${file}:${line}:${column}`,
    expected: `at most ${MAX_FILE_DEPTH} levels of [ and {`,
    found: 'deeper nesting',
  });
}

/**
 * Parses JSON text strictly; a syntax error names the file, line and column.
 * `file` is used in messages only.
 */
export function parseJsonText(text: string, file: string): unknown {
  checkJsonDepth(text, file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const offset = first?.offset ?? text.length;
    const { line, column } = lineColumn(text, offset);
    const what = first ? printParseErrorCode(first.error) : 'InvalidSymbol';
    throw new GuideFormsError('bad-json', `JSON 格式错误（第 ${line} 行第 ${column} 列：${what}）`, {
      file: `${file}:${line}:${column}`,
      expected: 'valid JSON',
      found: what,
    });
  }
  checkExactNumbers(text, file);
  return data;
}

/**
 * Refuses a number that JSON.parse would round (`199.999999999999999` → 200), naming where —
 * an amount must read as written, or a threshold could be passed by float rounding.
 *
 * @example
 * checkExactNumbers('{"a": 1e999}', 'a.json'); // throws: a.json:1:7: 数字 1e999 无法按原样读取…
 */
export function checkExactNumbers(text: string, file: string): void {
  const bad = inexactNumber(text);
  if (!bad) return;
  const { line, column } = lineColumn(text, bad.offset);
  const token = bad.token.length > 40 ? `${bad.token.slice(0, 40)}…` : bad.token;
  const read = Number(bad.token);
  throw new GuideFormsError(
    'inexact-number',
    `数字 ${token} 无法按原样读取（会被读成 ${String(read)}）：位数超过双精度可精确表示的范围，请减少位数（金额以万元计，最多 4 位小数）`,
    { file: `${file}:${line}:${column}`, expected: 'a number that reads back as written', found: token },
  );
}

/**
 * Reads a text file as strict UTF-8: missing, unreadable, not a regular file (a device, a FIFO),
 * larger than `MAX_FILE_BYTES` or not UTF-8 (GBK, UTF-16) is a {@link GuideFormsError} naming the file. `shown` is the name
 * used in messages.
 *
 * @example
 * readTextFile('/repo/rules/2022/call.json', 'rules/2022/call.json');
 */
export function readTextFile(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readBounded(path, shown);
  } catch (error) {
    if (error instanceof GuideFormsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录，不是文件' : `无法读取（${code ?? 'error'}）`;
    throw new GuideFormsError('unreadable', why, { file: shown });
  }
  return decodeUtf8(bytes, shown);
}

/** Reads and parses a JSON file; a missing, unreadable, oversized, non-UTF-8 or malformed file is a {@link GuideFormsError}. */
export function readJsonFile(path: string, root = process.cwd()): unknown {
  const shown = relative(root, path) || path;
  return parseJsonText(readTextFile(path, shown), shown);
}
