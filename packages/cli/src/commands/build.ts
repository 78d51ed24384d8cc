import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findRoot, GuideFormsError } from '@guide-forms/core/node';
import { readSource } from '../admin/sources.js';
import { parseArgs, yearOption } from '../args.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { buildGate } from './build-gate.js';

export const usage = 'guide-forms build --year Y';

/** The elements' bundle script, relative to the root. */
export const BUILD_SCRIPT = 'packages/elements/scripts/build.mjs';

/**
 * `build --year Y`: rebuilds the embed bundles with that year's rules by running
 * `node packages/elements/scripts/build.mjs --year Y`, passing its output and exit code
 * through. Refuses a draft year or one with a lint or compile error (exit 1, problems on stderr)
 * and a missing script or year (exit 2).
 */
export function build(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['year'], []);
  if (positionals.length) throw new UsageError(`build 不接受参数：${positionals.join(' ')}`);
  const year = yearOption(options.year);
  if (year === undefined) throw new UsageError('需要 --year，例如 guide-forms build --year 2022');
  const root = findRoot(io.cwd);
  const callRel = `rules/${year}/call.json`;
  if (!existsSync(join(root, callRel))) {
    throw new GuideFormsError('unknown-year', `没有 ${year} 年度的规则（${callRel} 不存在）`, { file: callRel });
  }
  const call = readSource(root, callRel);
  if (call.parseError || (call.data as { draft?: unknown }).draft === true) {
    io.stderr.write(
      call.parseError
        ? `guide-forms build: ${callRel} 不是有效的 JSON，请先运行 guide-forms lint --year ${year}\n`
        : `guide-forms build: ${year} 年的规则还是草稿，不能发布。lint 和 test 通过后运行 guide-forms rollover --finalize ${year}\n` +
            `guide-forms build: ${year} is still a draft; run guide-forms rollover --finalize ${year} once lint and test pass\n`,
    );
    return Promise.resolve(EXIT.notOk);
  }
  // Never publish what lint or the engine's compiler refuses.
  const refused = buildGate(root, year, io);
  if (refused !== null) return Promise.resolve(refused);
  const script = join(root, BUILD_SCRIPT);
  if (!existsSync(script)) {
    io.stderr.write(
      `guide-forms build: 找不到打包脚本 ${BUILD_SCRIPT}（@guide-forms/elements 尚未提供），无法生成嵌入包\n` +
        `guide-forms build: ${BUILD_SCRIPT} does not exist yet, so the embed bundles cannot be built\n`,
    );
    return Promise.resolve(EXIT.usage);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, '--year', String(year)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => io.stdout.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.on('error', (error) => {
      io.stderr.write(`guide-forms build: 无法运行 ${BUILD_SCRIPT}：${error.message}\n`);
      resolve(EXIT.usage);
    });
    child.on('close', (code, signal) => {
      if (signal) io.stderr.write(`guide-forms build: ${BUILD_SCRIPT} 被信号 ${signal} 终止\n`);
      resolve(code ?? EXIT.notOk);
    });
  });
}
