// Scenario 4, density: as many idle connections as the machine allows (up to a target) to one
// relay, in rooms of ten like small teams: resident memory and CPU while they sit idle.
import type { Checkpoint } from './client-process';
import type { Metrics } from './client-job';
import { runClientJob } from './client-job';
import { connectInWaves } from './connect-all';
import type { BenchClient, Connector } from './connector';
import { withRelaySession } from './relay-session';
import type { RelayKind } from './server-process';
import { round, sleep } from './timing';

export interface DensityOptions {
  readonly connections: number;
  readonly perRoom: number;
}

const WAVE_SIZE = 250;
const SETTLE_MS = 3_000;
const IDLE_WINDOW_MS = 10_000;

const roomsFor = (options: DensityOptions): string[] =>
  Array.from({ length: Math.ceil(options.connections / options.perRoom) }, (_, i) => `p.benchDense${String(i).padStart(5, '0')}`);

export async function measureDensity(kind: RelayKind, options: DensityOptions, cpuProfileDir?: string): Promise<Metrics> {
  // one client process on one IP opens every connection; the default per-IP burst is 120
  const oursEnv = { RELAY_UPGRADE_BURST_PER_IP: '100000', RELAY_UPGRADES_PER_SECOND_PER_IP: '100000' };
  return withRelaySession(kind, { rooms: roomsFor(options), oursEnv, cpuProfileDir }, async (session) => {
    const { server } = session;
    await sleep(SETTLE_MS);
    const before = server.rssMiB();
    const cpuBefore = server.cpuSeconds();
    let connectCpu: number | null = null;
    let connectedRss: number | null = null;
    let idleCpu: number | null = null;
    const metrics = await runClientJob({ scenario: 'density', target: session.target, options }, async () => {
      const connectedCpu = server.cpuSeconds();
      connectCpu = cpuBefore === null || connectedCpu === null ? null : round(connectedCpu - cpuBefore);
      await sleep(SETTLE_MS);
      connectedRss = server.rssMiB();
      const idleStart = server.cpuSeconds();
      await sleep(IDLE_WINDOW_MS);
      const idleEnd = server.cpuSeconds();
      idleCpu = idleStart === null || idleEnd === null ? null : idleEnd - idleStart;
    });
    const connected = metrics.connected ?? 0;
    return {
      ...metrics,
      'relay CPU while connecting (s)': connectCpu,
      'RSS before clients (MiB)': before,
      'RSS all connected, idle (MiB)': connectedRss,
      'per idle connection (KiB)': before === null || connectedRss === null || connected === 0 ? null : round(((connectedRss - before) * 1024) / connected, 1),
      'idle CPU over 10 s (% of a core)': idleCpu === null ? null : round((idleCpu / (IDLE_WINDOW_MS / 1000)) * 100, 1),
    };
  });
}

export async function runDensityClients(connector: Connector, options: DensityOptions, checkpoint: Checkpoint): Promise<Metrics> {
  const rooms = roomsFor(options).flatMap((room) => Array.from({ length: options.perRoom }, () => room)).slice(0, options.connections);
  const clients: BenchClient[] = [];
  let connectMs = 0;
  let stoppedBy: string | null = null;
  for (let first = 0; first < rooms.length; first += WAVE_SIZE) {
    try {
      const wave = await connectInWaves(connector, rooms.slice(first, first + WAVE_SIZE), { waveSize: WAVE_SIZE, timeoutMs: 60_000 });
      clients.push(...wave.clients);
      connectMs += wave.connectMs;
    } catch (error) {
      // "as many as the machine allows": stop at the first wave that cannot connect, keep the rest
      stoppedBy = error instanceof Error ? error.message : String(error);
      break;
    }
  }
  if (stoppedBy !== null) process.stderr.write(`bench: density stopped at ${clients.length} connections: ${stoppedBy}\n`);
  await checkpoint('idle');
  return { connected: clients.filter((client) => client.isSynced()).length, 'connect + sync all (ms)': Math.round(connectMs) };
}
