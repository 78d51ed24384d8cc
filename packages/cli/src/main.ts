import { callRoot, type Engine, findRoot, GuideFormsError, loadEngine } from '@guide-forms/core/node';
import { COMMANDS } from './commands/index.js';
import { EXIT, type Io, rootOf, UsageError } from './io.js';
import { inline, terminalIo } from './terminal.js';

function help(): string {
  const lines = [
    '用法 / usage: guide-forms <command> [options] [--call <series>]',
    '  --call <series>  征集系列：dalian（默认，forms/ 和 rules/）或 calls/<series>/ 下的系列，如 yichang / the call series',
    '',
  ];
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
  const [name, ...given] = argv;
  const { call, rest } = takeCall(given);
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
    engine ??= loadEngine(rootOf(io));
    return engine;
  };
  try {
    if (call === null) throw new UsageError('--call 需要一个征集系列名，如 --call yichang');
    // Every command works on the series' folder: the same layout as the root, so nothing else changes.
    if (call !== undefined) {
      io.root = callRoot(findRoot(io.cwd), call);
      io.call = call;
    }
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

/**
 * Takes the global `--call <series>` (or `--call=<series>`) out of the arguments, wherever it is;
 * `null` when it is given without a name.
 */
function takeCall(argv: readonly string[]): { call: string | null | undefined; rest: string[] } {
  const rest: string[] = [];
  let call: string | null | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--call=')) call = arg.slice('--call='.length) || null;
    else if (arg === '--call') {
      const next = argv[i + 1];
      call = next === undefined || next.startsWith('--') ? null : next;
      if (call !== null) i++;
    } else rest.push(arg);
  }
  return { call, rest };
}
