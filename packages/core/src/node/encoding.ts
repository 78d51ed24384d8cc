import { GuideFormsError } from '../errors.js';

/** The byte offset of the first byte that is not valid UTF-8, or -1. Iterative, one pass. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset in valid UTF-8 bytes before it. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset)).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

const hex = (b: number | undefined): string => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decodes a file's bytes as UTF-8, strictly: a byte sequence that is not UTF-8 (a GBK or
 * GB 18030 file saved by a Chinese Windows editor, UTF-16) is refused with the line, column
 * and bytes — never silently turned into `���`. A UTF-8 byte-order mark is dropped.
 *
 * @example
 * decodeUtf8(new Uint8Array([0xb4, 0xf3]), 'a.json'); // throws: a.json:1:1 不是 UTF-8 编码…
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new GuideFormsError('bad-encoding', '文件是 UTF-16 编码，请另存为 UTF-8（UTF-16 is not accepted; save the file as UTF-8）', {
      file,
      expected: 'UTF-8',
      found: 'UTF-16 (byte-order mark)',
    });
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = position(bytes, bad);
    const shown = [...bytes.subarray(bad, bad + 2)].map(hex).join(' ');
    throw new GuideFormsError(
      'bad-encoding',
      `文件不是 UTF-8 编码：第 ${line} 行第 ${column} 列的字节 ${shown} 无效（常见于 GBK/GB 18030 编码，请另存为 UTF-8）`,
      { file: `${file}:${line}:${column}`, expected: 'UTF-8', found: `bytes ${shown}` },
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
