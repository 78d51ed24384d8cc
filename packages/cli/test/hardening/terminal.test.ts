// Issue 14: what the CLI prints cannot drive the terminal.
import { describe, expect, it } from 'vitest';
import { escapeControls, inline, terminalIo } from '../../src/terminal.js';

describe('escapeControls', () => {
  it('makes ESC, C1, DEL and bidi overrides visible, keeping newlines, tabs and Chinese', () => {
    expect(escapeControls('\u001b[2J\u001b[31mFAKE: 通过 OK\n\t下一行')).toBe('\\u001b[2J\\u001b[31mFAKE: 通过 OK\n\t下一行');
    expect(escapeControls('a\u009bb\u007fc\u202ed\u2066e\u200ff\r')).toBe('a\\u009bb\\u007fc\\u202ed\\u2066e\\u200ff\\r');
    expect(escapeControls('\u0000\u0007\u0008')).toBe('\\u0000\\u0007\\u0008');
  });

  it('keeps JSON valid and its values equal', () => {
    const value = { s: 'x\u009b\u202e\u007f\u001b' };
    expect(JSON.parse(escapeControls(JSON.stringify(value)))).toEqual(value);
  });
});

describe('inline', () => {
  it('escapes line breaks in every string of a value, keys untouched', () => {
    expect(inline({ a: ['x\ny', { b: 'p\r\u2028q' }], n: 1, t: true, z: null })).toEqual({
      a: ['x\\ny', { b: 'p\\r\\u2028q' }],
      n: 1,
      t: true,
      z: null,
    });
  });
});

describe('terminalIo', () => {
  it('escapes both channels', () => {
    const out: string[] = [];
    const io = terminalIo({
      cwd: '/',
      stdout: { write: (t: string) => out.push(`o:${t}`) },
      stderr: { write: (t: string) => out.push(`e:${t}`) },
    });
    io.stdout.write('\u001b[2J\n');
    io.stderr.write('\u009b\n');
    expect(out).toEqual(['o:\\u001b[2J\n', 'e:\\u009b\n']);
  });
});
