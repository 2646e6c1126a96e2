// Thinning of old snapshot rows: rows younger than RAW_RETENTION_DAYS stay as written; older ones are
// thinned to one per room per China day, the day's last (gauges keep their last value, the same rule
// as the API's downsampling), so long trends stay cheap.
//
// It runs in batches so a first pass over years of rows never holds the relay's event loop: each
// batch reads the next THINNING_BATCH_ROWS old rows in time order (through the index on `at`, after a
// cursor), deletes those that are not their room's last of their day, in one transaction, then yields
// (a setImmediate) before the next. A row is deleted only when a later row of its room and day exists,
// and deleting such a row never changes which row is a day's last, so batch by batch gives exactly
// what one big DELETE gave. Each batch examines at most the batch's rows (and one indexed look-up each).
import type { MetricsDb } from './metrics-db';
import { METRICS_TIME_ZONE_OFFSET_MINUTES } from './snapshot-figures';

export const RAW_RETENTION_DAYS = 90;
export const THINNING_BATCH_ROWS = 2_000;
const DAY_MS = 86_400_000;

export interface ThinningBatch {
  /** Old rows read by this batch (at most the batch size). */
  readonly examined: number;
  readonly deleted: number;
}

export interface ThinningOptions {
  readonly batchRows?: number;
  /** Between two batches; default one setImmediate, so sockets are served in between. */
  readonly pause?: () => Promise<void>;
  /** Checked before each batch: true stops the pass (the file is about to close). */
  readonly isStopped?: () => boolean;
  /** Told after each batch (tests, logs). */
  readonly onBatch?: (batch: ThinningBatch) => void;
  /**
   * Rows before this instant are known to be thinned already (an earlier pass's cut-off): the pass
   * starts there instead of at the oldest row. Snapshot rows are written at the relay's now, so no
   * row older than a past cut-off appears later.
   */
  readonly thinnedBefore?: number;
}

export interface ThinningResult {
  readonly deleted: number;
  /** The cut-off this pass thinned up to; pass it as `thinnedBefore` next time. Null when stopped early. */
  readonly thinnedBefore: number | null;
}

/** Deletes every snapshot older than the cut-off that is not its room's last of its China day. */
export async function thinOldSnapshots(db: MetricsDb, now: number, options: ThinningOptions = {}): Promise<ThinningResult> {
  const cutoff = now - RAW_RETENTION_DAYS * DAY_MS;
  const limit = options.batchRows ?? THINNING_BATCH_ROWS;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const isStopped = options.isStopped ?? (() => false);
  // The China day of a row is (at + shift) / day in integer arithmetic; its end is the next day's
  // start. Constants are written into the SQL (a bound JS number may arrive as REAL and divide
  // without truncating).
  const shift = -METRICS_TIME_ZONE_OFFSET_MINUTES * 60_000;
  const nextOld = db.prepare<{ cutoff: number; afterAt: number; afterRowid: number; limit: number }, { rowid: number; at: number; superseded: number }>(`
    SELECT row.rowid AS rowid, row.at AS at, EXISTS (
      SELECT 1 FROM metrics AS later
      WHERE later.room = row.room AND later.at >= row.at
        AND later.at < ((row.at + ${shift}) / ${DAY_MS} + 1) * ${DAY_MS} - ${shift}
        AND (later.at > row.at OR later.rowid > row.rowid)
    ) AS superseded
    FROM metrics AS row
    WHERE row.at < @cutoff AND (row.at > @afterAt OR (row.at = @afterAt AND row.rowid > @afterRowid))
    ORDER BY row.at, row.rowid
    LIMIT @limit
  `);
  const remove = db.prepare<[number]>('DELETE FROM metrics WHERE rowid = ?');
  const batch = db.transaction((afterAt: number, afterRowid: number) => {
    const rows = nextOld.all({ cutoff, afterAt, afterRowid, limit });
    let deleted = 0;
    for (const row of rows) if (row.superseded === 1) deleted += remove.run(row.rowid).changes;
    return { rows, deleted };
  });

  let afterAt = options.thinnedBefore === undefined ? Number.MIN_SAFE_INTEGER : options.thinnedBefore - 1;
  let afterRowid = Number.MAX_SAFE_INTEGER;
  let deleted = 0;
  for (;;) {
    if (isStopped()) return { deleted, thinnedBefore: null };
    const { rows, deleted: removed } = batch(afterAt, afterRowid);
    deleted += removed;
    options.onBatch?.({ examined: rows.length, deleted: removed });
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < limit) return { deleted, thinnedBefore: cutoff };
    afterAt = last.at;
    afterRowid = last.rowid;
    await pause();
  }
}
