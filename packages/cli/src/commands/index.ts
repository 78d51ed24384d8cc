import type { Engine } from '@guide-forms/core/node';
import type { Io } from '../io.js';
import * as batchCommand from './batch.js';
import * as buildCommand from './build.js';
import * as checkCommand from './check.js';
import * as diffCommand from './diff.js';
import * as exportCommand from './export.js';
import * as lintCommand from './lint.js';
import * as rolloverCommand from './rollover.js';
import * as serveCommand from './serve.js';
import * as testCommand from './test.js';
import * as typesCommand from './types.js';

/** A subcommand: its usage line and what it does. Returns the exit code. */
export interface Command {
  usage: string;
  summary: string;
  run(argv: readonly string[], io: Io, engine: () => Engine): number | Promise<number>;
}

/** Every subcommand of `guide-forms`, by name. Add new ones here. */
export const COMMANDS: Record<string, Command> = {
  check: { usage: checkCommand.usage, summary: '检查一份填报数据 / check one submission', run: checkCommand.check },
  lint: { usage: lintCommand.usage, summary: '检查表单、规则文件和 call.json / lint forms, rule and call files', run: lintCommand.lint },
  test: { usage: testCommand.usage, summary: '运行规则内嵌测试和表单示例 / run embedded rule tests and examples', run: testCommand.test },
  rollover: {
    usage: rolloverCommand.usage,
    summary: '由上一年度生成新年度（草稿）/ next year from last year, as a draft',
    run: rolloverCommand.rollover,
  },
  diff: { usage: diffCommand.usage, summary: '比较两个年度，供审批 / compare two years for the approval memo', run: diffCommand.diff },
  export: {
    usage: exportCommand.usage,
    summary: '生成纸质附件（Word 或可打印 HTML）/ the filled form as the printed attachment (DOCX or HTML)',
    run: exportCommand.exportCommand,
  },
  batch: {
    usage: batchCommand.usage,
    summary: '批量检查并生成汇总表（科研部门、归口处室）/ check a batch and write the 汇总表',
    run: batchCommand.batch,
  },
  types: { usage: typesCommand.usage, summary: '由表单生成 TypeScript 类型 / generate the forms’ data types', run: typesCommand.types },
  serve: {
    usage: serveCommand.usage,
    summary: 'HTTP 服务：供平台后端复核 / HTTP service for the platform’s backend',
    run: serveCommand.serve,
  },
  build: { usage: buildCommand.usage, summary: '用某年度规则重建嵌入包 / rebuild the embed bundles for a year', run: buildCommand.build },
};
