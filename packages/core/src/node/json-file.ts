import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { GuideFormsError } from '../errors.js';

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Parses JSON text strictly; a syntax error names the file, line and column.
 * `file` is used in messages only.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
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
}

/** Reads and parses a JSON file; a missing or unreadable file is a {@link GuideFormsError}. */
export function readJsonFile(path: string, root = process.cwd()): unknown {
  const shown = relative(root, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录，不是文件' : `无法读取（${code ?? 'error'}）`;
    throw new GuideFormsError('unreadable', why, { file: shown });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseJsonText(text, shown);
}
