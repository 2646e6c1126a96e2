// Expiry of the per-day and per-event rows of metrics.sqlite (activity, telemetry, satisfaction, and
// member counts with activity's retention):
// rows older than their table's retention are deleted in batches of EXPIRY_BATCH_ROWS, with a pause
// (a setImmediate) between batches, so a first pass over years of rows never holds the relay's event
// loop for more than one small DELETE. Cut-offs are China days and months, as the rows are written.
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import type { MetricsDb } from './metrics-db';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from './snapshot-figures';

/** Days each table keeps; 0 keeps that table forever. */
export interface MetricsRetentionDays {
  readonly activity: number;
  readonly telemetry: number;
  readonly satisfaction: number;
}

/**
 * Why these: docs/metrics.md "Retention". Telemetry's 190 days reach back over the previous quarter
 * in full on any day of the current one (at most 183 days back, 1 July from 31 December), so the
 * quarter review's errors per session compare two complete quarters.
 */
export const DEFAULT_METRICS_RETENTION_DAYS: MetricsRetentionDays = Object.freeze({ activity: 400, telemetry: 190, satisfaction: 730 });
export const EXPIRY_BATCH_ROWS = 5_000;
const DAY_MS = 86_400_000;

/** Rows deleted per table; member counts follow the activity retention (the days they are charted with). */
export type ExpiredRows = { readonly [table in keyof MetricsRetentionDays | 'memberCounts']: number };

export interface ExpiryOptions {
  readonly batchRows?: number;
  /** Between two batches; default one setImmediate, so sockets are served in between. */
  readonly pause?: () => Promise<void>;
  /** Checked before each batch: true stops the pass (the file is about to close). */
  readonly isStopped?: () => boolean;
}

/** The oldest China day a table with this retention keeps at `now`. */
export function oldestKeptDay(now: number, days: number): IsoDay {
  return localIsoDay(now - days * DAY_MS, METRICS_TIME_ZONE_OFFSET_MINUTES);
}

export async function expireOldRows(db: MetricsDb, now: number, retention: MetricsRetentionDays, options: ExpiryOptions = {}): Promise<ExpiredRows> {
  const limit = options.batchRows ?? EXPIRY_BATCH_ROWS;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const isStopped = options.isStopped ?? (() => false);
  // each DELETE picks at most `limit` rows through the table's day (or month) ordering
  const statements = {
    activity: db.prepare<[string, number]>('DELETE FROM activity WHERE rowid IN (SELECT rowid FROM activity WHERE day < ? LIMIT ?)'),
    telemetry: db.prepare<[string, number]>('DELETE FROM telemetry WHERE rowid IN (SELECT rowid FROM telemetry WHERE day < ? LIMIT ?)'),
    // a month is kept whole, so a month's mean satisfaction never changes while it is shown
    satisfaction: db.prepare<[string, number]>('DELETE FROM satisfaction WHERE rowid IN (SELECT rowid FROM satisfaction WHERE month < ? LIMIT ?)'),
    memberCounts: db.prepare<[string, number]>('DELETE FROM member_counts WHERE rowid IN (SELECT rowid FROM member_counts WHERE day < ? LIMIT ?)'),
  };
  const cutoffs = {
    activity: oldestKeptDay(now, retention.activity),
    telemetry: oldestKeptDay(now, retention.telemetry),
    satisfaction: oldestKeptDay(now, retention.satisfaction).slice(0, 7),
    memberCounts: oldestKeptDay(now, retention.activity),
  };
  const expired = { activity: 0, telemetry: 0, satisfaction: 0, memberCounts: 0 };
  for (const table of ['activity', 'telemetry', 'satisfaction', 'memberCounts'] as const) {
    if (retention[table === 'memberCounts' ? 'activity' : table] === 0) continue;
    for (;;) {
      if (isStopped()) return expired;
      const deleted = statements[table].run(cutoffs[table], limit).changes;
      expired[table] += deleted;
      if (deleted < limit) break;
      await pause();
    }
  }
  return expired;
}
