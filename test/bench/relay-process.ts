// Starts our relay (the bundle `npm start` runs, built from `server/main.ts`) as a child process on a random port and a data directory,
// and reads the port (and, on a fresh directory, the claim secret) from its structured log.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { connectLoopDelayProbe, LOOP_DELAY_PROBE_ARGS } from './loop-delay';
import type { LoopDelayProbe } from './loop-delay';
import { processStats, stopChild } from './server-process';
import { SERVER_BUNDLE } from './server-bundle';
import type { ServerProcess } from './server-process';

export interface RelayProcess extends ServerProcess {
  readonly kind: 'ours';
  readonly dataDir: string;
  /** The one-time claim secret the relay logged (fresh data directory, access control on), or null. */
  readonly claimSecret: string | null;
  /** The relay thread's event-loop delay over a window, when started with `loopDelayProbe`; else null. */
  readonly loopDelay: LoopDelayProbe | null;
  /** SIGKILL: no shutdown save, so the room log stays exactly as the last commit left it. */
  kill(): Promise<void>;
}

export interface RelayProcessOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Reuse this directory (a restart) and keep it on stop; otherwise a fresh one is made and removed. */
  readonly dataDir?: string;
  /** Write a V8 CPU profile into this directory when the relay exits. */
  readonly cpuProfileDir?: string;
  /** Run this bundle instead of SERVER_BUNDLE (one built elsewhere with `npm run build:server -- --outdir=…`). */
  readonly bundle?: string;
  /** Preload loop-delay-probe.mjs and open an IPC channel to read it (loop-delay.ts). */
  readonly loopDelayProbe?: boolean;
}

const STARTUP_TIMEOUT_MS = 20_000;

export async function startRelayProcess(options: RelayProcessOptions = {}): Promise<RelayProcess> {
  const env = options.env ?? {};
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'relay-bench-'));
  const profiling = options.cpuProfileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`];
  const bundle = options.bundle ?? SERVER_BUNDLE;
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: the benchmark builds it first (buildServerBundle)`);
  // the compiled bundle, as `npm start` runs it: no TypeScript loader in the relay's RSS and CPU
  const probing = options.loopDelayProbe === true;
  const child = spawn(process.execPath, [...profiling, ...(probing ? LOOP_DELAY_PROBE_ARGS : []), bundle], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'none'), LOG_LEVEL: 'info', ...env },
    stdio: probing ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  });
  // only a relay without an owner logs a claim link; a restarted one was claimed before
  const expectClaim = (env.ACCESS_CONTROL ?? 'on') !== 'off' && !existsSync(path.join(dataDir, 'access.sqlite'));
  const { port, claimSecret } = await new Promise<{ port: number; claimSecret: string | null }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let listeningPort: number | null = null;
    lines.on('line', (line) => {
      const parsed: unknown = safeJson(line);
      if (isListening(parsed)) listeningPort = parsed.port;
      const secret = claimSecretOf(parsed);
      // with access control on, the claim line follows the listening line at once
      if (listeningPort !== null && (!expectClaim || secret !== null)) resolve({ port: listeningPort, claimSecret: secret });
    });
    child.once('exit', (code) => reject(new Error(`relay exited early with code ${code}`)));
    // the port comes from the info-level "listening" line; a LOG_LEVEL above info hides it
    setTimeout(() => reject(new Error('relay did not log "listening" within 20 s')), STARTUP_TIMEOUT_MS).unref();
  });
  const cleanUp = (): void => {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return {
    kind: 'ours',
    port,
    child,
    dataDir,
    claimSecret,
    loopDelay: probing ? connectLoopDelayProbe(child) : null,
    ...processStats(child),
    async stop() {
      await stopChild(child, 'SIGTERM');
      cleanUp();
    },
    async kill() {
      await stopChild(child, 'SIGKILL');
      cleanUp();
    },
  };
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

function claimSecretOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('claimUrl' in value) || typeof value.claimUrl !== 'string') return null;
  return /#\/claim\/([A-Za-z0-9_-]+)$/.exec(value.claimUrl)?.[1] ?? null;
}

function isListening(value: unknown): value is { msg: 'listening'; port: number } {
  return typeof value === 'object' && value !== null && 'msg' in value && value.msg === 'listening' && 'port' in value && typeof value.port === 'number';
}
