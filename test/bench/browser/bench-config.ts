// The browser benchmark's knobs, from the command line (`--name value`); defaults are the targets
// of the benchmark issue: 10,000 cards to open, 2,000 to drag on.
import path from 'node:path';

export interface BrowserBenchConfig {
  /** Checkout whose client is built and measured: a copy with a proposed change compares against this one. */
  readonly appRoot: string;
  readonly openTasks: number;
  /** Smaller boards opened first, to show how the open time grows with the card count. */
  readonly scalingTasks: readonly number[];
  readonly openRuns: number;
  /** A board slower than this to open is reported as not finished rather than waited out. */
  readonly openTimeoutMs: number;
  readonly dragTasks: number;
  readonly drags: number;
  /** The drag board must open first; the current client needs long for it (see the doc). */
  readonly dragOpenTimeoutMs: number;
  readonly seed: number;
}

export function readConfig(argv: readonly string[]): BrowserBenchConfig {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    const value = argv[i + 1];
    if (name === undefined || !name.startsWith('--') || value === undefined) throw new Error(`expected --name value pairs, got ${argv.join(' ')}`);
    flags.set(name.slice(2), value);
  }
  const count = (name: string, fallback: number): number => {
    const text = flags.get(name);
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${text ?? ''}`);
    return value;
  };
  return {
    appRoot: path.resolve(flags.get('app-root') ?? '.'),
    openTasks: count('open-tasks', 10_000),
    scalingTasks: (flags.get('scaling') ?? '250,500').split(',').filter((part) => part !== '').map(Number),
    openRuns: count('runs', 3),
    openTimeoutMs: count('open-timeout-ms', 30_000),
    dragTasks: count('drag-tasks', 2_000),
    drags: count('drags', 20),
    dragOpenTimeoutMs: count('drag-open-timeout-ms', 90_000),
    seed: count('seed', 7),
  };
}
