// Retention of snapshot rows: rows younger than RAW_RETENTION_DAYS stay as written; older ones are
// thinned to one per room per China day, the day's last (gauges keep their last value, the same
// rule as the API's downsampling), so long trends stay cheap. The same hourly pass (and once at
// start) expires activity, telemetry and satisfaction rows past their retention (metrics-expiry.ts).
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { MetricsDb } from './metrics-db';
import { DEFAULT_METRICS_RETENTION_DAYS, expireOldRows, type MetricsRetentionDays } from './metrics-expiry';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from './snapshot-figures';

export const RAW_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;
const RETENTION_INTERVAL_MS = 3_600_000;

/** Deletes every snapshot older than the cut-off that is not its room's last of its China day; returns how many. */
export function thinOldSnapshots(db: MetricsDb, now: number): number {
  const cutoff = now - RAW_RETENTION_DAYS * DAY_MS;
  // the China day of a row: (at − offset) / day in integer arithmetic, so constants are written
  // into the SQL (a bound JS number may arrive as REAL and divide without truncating)
  const shift = -METRICS_TIME_ZONE_OFFSET_MINUTES * 60_000;
  const result = db
    .prepare(`
      DELETE FROM metrics WHERE at < @cutoff AND rowid NOT IN (
        SELECT (SELECT rowid FROM metrics AS inner_row
                WHERE inner_row.room = day_row.room AND (inner_row.at + ${shift}) / ${DAY_MS} = day_row.day
                ORDER BY inner_row.at DESC, inner_row.rowid DESC LIMIT 1)
        FROM (SELECT DISTINCT room, (at + ${shift}) / ${DAY_MS} AS day FROM metrics WHERE at < @cutoff) AS day_row
      )
    `)
    .run({ cutoff });
  return result.changes;
}

export interface MetricsRetentionOptions {
  readonly db: MetricsDb;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Default DEFAULT_METRICS_RETENTION_DAYS. */
  readonly retentionDays?: MetricsRetentionDays;
}

/** Starts the hourly pass; the returned stop also ends a pass under way before its next batch. */
export function makeMetricsRetention(options: MetricsRetentionOptions): () => void {
  const retention = options.retentionDays ?? DEFAULT_METRICS_RETENTION_DAYS;
  let stopped = false;
  let running = false;
  const run = async (): Promise<void> => {
    if (running || stopped) return;
    running = true;
    try {
      const now = options.clock.now();
      const thinned = thinOldSnapshots(options.db, now);
      if (thinned > 0) options.logger.info('old metrics snapshots thinned to one per day', { thinned });
      const expired = await expireOldRows(options.db, now, retention, { isStopped: () => stopped });
      if (expired.activity + expired.telemetry + expired.satisfaction > 0) options.logger.info('expired metrics rows deleted', { ...expired });
    } catch (error) {
      options.logger.error('metrics retention failed', { error });
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void run(), 0);
  const timer = setInterval(() => void run(), RETENTION_INTERVAL_MS);
  first.unref();
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
