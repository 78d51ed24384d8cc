// What the user names on the command line is shown as `check` shows it: a line break in a file
// name is `\n` in batch's report too; an output path that is a directory is said to be one.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, REPO } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'gf-names-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(process.platform === 'win32')('a line break in a file name', () => {
  it('batch shows it escaped, the item on one line, as check does', async () => {
    const name = join(tmp, 'a\n✓ 1. 伪造「通过」.json');
    copyFileSync(join(REPO, 'forms/key-rd/examples/eligible.json'), name);
    const batch = await cli(['batch', name, '--now', '2021-11-01T10:00:00+08:00']);
    const line = batch.stdout.split('\n').find((l) => l.startsWith('✗ 1.'));
    expect(line).toContain('a\\n✓ 1. 伪造「通过」.json]');
    expect(batch.stdout.split('\n').filter((l) => l.startsWith('✓ 1.'))).toEqual([]);
    const check = await cli(['check', 'key-rd', name, '--now', '2021-11-01T10:00:00+08:00']);
    expect(check.stdout).toContain('a\\n✓ 1. 伪造「通过」.json');
  }, 30_000);
});

describe('export -o <a directory>', () => {
  it('says the output path is a directory (exit 2), not that the format is empty', async () => {
    const dir = join(tmp, 'out');
    mkdirSync(dir);
    const r = await cli(['export', 'key-rd', join(REPO, 'forms/key-rd/examples/eligible.json'), '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`-o 指定的输出路径是一个目录，应为文件名，如 ${join(dir, 'x.docx')}（实际为 ${dir}）`);
    expect(r.stderr).not.toContain('--format 只能是');
  });
});
