// What the benchmark needs from any relay it started, ours or a peer: where it listens, what it
// costs, and how to stop it.
import type { ChildProcess } from 'node:child_process';
import { readCpuSeconds, readRssMiB } from './proc-stats';

export const RELAY_KINDS = ['ours', 'y-websocket', 'hocuspocus'] as const;
export type RelayKind = (typeof RELAY_KINDS)[number];

export interface ServerProcess {
  readonly kind: RelayKind;
  readonly port: number;
  readonly child: ChildProcess;
  /** Resident memory in MiB, or null where /proc is missing. */
  rssMiB(): number | null;
  /** User + system CPU seconds used so far, or null. */
  cpuSeconds(): number | null;
  /** SIGTERM and wait for the exit (ours saves every room first). */
  stop(): Promise<void>;
}

export function processStats(child: ChildProcess): Pick<ServerProcess, 'rssMiB' | 'cpuSeconds'> {
  return { rssMiB: () => readRssMiB(child.pid), cpuSeconds: () => readCpuSeconds(child.pid) };
}

export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}
