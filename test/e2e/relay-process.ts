// Starts the REAL relay as its own process (as `npm start` would), serving the built app from dist/
// on a free port with a fresh data directory; the port is read from its "listening" log line, and
// the one-time claim link from its "claim this relay" line, as an operator would read them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';

export interface RelayProcess {
  readonly baseUrl: string;
  /** The claim link's path part (`/#/claim/<secret>`) on this relay's address. */
  claimUrl(): Promise<string>;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;
/** E2E_STATIC_DIR lets parallel work build the app elsewhere (`vite build --outDir …`) without sharing dist/. */
const STATIC_DIR = process.env.E2E_STATIC_DIR ?? 'dist';

export interface RelayProcessOptions {
  /** `source` runs server/main.ts through tsx; `bundle` runs build/server/main.mjs, exactly what `npm start` runs. */
  readonly entry?: 'source' | 'bundle';
  readonly env?: Readonly<Record<string, string>>;
}

const SERVER_BUNDLE = 'build/server/main.mjs';

export async function startRelayProcess(options: RelayProcessOptions = {}): Promise<RelayProcess> {
  if (!existsSync(path.join(STATIC_DIR, 'index.html'))) throw new Error(`${STATIC_DIR}/ is missing: run \`vite build\` before the e2e tests`);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'sitebeam-e2e-'));
  if (options.entry === 'bundle' && !existsSync(SERVER_BUNDLE)) throw new Error(`${SERVER_BUNDLE} is missing: run \`npm run build:server\` first`);
  const [command, args] = options.entry === 'bundle' ? [process.execPath, [SERVER_BUNDLE]] : ['node_modules/.bin/tsx', ['server/main.ts']];
  const child = spawn(command, args, {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR, LOG_LEVEL: 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout! });
  // the relay's warnings and errors go into the test's log: why a scenario failed is often there
  lines.on('line', (line) => {
    if (/^\{"time":"[^"]*","level":"(warn|error)"/.test(line) && claimPathFromLogLine(line) === null) console.error(`[relay] ${line}`);
  });
  const claimPath = new Promise<string>((resolve) => {
    lines.on('line', (line) => {
      const path = claimPathFromLogLine(line);
      if (path !== null) resolve(path);
    });
  });
  let port: number;
  try {
    port = await waitForPort(child, lines, () => stderr);
  } catch (error) {
    // a relay that hangs or fails before listening is not left running behind the failed test
    await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    claimUrl: async () => `${baseUrl}${await withTimeout(claimPath, STARTUP_TIMEOUT_MS, 'the relay printed no claim link')}`,
    async stop() {
      await stopChild(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForPort(child: ChildProcess, lines: Interface, stderr: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay did not start in time\n${stderr()}`)), STARTUP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited with ${String(code)} before listening\n${stderr()}`));
    });
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

function claimPathFromLogLine(line: string): string | null {
  try {
    const entry: unknown = JSON.parse(line);
    if (typeof entry !== 'object' || entry === null) return null;
    const { msg, claimUrl } = entry as Record<string, unknown>;
    if (msg !== 'claim this relay' || typeof claimUrl !== 'string') return null;
    const at = claimUrl.indexOf('/#/claim/');
    return at === -1 ? null : claimUrl.slice(at);
  } catch {
    return null;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then((value) => {
      clearTimeout(timer);
      resolve(value);
    }, reject);
  });
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
