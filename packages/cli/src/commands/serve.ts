import { DEFAULT_CALL, findRoot, GuideFormsError, loadEngine } from '@guide-forms/core/node';
import { parseArgs } from '../args.js';
import { EXIT, type Io, rootOf, UsageError } from '../io.js';
import type { EngineStore as Store } from '../serve/engines.js';
import { inline } from '../terminal.js';
import { USAGE } from './usage.js';

export const usage = USAGE.serve;

/** `1mb`, `512kb`, `2000000` → bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--body-limit 应为字节数或带单位的大小，如 1mb、512kb（实际为 ${text}）`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const bytes = Math.floor(Number(m[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1));
  if (bytes < 1) throw new UsageError(`--body-limit 须大于 0（实际为 ${text}）`);
  return bytes;
}

function portOf(value: string | true | undefined): number {
  if (value === undefined) return 8787;
  const port = Number(value);
  if (value === true || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port 应为 0–65535 的整数（实际为 ${String(value)}）`);
  return port;
}

/**
 * Why the server could not listen, as one plain line (exit 2, as for any file or option that
 * cannot be used): the port is taken, the address is not this machine's. Anything else stays an
 * internal error.
 */
function listenRefusal(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EADDRINUSE':
      return new GuideFormsError('cannot-listen', `端口 ${port} 已被占用（${host}:${port}）：换一个 --port，或先停止占用它的程序`);
    case 'EADDRNOTAVAIL':
      return new GuideFormsError(
        'cannot-listen',
        `地址 ${host} 不是本机的地址，无法在其上监听：--host 用本机地址，如 127.0.0.1 或 0.0.0.0`,
      );
    case 'EACCES':
      return new GuideFormsError('cannot-listen', `没有权限监听端口 ${port}（${host}）：用 1024 以上的端口，或以有权限的用户运行`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new GuideFormsError('cannot-listen', `--host 无法解析：${host}`);
    default:
      return error;
  }
}

/**
 * `serve`: the HTTP service (see docs/server.md). Compiles every form once, listens, logs
 * one JSON line per request; SIGHUP reloads forms and rules (lint first; on failure the old
 * stay), SIGTERM/SIGINT finish in-flight requests and exit 0.
 */
export async function serve(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['port', 'host', 'body-limit'], []);
  if (positionals.length) throw new UsageError(`serve 不接受参数：${positionals.join(' ')}`);
  const port = portOf(options.port);
  const host = typeof options.host === 'string' ? options.host : '127.0.0.1';
  const bodyLimit = typeof options['body-limit'] === 'string' ? parseSize(options['body-limit']) : 1024 * 1024;

  // Files are read (and malformed JSON refused) before listening; the validators are compiled
  // after, one form per event-loop turn, so the first request is not held up by ajv.
  const start = performance.now();
  const root = rootOf(io);
  // Fastify is loaded here, not when the CLI starts: `check` and the others do not pay for it.
  const [{ buildApp }, { compileInTurns, EngineStore, lintRefusal }] = await Promise.all([
    import('../serve/app.js'),
    import('../serve/engines.js'),
  ]);
  const calls = { base: io.call === undefined ? root : findRoot(io.cwd), name: io.call ?? DEFAULT_CALL };
  const engine = loadEngine(root);
  // What a reload refuses, the start refuses too: the server never judges by files lint refuses.
  const refused = await lintRefusal(root);
  if (refused) {
    io.stderr.write(`guide-forms serve: ${inline(refused)}\n`);
    return EXIT.usage;
  }
  const store: Store = new EngineStore(root, engine, calls);
  const app = await buildApp({ store, bodyLimit, log: { write: (line: string) => io.stdout.write(line) } });
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (error) {
    await app.close();
    throw listenRefusal(error, host, port);
  }
  const listening = Math.round(performance.now() - start);
  // CPU time of the whole process so far (Node's own start included): on a busy machine the
  // wall clock says more about the neighbours than about the server.
  const cpu = (): number => Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000);
  app.log.info(
    { event: 'listening', address, listeningMs: listening, listeningCpuMs: cpu(), root, years: store.current.years(), bodyLimit },
    `listening on ${address}`,
  );
  try {
    await compileInTurns(store.current);
  } catch (error) {
    // A form that cannot compile is a broken file: say which, and stop, as before listening would.
    io.stderr.write(`guide-forms serve: ${(error as Error).toString()}\n`);
    await app.close();
    return EXIT.usage;
  }
  app.log.info({ event: 'compiled', compiledMs: Math.round(performance.now() - start), compiledCpuMs: cpu() }, 'every form compiled');

  return new Promise<number>((resolve) => {
    let closing = false;
    const close = (signal: string): void => {
      if (closing) return;
      closing = true;
      app.log.info({ event: 'closing', signal }, 'finishing in-flight requests');
      app.close().then(
        () => {
          app.log.info({ event: 'closed' }, 'closed');
          resolve(EXIT.ok);
        },
        (error: unknown) => {
          io.stderr.write(`guide-forms serve: ${(error as Error).message}\n`);
          resolve(EXIT.usage);
        },
      );
    };
    const reload = async (): Promise<void> => {
      const result = await app.store.reload();
      if (result.ok)
        app.log.info({ event: 'reload', ok: true, ms: result.ms, years: app.store.current.years() }, 'reloaded forms and rules');
      else
        app.log.error({ event: 'reload', ok: false, reason: result.reason }, 'reload refused; still serving the previous forms and rules');
    };
    process.on('SIGTERM', () => close('SIGTERM'));
    process.on('SIGINT', () => close('SIGINT'));
    process.on('SIGHUP', () => void reload());
  });
}
