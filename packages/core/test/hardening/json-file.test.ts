// Issue 14: files that are not UTF-8, nested past the limit or too large are refused with
// one located error — never mojibake, never a stack overflow.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeUtf8, firstInvalidUtf8, GuideFormsError, readJsonFile } from '@guide-forms/core/node';
import { MAX_FILE_BYTES, MAX_FILE_DEPTH } from '@guide-forms/core/tooling';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'gf-json-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refusal(name: string, content: string | Uint8Array): GuideFormsError {
  const path = join(dir, name);
  writeFileSync(path, content);
  try {
    readJsonFile(path, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(GuideFormsError);
    return error as GuideFormsError;
  }
  throw new Error(`accepted ${name}`);
}

describe('encoding', () => {
  it('refuses a GBK submission, naming the line, column and bytes', () => {
    // {"a":"大连"} in GBK: 大 = B4 F3, 连 = C1 AC.
    const gbk = Uint8Array.from([...Buffer.from('{\n  "a": "'), 0xb4, 0xf3, 0xc1, 0xac, ...Buffer.from('"}')]);
    const e = refusal('gbk.json', gbk);
    expect(e.code).toBe('bad-encoding');
    expect(e.toString()).toBe(
      'gbk.json:2:9: 文件不是 UTF-8 编码：第 2 行第 9 列的字节 0xB4 0xF3 无效（常见于 GBK/GB 18030 编码，请另存为 UTF-8）',
    );
  });

  it('refuses UTF-16 with its byte-order mark', () => {
    const e = refusal('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]));
    expect(e.message).toMatch(/UTF-16/);
  });

  it('refuses overlong forms, surrogates, truncated sequences and bytes past U+10FFFF', () => {
    for (const bytes of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xe5, 0xa4], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      expect(firstInvalidUtf8(Uint8Array.from([0x41, ...bytes]))).toBe(1);
    }
  });

  it('accepts UTF-8 with and without a byte-order mark, including 4-byte characters', () => {
    const text = '{"a":"大连 𠀀 é"}';
    expect(decodeUtf8(new TextEncoder().encode(text), 'x')).toBe(text);
    expect(firstInvalidUtf8(new TextEncoder().encode(text))).toBe(-1);
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\ufeff${text}`);
    expect(readJsonFile(path, dir)).toEqual({ a: '大连 𠀀 é' });
  });
});

describe('depth and size', () => {
  it(`reads ${MAX_FILE_DEPTH} levels and refuses the next, and 100,000, with line and column`, () => {
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, `${'['.repeat(MAX_FILE_DEPTH)}${']'.repeat(MAX_FILE_DEPTH)}`);
    expect(readJsonFile(ok, dir)).toBeInstanceOf(Array);
    const e = refusal('deep.json', `{"a":\n ${'['.repeat(MAX_FILE_DEPTH)}${']'.repeat(MAX_FILE_DEPTH)}}`);
    expect(e.toString()).toBe(
      `deep.json:2:${MAX_FILE_DEPTH + 1}: JSON 嵌套超过 ${MAX_FILE_DEPTH} 层（第 2 行第 ${MAX_FILE_DEPTH + 1} 列）`,
    );
    expect(refusal('deeper.json', '['.repeat(100_000)).code).toBe('too-deep');
  });

  it('does not count brackets inside strings', () => {
    const path = join(dir, 'strings.json');
    writeFileSync(path, JSON.stringify({ a: '['.repeat(10_000), b: '\\"[[[' }));
    expect(readJsonFile(path, dir)).toEqual({ a: '['.repeat(10_000), b: '\\"[[[' });
  });

  it(`refuses a file over ${MAX_FILE_BYTES / 1048576} MB before reading it`, () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 1); // sparse: no 16 MB written to disk
    let error: GuideFormsError | undefined;
    try {
      readJsonFile(path, dir);
    } catch (e) {
      error = e as GuideFormsError;
    }
    expect(error?.code).toBe('too-large');
    expect(error?.toString()).toBe(`big.json: 文件过大：16.0 MB，上限 16 MB`);
  });
});

describe('not a regular file', () => {
  const refused = (path: string): GuideFormsError => {
    try {
      readJsonFile(path, dir);
    } catch (e) {
      return e as GuideFormsError;
    }
    throw new Error(`${path} was read`);
  };

  it('refuses a device (/dev/zero never ends; /dev/null reads as empty) without reading it', () => {
    const zero = refused('/dev/zero');
    expect(zero.code).toBe('not-a-file');
    expect(zero.message).toBe('不是普通文件（字符设备），只能读取普通文件');
    expect(zero.file).toMatch(/dev\/zero$/);
    expect(refused('/dev/null').code).toBe('not-a-file');
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(refused(fifo).toString()).toBe('pipe.json: 不是普通文件（管道），只能读取普通文件');
  });

  it('reads a file the system reports as empty (/proc) up to the limit only', () => {
    // /proc/self/status is a regular file of size 0 that reads as text: read, then refused as JSON.
    expect(refused('/proc/self/status').code).toBe('bad-json');
  });
});
