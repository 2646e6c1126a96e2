// Scenario 1, latency: one writer and N observers in one room; paced edits carry their send time
// and every observer records how long each took to reach its document.
import type { JobResult, Metrics, OnCheckpoint, Samples } from './client-job';
import { runClientJobWithSamples } from './client-job';
import { connectInWaves } from './connect-all';
import type { Connector } from './connector';
import type { LoopDelay } from './loop-delay';
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
/** The key of a room's samples and the prefix of its figures. */
export const roomLabel = (observers: number): string => `${observers} obs`;
const MEASURE_START = 'measure-start ';
const MEASURE_END = 'measure-end ';

export interface LatencyRunOptions {
  readonly cpuProfileDir?: string;
  readonly snapshots?: 'on' | 'off';
  /** Seconds measured per room; default LATENCY_OPTIONS.measureS. */
  readonly measureS?: number;
  /** More environment for our relay (`--worker-nice`: METRICS_SNAPSHOT_WORKER_NICE). */
  readonly oursEnv?: Readonly<Record<string, string>>;
}

/** One latency run's figures and every delivery behind them. */
export interface LatencyRun {
  readonly figures: Metrics;
  readonly samples: Samples;
}

export async function measureLatency(kind: RelayKind, cpuProfileDir?: string, snapshots?: 'on' | 'off', measureS?: number): Promise<Metrics> {
  return (await measureLatencyRun(kind, { cpuProfileDir, snapshots, measureS })).figures;
}

/**
 * Parent side: one relay of `kind`, the clients in their own process, relay CPU around them. With
 * `snapshots` our relay runs the project-room variant with metrics snapshots on or off, and its
 * thread's event-loop delay is read over each room's measured window (loop-delay.ts).
 */
export async function measureLatencyRun(kind: RelayKind, run: LatencyRunOptions = {}): Promise<LatencyRun> {
  const base = run.snapshots === undefined ? LATENCY_OPTIONS : SNAPSHOT_LATENCY_OPTIONS;
  const options: LatencyOptions = { ...base, measureS: run.measureS ?? base.measureS };
  const snapshotEnv: Readonly<Record<string, string>> = run.snapshots === undefined ? {} : { METRICS_SNAPSHOTS: run.snapshots, METRICS_SNAPSHOT_MAX_WAIT_MS: String(BENCH_SNAPSHOT_MAX_WAIT_MS) };
  const oursEnv = { ...snapshotEnv, ...run.oursEnv };
  const rooms = options.observerCounts.map((observers) => roomFor(observers, options.roomKind));
  const loopDelayProbe = kind === 'ours' && run.snapshots !== undefined;
  return withRelaySession(kind, { rooms, cpuProfileDir: run.cpuProfileDir, oursEnv, loopDelayProbe }, async (session) => {
    const probe = session.ours?.loopDelay ?? null;
    const loopDelays = new Map<string, LoopDelay>();
    const onCheckpoint: OnCheckpoint = async (name) => {
      if (probe === null) return;
      if (name.startsWith(MEASURE_START)) await probe.reset();
      if (name.startsWith(MEASURE_END)) loopDelays.set(name.slice(MEASURE_END.length), await probe.read());
    };
    let samples: Samples = {};
    const figures = await withRelayCpu(session.server, async () => {
      const result = await runClientJobWithSamples({ scenario: 'latency', target: session.target, options }, onCheckpoint);
      samples = result.samples ?? {};
      return result.metrics;
    });
    const delays: Metrics = {};
    for (const [label, delay] of loopDelays) {
      delays[`${label}: relay loop delay p99 (ms)`] = delay.p99Ms;
      delays[`${label}: relay loop delay max (ms)`] = delay.maxMs;
    }
    if (run.snapshots === undefined || session.ours === null) return { figures: { ...figures, ...delays }, samples };
    return { figures: { ...figures, ...delays, 'snapshots taken': await snapshotsTaken(session.ours.port) }, samples };
  });
}

export async function runLatencyClients(connector: Connector, options: LatencyOptions, checkpoint: OnCheckpoint = async () => {}): Promise<JobResult> {
  const metrics: Metrics = {};
  const samples: Record<string, readonly number[]> = {};
  for (const observers of options.observerCounts) {
    const label = roomLabel(observers);
    const sorted = await measureRoom(connector, roomFor(observers, options.roomKind), observers, options, label, checkpoint);
    metrics[`${label}: p50 (ms)`] = round(percentile(sorted, 50));
    metrics[`${label}: p99 (ms)`] = round(percentile(sorted, 99));
    metrics[`${label}: max (ms)`] = round(sorted.at(-1) ?? Number.NaN);
    metrics[`${label}: deliveries`] = sorted.length;
    samples[label] = sorted;
  }
  return { metrics, samples };
}

async function measureRoom(connector: Connector, room: string, observerCount: number, options: LatencyOptions, label: string, checkpoint: OnCheckpoint): Promise<number[]> {
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
  let start = nowMs();
  for (let i = 0; i < total; i++) {
    if (i === firstMeasured) {
      // the parent resets the relay's loop-delay histogram here; pacing restarts after the round trip
      await checkpoint(`${MEASURE_START}${label}`);
      start = nowMs() - i * intervalMs;
    }
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
  await checkpoint(`${MEASURE_END}${label}`);
  for (const client of clients) client.destroy();
  return [...samples].sort((a, b) => a - b);
}

/** The relay's own count (`/metrics`, scraped from loopback): proof the "on" run really snapshotted. */
async function snapshotsTaken(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find((row) => row.startsWith('sitebeam_metrics_snapshots_total '));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}
