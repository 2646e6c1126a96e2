// Scenario 3, many rooms: R rooms each holding the same 200-task project, one client per room,
// then idle: relay memory per loaded room; then everyone leaves: memory once rooms unload.
import * as Y from 'yjs';
import type { Checkpoint } from './client-process';
import type { Metrics } from './client-job';
import { runClientJob } from './client-job';
import { connectInWaves } from './connect-all';
import type { Connector } from './connector';
import { writeProject } from './project-seed';
import { oursStats, withRelaySession } from './relay-session';
import type { RelayKind } from './server-process';
import { round, sleep } from './timing';

export interface ManyRoomsOptions {
  readonly rooms: number;
  readonly tasksPerRoom: number;
}

const SETTLE_MS = 3_000;
const ROOM_IDLE_MS = 2_000;
const UNLOAD_TIMEOUT_MS = 60_000;

export const roomsFor = (count: number): string[] => Array.from({ length: count }, (_, i) => `p.benchRoom${String(i).padStart(5, '0')}`);

export async function measureManyRooms(kind: RelayKind, options: ManyRoomsOptions, cpuProfileDir?: string): Promise<Metrics> {
  const oursEnv = {
    // short, so the unload is measured in seconds rather than the default 30 s
    RELAY_ROOM_IDLE_MS: String(ROOM_IDLE_MS),
    // one client process on one IP opens every connection; the default per-IP burst is 120
    RELAY_UPGRADE_BURST_PER_IP: '100000',
    RELAY_UPGRADES_PER_SECOND_PER_IP: '100000',
  };
  return withRelaySession(kind, { rooms: roomsFor(options.rooms), oursEnv, cpuProfileDir }, async (session) => {
    await sleep(SETTLE_MS);
    const idleRss = session.server.rssMiB();
    const cpuBefore = session.server.cpuSeconds();
    let loadCpu: number | null = null;
    let loadedRss: number | null = null;
    let afterRss: number | null = null;
    let unloadMs: number | null = null;
    const whenLoaded = async (): Promise<void> => {
      const cpuLoaded = session.server.cpuSeconds();
      loadCpu = cpuBefore === null || cpuLoaded === null ? null : round(cpuLoaded - cpuBefore);
      await sleep(SETTLE_MS);
      loadedRss = session.server.rssMiB();
    };
    const whenLeft = async (): Promise<void> => {
      await sleep(SETTLE_MS);
      if (session.ours !== null) {
        // our health endpoint counts the rooms still in memory; the peers have none to ask
        const start = Date.now() - SETTLE_MS;
        while ((await oursStats(session.ours)).rooms > 0 && Date.now() - start < UNLOAD_TIMEOUT_MS) await sleep(250);
        unloadMs = Date.now() - start;
        await sleep(SETTLE_MS);
      }
      afterRss = session.server.rssMiB();
    };
    const metrics = await runClientJob({ scenario: 'many-rooms', target: session.target, options }, (point) => (point === 'loaded' ? whenLoaded() : whenLeft()));
    const perRoomKiB = idleRss === null || loadedRss === null ? null : round(((loadedRss - idleRss) * 1024) / options.rooms, 1);
    return {
      ...metrics,
      'relay CPU while connecting (s)': loadCpu,
      'RSS before clients (MiB)': idleRss,
      'RSS all rooms loaded (MiB)': loadedRss,
      'per loaded room + its client (KiB)': perRoomKiB,
      'RSS after all left (MiB)': afterRss,
      'ours: all rooms unloaded after (ms)': unloadMs,
    };
  });
}

export async function runManyRoomsClients(connector: Connector, options: ManyRoomsOptions, checkpoint: Checkpoint): Promise<Metrics> {
  const source = new Y.Doc();
  writeProject(source, { tasks: options.tasksPerRoom, descriptionChars: 200, seed: 3 });
  const seed = Y.encodeStateAsUpdate(source);
  source.destroy();
  // each client arrives holding the project and syncs it up, so every relay ends up holding it
  const docFor = (): Y.Doc => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, seed);
    return doc;
  };
  const rooms = roomsFor(options.rooms);
  const { clients, connectMs } = await connectInWaves(connector, rooms, { waveSize: 100, timeoutMs: 60_000, docFor });
  await checkpoint('loaded');
  for (const client of clients) client.destroy();
  await checkpoint('left');
  return { 'seed doc (KiB)': round(seed.byteLength / 1024, 1), 'connect + sync all (ms)': Math.round(connectMs) };
}
