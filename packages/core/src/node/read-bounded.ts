import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { GuideFormsError } from '../errors.js';
import { MAX_FILE_BYTES } from '../limits.js';

/**
 * The bytes of a regular file, at most {@link MAX_FILE_BYTES} of them. Anything else — a device
 * (`/dev/zero`, `/dev/stdin`), a FIFO, a socket, a directory — is refused before it is opened
 * (opening a FIFO would wait for a writer); a file reported smaller than it reads (`/proc`, one
 * still growing) is read only up to the limit, so no name given on a command line can make the
 * reader grow until it is killed. `shown` names the file in errors.
 *
 * @example
 * readBounded('/dev/zero', '/dev/zero'); // throws GuideFormsError not-a-file: 不是普通文件（字符设备）
 */
export function readBounded(path: string, shown: string): Buffer {
  regularFile(statSync(path), shown);
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    regularFile(stats, shown);
    tooLarge(stats.size, shown);
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the limit tells a file that is too large from one exactly at it.
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_FILE_BYTES + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > MAX_FILE_BYTES) tooLarge(total, shown, true);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function regularFile(stats: Stats, shown: string): void {
  if (stats.isFile()) return;
  if (stats.isDirectory()) throw new GuideFormsError('unreadable', '这是一个目录，不是文件', { file: shown });
  const kind = stats.isCharacterDevice()
    ? ['字符设备', 'character device']
    : stats.isBlockDevice()
      ? ['块设备', 'block device']
      : stats.isFIFO()
        ? ['管道', 'FIFO']
        : stats.isSocket()
          ? ['套接字', 'socket']
          : ['特殊文件', 'special file'];
  throw new GuideFormsError('not-a-file', `不是普通文件（${kind[0]}），只能读取普通文件`, {
    file: shown,
    expected: 'a regular file',
    found: `a ${kind[1]}`,
  });
}

function tooLarge(size: number, shown: string, atLeast = false): void {
  if (size <= MAX_FILE_BYTES) return;
  const mb = `${atLeast ? '超过 ' : ''}${(size / 1048576).toFixed(1)} MB`;
  throw new GuideFormsError('too-large', `文件过大：${mb}，上限 ${MAX_FILE_BYTES / 1048576} MB`, {
    file: shown,
    expected: `at most ${MAX_FILE_BYTES} bytes`,
    found: `${atLeast ? 'more than ' : ''}${size} bytes`,
  });
}
