// Structured JSON-lines logging: one object per line so `jq` and log shippers read it, and so
// tests and benchmarks can parse what the relay reports (e.g. the port it listens on).
import type { LogLevelName } from './config';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line, e.g. `{ room }`. */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  readonly level: LogLevelName;
  /** Where a finished line goes; defaults to stdout. */
  readonly write?: (line: string) => void;
  readonly now?: () => number;
}

const RANK = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const satisfies Record<LogLevelName, number>;

type LineLevel = Exclude<LogLevelName, 'silent'>;

export function createLogger(options: LoggerOptions, bound: LogFields = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const now = options.now ?? Date.now;
  const threshold = RANK[options.level];
  const emit = (level: LineLevel, msg: string, fields?: LogFields): void => {
    if (RANK[level] < threshold) return;
    const line = { time: new Date(now()).toISOString(), level, msg, ...bound, ...fields };
    write(JSON.stringify(line, replaceErrors));
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** For tests: a logger that drops everything. */
export function createSilentLogger(): Logger {
  return createLogger({ level: 'silent', write: () => {} });
}

// JSON.stringify turns an Error into `{}`; keep what helps a reader of the log.
function replaceErrors(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}
