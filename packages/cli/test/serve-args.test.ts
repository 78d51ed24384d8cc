// `guide-forms serve` refuses bad options with exit 2 and its usage, before loading anything.
import { describe, expect, it } from 'vitest';
import { parseSize } from '../src/commands/serve.js';
import { cli } from './run-cli.js';

describe('guide-forms serve options', () => {
  it('reads --body-limit as bytes, kb or mb', () => {
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('512kb')).toBe(512 * 1024);
    expect(parseSize('1mb')).toBe(1024 * 1024);
    expect(parseSize('1.5MB')).toBe(1.5 * 1024 * 1024);
  });

  it('exits 2 with one line and the usage on a bad port, size or argument', async () => {
    for (const [argv, message] of [
      [['--port', '70000'], '--port 应为 0–65535 的整数（实际为 70000）'],
      [['--port', 'http'], '--port 应为 0–65535 的整数'],
      [['--body-limit', '1tb'], '--body-limit 应为字节数或带单位的大小，如 1mb、512kb（实际为 1tb）'],
      [['--body-limit', '0'], '--body-limit 须大于 0'],
      [['forms'], 'serve 不接受参数：forms'],
      [['--verbose'], '未知的选项 --verbose'],
    ] as const) {
      const r = await cli(['serve', ...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('用法 / usage: guide-forms serve [--port 8787]');
      expect(r.stdout).toBe('');
    }
  });
});
