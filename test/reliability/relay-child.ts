// The real relay as a child process on a fixed port and data directory, so a test can kill it
// with SIGKILL at any moment and start it again on the same files, as a crash and a restart would.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export interface RelayChild {
  readonly port: number;
  /** The running relay's process id (for /proc readings), or undefined when stopped. */
  readonly pid: number | undefined;
  /** Every JSON log line the relay printed since it was made, parsed. */
  readonly logs: readonly Record<string, unknown>[];
  /** Starts (or restarts) the relay and resolves once it listens. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown handler runs, nothing is flushed. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

export async function makeRelayChild(dataDir: string, env: Record<string, string> = {}): Promise<RelayChild> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const logs: Record<string, unknown>[] = [];
  const exited = (process: ChildProcess): Promise<void> =>
    process.exitCode !== null || process.signalCode !== null ? Promise.resolve() : new Promise((resolve) => process.once('exit', () => resolve()));
  return {
    port,
    get pid() {
      return child?.pid;
    },
    logs,
    async start() {
      const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: `${dataDir}/none`, LOG_LEVEL: 'info', ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child = started;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('relay did not start in time')), START_TIMEOUT_MS);
        started.once('exit', (code) => reject(new Error(`relay exited with ${String(code)} while starting`)));
        createInterface({ input: started.stdout! }).on('line', (line) => {
          try {
            logs.push(JSON.parse(line) as Record<string, unknown>);
          } catch {
            // not a log line
          }
          if (line.includes('"msg":"listening"')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    },
    async kill() {
      if (child === null) return;
      const dying = child;
      child = null;
      dying.kill('SIGKILL');
      await exited(dying);
    },
    async stop() {
      if (child === null) return;
      const stopping = child;
      child = null;
      stopping.kill('SIGTERM');
      await exited(stopping);
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}
