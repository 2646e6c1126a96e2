// GET /metrics for operators: the relay's own figures in Prometheus text. Who may scrape: with
// METRICS_TOKEN set, a request carrying `Authorization: Bearer <token>`; without it, only requests
// from the loopback address (a scraper on the same host, or through an SSH tunnel).
import { timingSafeEqual } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Relay } from '../relay/relay';
import { bearerToken } from '../access/request-token';
import { renderPrometheus, type MetricFamily } from './prometheus-text';
import type { ErrorCounts } from './error-counts';
import { APPEND_BUCKETS_S, type RelayCounters } from './relay-counters';
import type { SnapshotComputations } from './snapshot-computer';

export interface OperatorMetricsDeps {
  readonly relay: Relay;
  readonly counters: RelayCounters;
  readonly errors: ErrorCounts;
  /** null: loopback only. */
  readonly token: string | null;
  /** Snapshot rows written since start; null when snapshots are off. */
  readonly snapshotsTaken: (() => number) | null;
  /** Where snapshot figures were computed (worker thread or relay thread); null when snapshots are off. */
  readonly snapshotComputations: (() => SnapshotComputations) | null;
  /** Snapshots skipped, per reason (a room too big for the relay thread); null when snapshots are off. */
  readonly snapshotsSkipped?: (() => Readonly<Record<string, number>>) | null;
}

export function mountOperatorMetrics(app: Hono, deps: OperatorMetricsDeps): () => void {
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  app.get('/metrics', (c) => {
    if (!mayScrape(deps.token, c.req.header('authorization'), remoteAddress(c))) return c.text('forbidden\n', 403);
    const body = renderPrometheus(families(deps, loopDelay));
    return c.body(body, 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  });
  return () => loopDelay.disable();
}

function remoteAddress(c: Parameters<typeof getConnInfo>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // app.request() in tests has no socket
    return undefined;
  }
}

export function mayScrape(token: string | null, authorization: string | undefined, address: string | undefined): boolean {
  if (token !== null) {
    const given = Buffer.from(bearerToken(authorization) ?? '');
    const wanted = Buffer.from(token);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function families({ relay, counters, errors, snapshotsTaken, snapshotComputations, snapshotsSkipped }: OperatorMetricsDeps, loopDelay: ReturnType<typeof monitorEventLoopDelay>): MetricFamily[] {
  const stats = relay.stats();
  const histogram = counters.appendHistogram();
  // an empty histogram answers its lowest bucket (511 ns) for every percentile: no sample yet is NaN
  const seconds = (ns: number): number => (loopDelay.count > 0 && Number.isFinite(ns) ? ns / 1e9 : Number.NaN);
  return [
    { name: 'sitebeam_connections', help: 'Open websocket connections.', type: 'gauge', samples: [{ value: stats.connections }] },
    { name: 'sitebeam_rooms_loaded', help: 'Rooms held in memory.', type: 'gauge', samples: [{ value: stats.rooms }] },
    { name: 'sitebeam_connections_opened_total', help: 'Websocket connections accepted.', type: 'counter', samples: [{ value: counters.joins() }] },
    { name: 'sitebeam_updates_total', help: 'Document updates made durable.', type: 'counter', samples: [{ value: counters.updates() }] },
    { name: 'sitebeam_update_bytes_total', help: 'Bytes of document updates made durable.', type: 'counter', samples: [{ value: counters.bytes() }] },
    {
      name: 'sitebeam_durable_append_seconds',
      help: 'Latency of one group-commit append to the update log.',
      type: 'histogram',
      samples: [
        ...APPEND_BUCKETS_S.map((bound, index) => ({ suffix: '_bucket', labels: { le: String(bound) }, value: histogram.buckets[index] ?? 0 })),
        { suffix: '_bucket', labels: { le: '+Inf' }, value: histogram.count },
        { suffix: '_sum', value: histogram.sum },
        { suffix: '_count', value: histogram.count },
      ],
    },
    { name: 'sitebeam_compaction_lag_entries', help: 'Log entries stored since their room loaded and not yet compacted.', type: 'gauge', samples: [{ value: counters.compactionLag() }] },
    { name: 'sitebeam_event_loop_delay_seconds', help: 'Event-loop delay since start (p50, p99, max), sampled every 20 ms; NaN before the first sample.', type: 'gauge', samples: [
      { labels: { quantile: '0.5' }, value: seconds(loopDelay.percentile(50)) },
      { labels: { quantile: '0.99' }, value: seconds(loopDelay.percentile(99)) },
      { labels: { quantile: '1' }, value: seconds(loopDelay.max) },
    ] },
    { name: 'sitebeam_metrics_snapshots_total', help: 'Room figure snapshots written to metrics.sqlite.', type: 'counter', samples: snapshotsTaken ? [{ value: snapshotsTaken() }] : [] },
    {
      name: 'sitebeam_metrics_snapshot_computations_total',
      help: 'Snapshot figures computed, by thread: the snapshot worker, or the relay thread (no worker, or it failed).',
      type: 'counter',
      samples: snapshotComputations ? Object.entries(snapshotComputations()).map(([thread, value]) => ({ labels: { thread }, value })) : [],
    },
    {
      name: 'sitebeam_metrics_snapshots_skipped_total',
      help: 'Snapshots not taken, by reason: room-too-big-for-relay-thread (over METRICS_SNAPSHOT_MAIN_THREAD_MAX_BYTES with no worker to compute it).',
      type: 'counter',
      samples: snapshotsSkipped ? Object.entries(snapshotsSkipped()).map(([reason, value]) => ({ labels: { reason }, value })) : [],
    },
    {
      name: 'sitebeam_errors_total',
      help: 'Errors the relay handled and served on through, by kind (server/metrics/error-counts.ts says where each is counted).',
      type: 'counter',
      samples: errors.byKind().map(([kind, value]) => ({ labels: { kind }, value })),
    },
    { name: 'sitebeam_connection_closes_total', help: 'Closed websockets by close code.', type: 'counter', samples: [...counters.closesByCode()].sort((a, b) => a[0] - b[0]).map(([code, value]) => ({ labels: { code: String(code) }, value })) },
  ];
}
