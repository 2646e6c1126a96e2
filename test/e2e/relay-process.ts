// Starts the REAL relay as its own process (as `npm start` would), serving the built app from dist/
// on a free port with a fresh data directory; the port is read from its "listening" log line.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface RelayProcess {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

export async function startRelayProcess(): Promise<RelayProcess> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` before the e2e tests');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sitebeam-e2e-'));
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: 'dist', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await waitForPort(child, () => stderr);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForPort(child: ChildProcess, stderr: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start in time\n${stderr()}`)), STARTUP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with ${String(code)} before listening\n${stderr()}`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const port = portFromLogLine(line);
      if (port === null) return;
      clearTimeout(timer);
      resolve(port);
    });
  });
}

function portFromLogLine(line: string): number | null {
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry !== 'object' || entry === null) return null;
    const { msg, port } = entry as Record<string, unknown>;
    return msg === 'listening' && typeof port === 'number' ? port : null;
  } catch {
    return null;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
