// Scenario 5, cold room load (ours only: the peers keep nothing across a restart): a ~10 MB
// project written through a client as one log entry per task, then the time for a fresh client to
// get its first sync from a just-restarted relay, with the log uncompacted and after compaction.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { readProject } from '../../shared/schema';
import { claimRelay, registerRooms } from './bench-access';
import { runClientJob } from './client-job';
import type { Metrics } from './client-job';
import type { ClientTarget, Connector } from './connector';
import { writeProject } from './project-seed';
import { startRelayProcess } from './relay-process';
import type { RelayProcess } from './relay-process';
import { readStoredRoom } from './stored-room';
import { nowMs, percentile, round, waitUntil, withTimeout } from './timing';

export interface ColdWriteOptions {
  readonly room: string;
  readonly tasks: number;
  readonly descriptionChars: number;
}

export interface ColdReadOptions {
  readonly room: string;
  readonly tasks: number;
}

export const COLD_WRITE_OPTIONS: ColdWriteOptions = { room: 'p.benchColdRoom01', tasks: 1_000, descriptionChars: 10_000 };
const REPEATS = 3;
const NEVER = '1000000000000';
const UNCOMPACTED_ENV = {
  // compaction only by threshold or at save; both out of reach, so the log keeps one entry per task
  RELAY_COMPACT_ENTRIES: NEVER,
  RELAY_COMPACT_BYTES: NEVER,
  RELAY_ROOM_IDLE_MS: NEVER,
  // the writer sends its 1,000 updates at once; the default burst is 1,000 messages
  RELAY_MESSAGE_BURST: '100000',
  RELAY_MESSAGES_PER_SECOND: '100000',
};

export async function measureColdLoad(cpuProfileDir?: string): Promise<Metrics> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relay-bench-cold-'));
  const { room } = COLD_WRITE_OPTIONS;
  try {
    let relay = await startRelayProcess({ dataDir, env: UNCOMPACTED_ENV });
    const { token } = await claimRelay(`http://127.0.0.1:${relay.port}`, relay.claimSecret ?? '');
    await registerRooms(`http://127.0.0.1:${relay.port}`, token, [room]);
    const written = await runClientJob({ scenario: 'cold-write', target: targetOf(relay, token), options: COLD_WRITE_OPTIONS });
    // killed, not stopped: a graceful stop would compact the room on its way out
    await relay.kill();
    const uncompacted = readStoredRoom(dataDir, room);
    const read = async (env: Record<string, string>, profile?: string): Promise<number> => {
      relay = await startRelayProcess({ dataDir, env, cpuProfileDir: profile });
      const result = await runClientJob({ scenario: 'cold-read', target: targetOf(relay, token), options: { room, tasks: COLD_WRITE_OPTIONS.tasks } });
      // SIGTERM when profiling, so the profile gets written; nothing is loaded that would compact
      if (profile === undefined) await relay.kill();
      else await relay.stop();
      return result['first sync (ms)'] ?? Number.NaN;
    };
    const uncompactedMs: number[] = [];
    for (let i = 0; i < REPEATS; i++) uncompactedMs.push(await read(UNCOMPACTED_ENV, i === 0 ? cpuProfileDir : undefined));
    // default thresholds: the load itself crosses them, and the graceful stop saves the snapshot
    relay = await startRelayProcess({ dataDir });
    await runClientJob({ scenario: 'cold-read', target: targetOf(relay, token), options: { room, tasks: COLD_WRITE_OPTIONS.tasks } });
    await relay.stop();
    const compacted = readStoredRoom(dataDir, room);
    const compactedMs: number[] = [];
    for (let i = 0; i < REPEATS; i++) compactedMs.push(await read({}, i === 0 ? cpuProfileDir : undefined));
    const median = (values: number[]): number => round(percentile([...values].sort((a, b) => a - b), 50));
    return {
      ...written,
      'uncompacted: log entries': uncompacted.logEntries,
      'uncompacted: log (MiB)': round(uncompacted.logBytes / 2 ** 20),
      'uncompacted: first sync, median of 3 (ms)': median(uncompactedMs),
      'uncompacted: first sync, worst of 3 (ms)': round(Math.max(...uncompactedMs)),
      'compacted: log entries': compacted.logEntries,
      'compacted: snapshot (MiB)': round(compacted.snapshotBytes / 2 ** 20),
      'compacted: first sync, median of 3 (ms)': median(compactedMs),
      'compacted: first sync, worst of 3 (ms)': round(Math.max(...compactedMs)),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function targetOf(relay: RelayProcess, token: string): ClientTarget {
  return { kind: 'ours', url: `ws://127.0.0.1:${relay.port}/sync`, token };
}

/** Client side: one writer fills the project, an observer's copy proves every update is durable. */
export async function runColdWrite(connector: Connector, options: ColdWriteOptions): Promise<Metrics> {
  const writer = connector.connect(options.room);
  const observer = connector.connect(options.room);
  await withTimeout(Promise.all([writer.whenSynced, observer.whenSynced]), 30_000, 'writer and observer synced');
  const start = nowMs();
  writeProject(writer.doc, { tasks: options.tasks, descriptionChars: options.descriptionChars, seed: 5 });
  // our relay broadcasts only what it has stored, so the observer's full copy means all is durable
  const complete = Y.encodeStateVector(writer.doc);
  await waitUntil(() => sameBytes(Y.encodeStateVector(observer.doc), complete), 'observer has every update', 120_000);
  const writeMs = nowMs() - start;
  const bytes = Y.encodeStateAsUpdate(writer.doc).byteLength;
  writer.destroy();
  observer.destroy();
  return { 'document (MiB)': round(bytes / 2 ** 20), 'write through relay (ms)': Math.round(writeMs) };
}

/** Client side: time from opening the socket to the first complete sync of a cold room. */
export async function runColdRead(connector: Connector, options: ColdReadOptions): Promise<Metrics> {
  const start = nowMs();
  const reader = connector.connect(options.room);
  await withTimeout(reader.whenSynced, 120_000, 'cold room synced');
  const firstSyncMs = nowMs() - start;
  const tasks = readProject(reader.doc).tasks.length;
  if (tasks !== options.tasks) throw new Error(`cold room synced with ${tasks} of ${options.tasks} tasks`);
  reader.destroy();
  return { 'first sync (ms)': round(firstSyncMs) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}
