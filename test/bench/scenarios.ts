// The two benchmark scenarios, run in the client process against a relay in another process.
import { connectBenchClient, nowMs, percentile, waitUntil } from './bench-clients';
import type { BenchClient } from './bench-clients';

export interface LatencyResult {
  readonly observers: number;
  readonly updatesPerSecond: number;
  readonly measuredUpdates: number;
  readonly deliveries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface BurstResult {
  readonly clients: number;
  readonly editsPerClient: number;
  readonly totalEdits: number;
  readonly convergeMs: number;
  readonly deliveredUpdates: number;
  readonly updatesDeliveredPerSecond: number;
}

const CONNECT_TIMEOUT_MS = 20_000;

/** Workspace rooms the benchmark registers with the relay before its clients connect. */
export const BENCH_WORKSPACES = { latency: 'benchLatency01', burst: 'benchBurst0050' } as const;

async function connectAll(syncUrl: string, token: string, room: string, count: number): Promise<BenchClient[]> {
  const clients = Array.from({ length: count }, () => connectBenchClient(syncUrl, room, token));
  await waitUntil(() => clients.every((c) => c.provider.synced), `${count} clients synced`, CONNECT_TIMEOUT_MS);
  return clients;
}

/** One writer, `observers` readers; paced edits carry their send time; latency per delivery. */
export async function runLatency(syncUrl: string, token: string, options: { observers: number; perSecond: number; warmupS: number; measureS: number }): Promise<LatencyResult> {
  const [writer, ...observers] = await connectAll(syncUrl, token, `ws.${BENCH_WORKSPACES.latency}`, options.observers + 1);
  if (writer === undefined) throw new Error('no writer');
  const samples: number[] = [];
  let measuring = false;
  for (const observer of observers) {
    const pings = observer.doc.getMap<number>('ping');
    pings.observe(() => {
      const sentAt = pings.get('sentAt');
      if (measuring && sentAt !== undefined) samples.push(nowMs() - sentAt);
    });
  }
  const pings = writer.doc.getMap<number>('ping');
  const total = (options.warmupS + options.measureS) * options.perSecond;
  const intervalMs = 1000 / options.perSecond;
  const start = nowMs();
  for (let i = 0; i < total; i++) {
    measuring = i >= options.warmupS * options.perSecond;
    // paced against the start time so a slow tick does not stretch the whole run
    const due = start + i * intervalMs;
    const wait = due - nowMs();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pings.set('sentAt', nowMs());
  }
  const measured = options.measureS * options.perSecond;
  await waitUntil(() => samples.length >= measured * observers.length, 'all deliveries', 10_000).catch(() => {});
  for (const client of [writer, ...observers]) client.destroy();
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    observers: observers.length,
    updatesPerSecond: options.perSecond,
    measuredUpdates: measured,
    deliveries: samples.length,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

/** `clients` peers each make `edits` separate edits at once; time until everyone has everything. */
export async function runBurst(syncUrl: string, token: string, options: { clients: number; edits: number }): Promise<BurstResult> {
  const clients = await connectAll(syncUrl, token, `ws.${BENCH_WORKSPACES.burst}`, options.clients);
  const totalEdits = options.clients * options.edits;
  const start = nowMs();
  clients.forEach((client, c) => {
    const map = client.doc.getMap<number>('edits');
    // one transaction per edit: each is its own update on the wire, as from a real user
    for (let e = 0; e < options.edits; e++) map.set(`c${c}-e${e}`, e);
  });
  await waitUntil(() => clients.every((c) => c.doc.getMap('edits').size === totalEdits), 'all clients converged', 120_000);
  const convergeMs = nowMs() - start;
  for (const client of clients) client.destroy();
  const deliveredUpdates = totalEdits * (options.clients - 1);
  return {
    clients: options.clients,
    editsPerClient: options.edits,
    totalEdits,
    convergeMs: round(convergeMs),
    deliveredUpdates,
    updatesDeliveredPerSecond: Math.round(deliveredUpdates / (convergeMs / 1000)),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
