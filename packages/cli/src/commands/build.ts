import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GuideFormsError } from '@guide-forms/core/node';
import { readSource } from '../admin/sources.js';
import { parseArgs, yearOption } from '../args.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import { buildGate } from './build-gate.js';
import { USAGE } from './usage.js';

export const usage = USAGE.build;

/** The elements' bundle script, relative to the root. */
export const BUILD_SCRIPT = 'packages/elements/scripts/build.mjs';

/**
 * The bundle script: the root's own (a checkout of this repository), else the one of the
 * `@guide-forms/elements` installed next to this CLI — so a folder holding only forms/ and
 * rules/ (GUIDE_FORMS_ROOT) can be built too. `undefined` when there is neither.
 */
export function buildScript(root: string): string | undefined {
  const own = join(root, BUILD_SCRIPT);
  if (existsSync(own)) return own;
  const here = dirname(fileURLToPath(import.meta.url));
  const installed = resolve(here, '../../../elements/scripts/build.mjs');
  return existsSync(installed) ? installed : undefined;
}

/**
 * `build [--year Y] [--out DIR] [--form CATEGORY[,…]]`: rebuilds the embed bundles by running the elements'
 * `build.mjs`, passing its output and exit code through. With no `--year` it builds every
 * finalized year (a page with `year="2022"` keeps 2022's rules after 2023 is published) and
 * names every year it leaves out; `--year Y` builds only Y and refuses a draft (exit 1). Any
 * year it would build that lint or the engine's compiler refuses stops it first (exit 1).
 * Forms and rules are read from the root this command runs in; a root other than the
 * repository gets its bundles in `<root>/dist/` unless `--out` says otherwise.
 *
 * @example
 * guide-forms build            # every finalized year
 * guide-forms build --year 2023 --out public/forms
 * guide-forms build --form key-rd   # also guide-form.key-rd.js: the element and that form in one file
 */
export function build(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['year', 'out', 'form'], []);
  if (positionals.length) throw new UsageError(`build 不接受参数：${positionals.join(' ')}`);
  const year = yearOption(options.year);
  const root = rootOf(io);
  if (year !== undefined) {
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
  }
  // Never publish what lint or the engine's compiler refuses.
  const refused = buildGate(root, year, io);
  if (refused !== null) return Promise.resolve(refused);
  const script = buildScript(root);
  if (!script) {
    io.stderr.write(
      `guide-forms build: 找不到打包脚本 ${BUILD_SCRIPT}（@guide-forms/elements 尚未安装），无法生成嵌入包\n` +
        `guide-forms build: ${BUILD_SCRIPT} does not exist, so the embed bundles cannot be built\n`,
    );
    return Promise.resolve(EXIT.usage);
  }
  const args = [
    script,
    ...(year !== undefined ? ['--year', String(year)] : []),
    ...(typeof options.out === 'string' ? ['--out', resolve(io.cwd, options.out)] : []),
    // One-form bundles, guide-form.<category>.js (`--form key-rd,transfer`); build.mjs names a form it does not have.
    ...(typeof options.form === 'string' ? ['--form', options.form] : []),
  ];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, GUIDE_FORMS_ROOT: root },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => io.stdout.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.on('error', (error) => {
      io.stderr.write(`guide-forms build: 无法运行 ${script}：${error.message}\n`);
      done(EXIT.usage);
    });
    child.on('close', (code, signal) => {
      if (signal) io.stderr.write(`guide-forms build: ${script} 被信号 ${signal} 终止\n`);
      done(code ?? EXIT.notOk);
    });
  });
}
