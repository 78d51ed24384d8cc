import { UsageError } from './io.js';

/** Parsed arguments: positionals and `--flag value` / `--flag` options. */
export interface Args {
  positionals: string[];
  options: Record<string, string | true>;
}

/**
 * Parses argv against the options a command accepts. `valued` options take the next
 * argument (or `--name=value`); `flags` take none. Anything else is a {@link UsageError}.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): Args {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (flags.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} 不带参数值`);
      options[name] = true;
    } else if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} 需要一个值`);
      options[name] = value;
    } else {
      throw new UsageError(`未知的选项 --${name}`);
    }
  }
  return { positionals, options };
}

/** Reads `--year` as a four-digit year. */
export function yearOption(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (value === true || !/^\d{4}$/.test(value)) throw new UsageError(`--year 应为四位年份，如 2022（实际为 ${String(value)}）`);
  return Number(value);
}
