import cliProgress from 'cli-progress';

/** Something that can tell a batch's progress. */
export interface Progress {
  tick(done: number, total: number): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

/**
 * A progress bar on stderr (cli-progress) for batches larger than a screen — only when stderr
 * is a terminal and the output is not `--json`; otherwise silent, so logs and pipes stay clean.
 */
export function progressBar(
  total: number,
  stream: NodeJS.WriteStream | { isTTY?: boolean; rows?: number } | undefined,
  json: boolean,
): Progress {
  const tty = stream as NodeJS.WriteStream | undefined;
  if (json || !tty?.isTTY || total <= (tty.rows ?? 24)) return SILENT;
  const bar = new cliProgress.SingleBar(
    { stream: tty, format: '检查中 checking [{bar}] {value}/{total} ({percentage}%)', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}
