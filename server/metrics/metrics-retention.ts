// The hourly retention pass over metrics.sqlite (and one at start): old snapshot rows are thinned to
// one per room per China day (snapshot-thinning.ts), then activity, telemetry and satisfaction rows
// past their retention are deleted (metrics-expiry.ts). Both work in small batches with a yield
// between, so the relay keeps serving while a pass runs.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { MetricsDb } from './metrics-db';
import { DEFAULT_METRICS_RETENTION_DAYS, expireOldRows, type MetricsRetentionDays } from './metrics-expiry';
import { thinOldSnapshots } from './snapshot-thinning';

const RETENTION_INTERVAL_MS = 3_600_000;

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
  // rows before the last pass's cut-off are thinned: later passes start there (restarts start over)
  let thinnedBefore: number | undefined;
  const run = async (): Promise<void> => {
    if (running || stopped) return;
    running = true;
    try {
      const now = options.clock.now();
      const thinning = await thinOldSnapshots(options.db, now, { isStopped: () => stopped, thinnedBefore });
      if (thinning.thinnedBefore !== null) thinnedBefore = thinning.thinnedBefore;
      const thinned = thinning.deleted;
      if (thinned > 0) options.logger.info('old metrics snapshots thinned to one per day', { thinned });
      const expired = await expireOldRows(options.db, now, retention, { isStopped: () => stopped });
      if (expired.activity + expired.telemetry + expired.satisfaction + expired.memberCounts > 0) options.logger.info('expired metrics rows deleted', { ...expired });
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
