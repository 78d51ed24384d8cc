import type { Engine } from '@guide-forms/core/node';
import type { Io } from '../io.js';
import { USAGE } from './usage.js';

/** What a subcommand does: its arguments, the output, the engine (loaded on first use). Returns the exit code. */
export type Run = (argv: readonly string[], io: Io, engine: () => Engine) => number | Promise<number>;

/** A subcommand: its usage line and what it does. Returns the exit code. */
export interface Command {
  usage: string;
  summary: string;
  run: Run;
}

/**
 * A command whose module is imported only when it runs: `guide-forms check` does not load
 * Fastify, docx, the linter or json-schema-to-typescript, and `serve` starts without the rest
 * (all commands imported up front cost ~0.3 s of CPU before anything happened).
 */
function lazy(usage: string, summary: string, load: () => Promise<Run>): Command {
  return { usage, summary, run: async (argv, io, engine) => (await load())(argv, io, engine) };
}

/** Every subcommand of `guide-forms`, by name. Add new ones here, and its usage line in `usage.ts`. */
export const COMMANDS: Record<string, Command> = {
  check: lazy(USAGE.check, '检查一份填报数据 / check one submission', async () => (await import('./check.js')).check),
  lint: lazy(USAGE.lint, '检查表单、规则文件和 call.json / lint forms, rule and call files', async () => (await import('./lint.js')).lint),
  test: lazy(USAGE.test, '运行规则内嵌测试和表单示例 / run embedded rule tests and examples', async () => (await import('./test.js')).test),
  rollover: lazy(
    USAGE.rollover,
    '由上一年度生成新年度（草稿）/ next year from last year, as a draft',
    async () => (await import('./rollover.js')).rollover,
  ),
  diff: lazy(USAGE.diff, '比较两个年度，供审批 / compare two years for the approval memo', async () => (await import('./diff.js')).diff),
  export: lazy(
    USAGE.export,
    '生成纸质附件（Word 或可打印 HTML）/ the filled form as the printed attachment (DOCX or HTML)',
    async () => (await import('./export.js')).exportCommand,
  ),
  batch: lazy(
    USAGE.batch,
    '批量检查并生成汇总表（科研部门、归口处室）/ check a batch and write the 汇总表',
    async () => (await import('./batch.js')).batch as Run,
  ),
  types: lazy(USAGE.types, '由表单生成 TypeScript 类型 / generate the forms’ data types', async () => (await import('./types.js')).types),
  serve: lazy(
    USAGE.serve,
    'HTTP 服务：供平台后端复核 / HTTP service for the platform’s backend',
    async () => (await import('./serve.js')).serve,
  ),
  build: lazy(USAGE.build, '用某年度规则重建嵌入包 / rebuild the embed bundles for a year', async () => (await import('./build.js')).build),
};
