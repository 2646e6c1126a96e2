// The relay's operational figures for GET /metrics, kept as plain numbers the observer bumps:
// counters only grow (Prometheus derives per-second rates from them), the append latency is a
// histogram with fixed buckets, and gauges are read when scraped.
import type { RoomName } from '../../shared/schema/room-name';
import type { RelayObserver } from '../relay/relay-observer';

/** Upper bounds in seconds: an append to SQLite in WAL mode takes well under a millisecond to tens of ms. */
export const APPEND_BUCKETS_S = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] as const;

export interface RelayCounters extends RelayObserver {
  readonly updates: () => number;
  readonly bytes: () => number;
  readonly joins: () => number;
  /** Cumulative count per bucket (same order as APPEND_BUCKETS_S), plus the +Inf count and the sum in seconds. */
  readonly appendHistogram: () => { readonly buckets: readonly number[]; readonly count: number; readonly sum: number };
  readonly closesByCode: () => ReadonlyMap<number, number>;
  /** Log entries stored since their room loaded and not compacted yet, over all rooms. */
  readonly compactionLag: () => number;
}

export function createRelayCounters(): RelayCounters {
  let updates = 0;
  let bytes = 0;
  let joins = 0;
  const bucketCounts = APPEND_BUCKETS_S.map(() => 0);
  let appendCount = 0;
  let appendSum = 0;
  const closes = new Map<number, number>();
  const lag = new Map<RoomName, number>();
  return {
    peerJoined: () => void (joins += 1),
    peerClosed: (_room, code) => void closes.set(code, (closes.get(code) ?? 0) + 1),
    updatesStored(room, entries, stored, appendMs) {
      updates += entries;
      bytes += stored;
      const seconds = appendMs / 1000;
      appendCount += 1;
      appendSum += seconds;
      APPEND_BUCKETS_S.forEach((bound, index) => {
        if (seconds <= bound) bucketCounts[index] = (bucketCounts[index] ?? 0) + 1;
      });
      lag.set(room, (lag.get(room) ?? 0) + entries);
    },
    roomCompacted(room, entries) {
      const left = (lag.get(room) ?? 0) - entries;
      if (left > 0) lag.set(room, left);
      else lag.delete(room);
    },
    updates: () => updates,
    bytes: () => bytes,
    joins: () => joins,
    appendHistogram: () => ({ buckets: [...bucketCounts], count: appendCount, sum: appendSum }),
    closesByCode: () => closes,
    compactionLag: () => [...lag.values()].reduce((sum, value) => sum + value, 0),
  };
}
