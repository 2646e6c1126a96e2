// Starts the real relay (`tsx server/main.ts`) as a child process on a random port and a temp
// data directory, and reads the port from its structured "listening" log line.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface RelayProcess {
  readonly port: number;
  /** The one-time claim secret the relay logged (access control on), or null. */
  readonly claimSecret: string | null;
  readonly child: ChildProcess;
  /** Resident memory of the relay in MiB (Linux), or null where /proc is missing. */
  rssMiB(): number | null;
  /** User + system CPU seconds the relay has used so far (Linux), or null. */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 20_000;
// Linux reports process CPU time in clock ticks; 100 per second on every mainstream kernel
const CLOCK_TICKS_PER_SECOND = 100;

export async function startRelayProcess(env: Record<string, string> = {}): Promise<RelayProcess> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relay-bench-'));
  // `node --import tsx` rather than the tsx CLI: one process, so its RSS and CPU are the relay's
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'none'), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const accessControl = (env.ACCESS_CONTROL ?? 'on') !== 'off';
  const { port, claimSecret } = await new Promise<{ port: number; claimSecret: string | null }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    let listeningPort: number | null = null;
    lines.on('line', (line) => {
      const parsed: unknown = safeJson(line);
      if (isListening(parsed)) listeningPort = parsed.port;
      const secret = claimSecretOf(parsed);
      // with access control on, the claim line follows the listening line at once
      if (listeningPort !== null && (!accessControl || secret !== null)) resolve({ port: listeningPort, claimSecret: secret });
    });
    child.once('exit', (code) => reject(new Error(`relay exited early with code ${code}`)));
    // the port comes from the info-level "listening" line; a LOG_LEVEL above info hides it
    setTimeout(() => reject(new Error('relay did not log "listening" within 20 s')), STARTUP_TIMEOUT_MS).unref();
  });
  return {
    port,
    claimSecret,
    child,
    rssMiB() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
        return Number.isFinite(kib) ? Math.round(kib / 1024) : null;
      } catch {
        return null;
      }
    },
    cpuSeconds() {
      try {
        // fields after the command name, which is in parentheses and may contain spaces
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        const ticks = Number(fields[11]) + Number(fields[12]);
        return Number.isFinite(ticks) ? ticks / CLOCK_TICKS_PER_SECOND : null;
      } catch {
        return null;
      }
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
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
