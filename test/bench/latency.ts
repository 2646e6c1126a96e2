// Scenario 1, latency: one writer and N observers in one room; paced edits carry their send time
// and every observer records how long each took to reach its document.
import type { Metrics } from './client-job';
import { runClientJob } from './client-job';
import { connectInWaves } from './connect-all';
import type { Connector } from './connector';
import { withRelayCpu, withRelaySession } from './relay-session';
import type { RelayKind } from './server-process';
import { writeProject } from './project-seed';
import { nowMs, percentile, round, sleep, waitUntil } from './timing';

export interface LatencyOptions {
  readonly observerCounts: readonly number[];
  readonly perSecond: number;
  readonly warmupS: number;
  readonly measureS: number;
  /** 'p': project rooms the writer first fills with `seedTasks` tasks, so metrics snapshots have a real board to read. */
  readonly roomKind: 'ws' | 'p';
  readonly seedTasks: number;
}

export const LATENCY_OPTIONS: LatencyOptions = { observerCounts: [20, 100], perSecond: 20, warmupS: 2, measureS: 8, roomKind: 'ws', seedTasks: 0 };

/** `--snapshots`: project rooms holding a 300-task board, the relay snapshotting every changed room at least once a second. */
export const SNAPSHOT_LATENCY_OPTIONS: LatencyOptions = { ...LATENCY_OPTIONS, roomKind: 'p', seedTasks: 300 };
/** 60× more often than the default 60 s, so an 8 s measurement holds several snapshots of each room. */
export const BENCH_SNAPSHOT_MAX_WAIT_MS = 1_000;

const roomFor = (observers: number, kind: LatencyOptions['roomKind']): string => `${kind}.benchLatency${String(observers).padStart(4, '0')}`;

/**
 * Parent side: one relay of `kind`, the clients in their own process, relay CPU around them. With
 * `snapshots` our relay runs the project-room variant with metrics snapshots on or off.
 */
export async function measureLatency(kind: RelayKind, cpuProfileDir?: string, snapshots?: 'on' | 'off'): Promise<Metrics> {
  const options = snapshots === undefined ? LATENCY_OPTIONS : SNAPSHOT_LATENCY_OPTIONS;
  const oursEnv: Readonly<Record<string, string>> = snapshots === undefined ? {} : { METRICS_SNAPSHOTS: snapshots, METRICS_SNAPSHOT_MAX_WAIT_MS: String(BENCH_SNAPSHOT_MAX_WAIT_MS) };
  const rooms = options.observerCounts.map((observers) => roomFor(observers, options.roomKind));
  return withRelaySession(kind, { rooms, cpuProfileDir, oursEnv }, async (session) => {
    const figures = await withRelayCpu(session.server, () => runClientJob({ scenario: 'latency', target: session.target, options }));
    if (snapshots === undefined || session.ours === null) return figures;
    return { ...figures, 'snapshots taken': await snapshotsTaken(session.ours.port) };
  });
}

export async function runLatencyClients(connector: Connector, options: LatencyOptions): Promise<Metrics> {
  const metrics: Metrics = {};
  for (const observers of options.observerCounts) {
    const sorted = await measureRoom(connector, roomFor(observers, options.roomKind), observers, options);
    metrics[`${observers} obs: p50 (ms)`] = round(percentile(sorted, 50));
    metrics[`${observers} obs: p99 (ms)`] = round(percentile(sorted, 99));
    metrics[`${observers} obs: max (ms)`] = round(sorted.at(-1) ?? Number.NaN);
    metrics[`${observers} obs: deliveries`] = sorted.length;
  }
  return metrics;
}

async function measureRoom(connector: Connector, room: string, observerCount: number, options: LatencyOptions): Promise<number[]> {
  const { clients } = await connectInWaves(connector, Array.from({ length: observerCount + 1 }, () => room), { waveSize: 50, timeoutMs: 30_000 });
  const [writer, ...observers] = clients;
  if (writer === undefined) throw new Error('no writer');
  if (options.seedTasks > 0) {
    writeProject(writer.doc, { tasks: options.seedTasks, descriptionChars: 200, seed: observerCount });
    // every observer holds the board before the clock starts
    await waitUntil(() => observers.every((observer) => observer.doc.getMap('tasks').size >= options.seedTasks), 'seeded board everywhere', 30_000);
  }
  const samples: number[] = [];
  const firstMeasured = options.warmupS * options.perSecond;
  for (const observer of observers) {
    const pings = observer.doc.getMap<number>('ping');
    pings.observe(() => {
      const sentAt = pings.get('sentAt');
      // the edit's own index decides, so a late warm-up delivery is never counted as measured
      if (sentAt !== undefined && (pings.get('index') ?? -1) >= firstMeasured) samples.push(nowMs() - sentAt);
    });
  }
  const pings = writer.doc.getMap<number>('ping');
  const total = (options.warmupS + options.measureS) * options.perSecond;
  const intervalMs = 1000 / options.perSecond;
  const start = nowMs();
  for (let i = 0; i < total; i++) {
    // paced against the start time so a slow tick does not stretch the whole run
    const wait = start + i * intervalMs - nowMs();
    if (wait > 0) await sleep(wait);
    writer.doc.transact(() => {
      pings.set('index', i);
      pings.set('sentAt', nowMs());
    });
  }
  const expected = options.measureS * options.perSecond * observers.length;
  // a relay that loses deliveries shows it in the count, not as a failed run
  await waitUntil(() => samples.length >= expected, 'all deliveries', 10_000).catch(() => {});
  for (const client of clients) client.destroy();
  return [...samples].sort((a, b) => a - b);
}

/** The relay's own count (`/metrics`, scraped from loopback): proof the "on" run really snapshotted. */
async function snapshotsTaken(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('sitebeam_metrics_snapshots_total '));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}
