// Issue 14: every hostile file given to `guide-forms check` gets a verdict (exit 0/1) or one
// clean line naming the file (exit 2) — never a stack trace, never a terminal escape.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '@guide-forms/core/tooling';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { bin, cli, REPO } from '../run-cli.js';

const NOW = '2021-11-01T10:00:00+08:00';
const dir = mkdtempSync(join(tmpdir(), 'gf-hostile-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stack frame line, as the before-stop hook looks for it. */
const STACK = /^\s+at .*:\d+:\d+\)?$/m;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function nested(depth: number): string {
  return `{"classification":{"category":"key-rd","domain":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

const HOSTILE: [string, 0 | 1 | 2, string | Uint8Array][] = [
  ['object-where-string.json', 1, '{"classification":{"category":{},"domain":{}}}'],
  ['esc-domain.json', 1, '{"classification":{"category":"key-rd","domain":"\\u001b[2J\\u001b[31mFAKE: 通过 OK"}}'],
  ['newline-key.json', 1, '{"unit":{"\\n  ✓ 通过 OK\\u001b[0m":1}}'],
  ['c1-bidi.json', 1, '{"project":{"projectName":"\\u009b2J\\u202eKO 过通"}}'],
  ['null.json', 1, 'null'],
  ['array.json', 1, '[1,2,3]'],
  ['string.json', 1, '"key-rd"'],
  ['number.json', 2, '1e999'],
  ['proto.json', 1, '{"__proto__":{"ok":true},"constructor":{"prototype":{"ok":true}}}'],
  ['deep-10k.json', 2, nested(10_000)],
  ['deep-200.json', 1, nested(200)],
  ['gbk.json', 2, Uint8Array.from([...Buffer.from('{"a":"'), 0xb4, 0xf3, 0xc1, 0xac, ...Buffer.from('"}')])],
  ['utf16.json', 2, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')])],
  ['truncated.json', 2, '{"unit":{"unitName":"大连'],
  ['garbage.bin', 2, Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256)],
  ['empty.json', 2, ''],
  ['nul.json', 2, '{"a":"\u0000"}'],
];

describe('guide-forms check on hostile files', () => {
  it.each(HOSTILE)('%s → exit %s, no stack, no raw control character', async (name, exit, content) => {
    const r = await cli(['check', 'key-rd', file(name, content), '--now', NOW]);
    expect(r.code).toBe(exit);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(STACK);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(RAW_CONTROL);
    if (exit === 2) {
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(name);
    }
  });

  /** The eligible regional example with another partner name: R22.name echoes a name with 大连. */
  function partner(name: string, value: string): string {
    const data = JSON.parse(readFileSync(join(REPO, 'forms/regional/examples/eligible.json'), 'utf8'));
    data.project.partnerName = value;
    return file(name, JSON.stringify(data));
  }

  it('shows the escapes it made, so the reader sees what was sent, on one line', async () => {
    const r = await cli(['check', 'regional', partner('esc2.json', '大连\n  ✓ 通过 OK\u001b[0m'), '--now', NOW]);
    expect(r.stdout).toContain('合作方“大连\\n  ✓ 通过 OK\\u001b[0m”的名称含“大连”');
    expect(r.stdout).not.toMatch(/^\s+✓ 通过 OK/m);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it('--json keeps the exact value (JSON escapes it) and stays valid JSON', async () => {
    const r = await cli(['check', 'regional', partner('c1.json', '大连x\u009b\u202e\u007f'), '--now', NOW, '--json']);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const verdict = JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] };
    expect(verdict.findings.find((f) => f.rule === 'R22.name')?.message).toContain('合作方“大连x\u009b\u202e\u007f”');
  });

  it('a file over the size limit and a directory are one line each (exit 2)', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_FILE_BYTES + 1);
    const r = await cli(['check', 'key-rd', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^guide-forms check: .*big\.json: 文件过大：16\.0 MB，上限 16 MB\n$/);
    mkdirSync(join(dir, 'folder.json'));
    expect((await cli(['check', 'key-rd', join(dir, 'folder.json')])).stderr).toMatch(/这是一个目录/);
  });

  it('a device is refused, never read: check, batch and export exit 2 naming it (/dev/zero never ended)', async () => {
    for (const args of [
      ['check', 'key-rd', '/dev/zero'],
      ['batch', '/dev/zero'],
      ['export', 'key-rd', '/dev/zero', '-o', join(dir, 'x.docx')],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^guide-forms \w+: .*dev\/zero: 不是普通文件/);
      expect(r.stderr).not.toMatch(STACK);
    }
  }, 30_000);

  it('the installed bin passes the before-stop hook checks', () => {
    const h1 = bin(['check', 'key-rd', file('h1.json', '{"classification":{"category":{},"domain":{}}}')]);
    expect(h1.code).toBe(1);
    expect(`${h1.stdout}${h1.stderr}`).not.toMatch(STACK);
    const h2 = bin([
      'check',
      'key-rd',
      file('h2.json', '{"classification":{"category":"key-rd","domain":"\\u001b[2J\\u001b[31mFAKE OK"}}'),
    ]);
    expect(`${h2.stdout}${h2.stderr}`).not.toContain('\u001b');
  });
});

describe('an unexpected error', () => {
  it('is not met inside the engine: a call.json without routing is one line naming that file and pointer (exit 2)', async () => {
    const root = mkdtempSync(join(dir, 'root-'));
    for (const form of ['_shared', 'key-rd']) cpSync(join(REPO, 'forms', form), join(root, 'forms', form), { recursive: true });
    mkdirSync(join(root, 'rules/2022'), { recursive: true });
    writeFileSync(join(root, 'rules/2022/call.json'), '{"categories":["key-rd"],"routing":null}');
    writeFileSync(join(root, 'data.json'), '{}');
    const r = await cli(['check', 'key-rd', 'data.json'], root);
    expect(r.code).toBe(2);
    // It used to reach the engine and blame the submission ("data.json: 内部错误，无法检查").
    expect(r.stderr).toMatch(/^guide-forms check: rules\/2022\/call\.json#\/\S*: 格式错误：[^\n]+\n$/);
    expect(r.stderr).not.toContain('data.json');
  });

  it('anywhere else is one line without a stack trace (exit 2); GUIDE_FORMS_DEBUG=1 adds the stack', async () => {
    const failing = (): Promise<{ code: number; stderr: string }> => {
      let stderr = '';
      const io = {
        cwd: REPO,
        stdout: {
          write: (): never => {
            throw new TypeError('stdout is gone');
          },
        },
        stderr: { write: (t: string) => (stderr += t) },
      };
      return main(['check', 'key-rd', 'forms/key-rd/examples/eligible.json'], io).then((code) => ({ code, stderr }));
    };
    const r = await failing();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('guide-forms check: 内部错误 internal error: TypeError: stdout is gone\n');
    process.env.GUIDE_FORMS_DEBUG = '1';
    try {
      expect((await failing()).stderr).toMatch(STACK);
    } finally {
      delete process.env.GUIDE_FORMS_DEBUG;
    }
  });
});
