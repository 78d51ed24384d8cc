import { type Engine, findRoot, GuideFormsError, loadEngine } from '@guide-forms/core/node';
import { COMMANDS } from './commands/index.js';
import { EXIT, type Io, UsageError } from './io.js';
import { inline, terminalIo } from './terminal.js';

function help(): string {
  const lines = ['用法 / usage: guide-forms <command> [options]', ''];
  for (const c of Object.values(COMMANDS)) lines.push(`  ${c.usage}`, `      ${c.summary}`, '');
  return `${lines.join('\n')}`;
}

/**
 * Runs the CLI and returns the exit code; never throws and never prints a stack trace. Errors
 * are one line naming the file and the problem; usage errors also print the command's usage.
 * Everything written passes through {@link terminalIo}: control characters are escaped.
 */
export async function main(argv: readonly string[], rawIo: Io): Promise<number> {
  const io = terminalIo(rawIo);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`guide-forms: 未知的命令 "${name}"（可用：${Object.keys(COMMANDS).join('、')}）\n`);
    return EXIT.usage;
  }
  let engine: Engine | undefined;
  const lazyEngine = (): Engine => {
    engine ??= loadEngine(findRoot(io.cwd));
    return engine;
  };
  try {
    return await command.run(rest, io, lazyEngine);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`guide-forms ${name}: ${error.message}\n用法 / usage: ${command.usage}\n`);
      return EXIT.usage;
    }
    if (error instanceof GuideFormsError) {
      io.stderr.write(`guide-forms ${name}: ${inline(error.toString())}\n`);
      return EXIT.usage;
    }
    // Never a stack trace: one line saying what failed. GUIDE_FORMS_DEBUG=1 shows the stack.
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(`guide-forms ${name}: 内部错误 internal error: ${inline(what)}\n`);
    if (process.env.GUIDE_FORMS_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
}
