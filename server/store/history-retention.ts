// Optional retention for the audit trail: history is kept forever unless the operator sets
// HISTORY_RETENTION_DAYS, then entries older than that are forgotten once an hour. The document
// itself never loses anything: only entries compaction already merged into a snapshot are pruned.
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { DocStore } from './doc-store';

const DAY_MS = 86_400_000;
/** Often enough that the table never holds much more than the setting; rare enough to cost nothing. */
export const HISTORY_PRUNE_INTERVAL_MS = 3_600_000;

export interface HistoryRetentionOptions {
  readonly store: DocStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** 0 = keep every entry. */
  readonly retentionDays: number;
  readonly intervalMs?: number;
}

/** Prunes once at start and then every interval; returns the stop function. */
export function makeHistoryRetention(options: HistoryRetentionOptions): () => void {
  if (options.retentionDays <= 0) return () => {};
  const prune = async (): Promise<void> => {
    const before = options.clock.now() - options.retentionDays * DAY_MS;
    try {
      const pruned = await options.store.pruneHistory(before);
      if (pruned > 0) options.logger.info('history pruned', { pruned, before, retentionDays: options.retentionDays });
    } catch (error) {
      // a closed or full store is reported elsewhere; retention simply tries again next time
      options.logger.warn('history pruning failed', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  void prune();
  const timer = setInterval(() => void prune(), options.intervalMs ?? HISTORY_PRUNE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
