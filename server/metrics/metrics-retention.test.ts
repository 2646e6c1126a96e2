import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openMetricsDb, type MetricsDb } from './metrics-db';
import { createMetricsStore } from './metrics-store';
import { RAW_RETENTION_DAYS, thinOldSnapshots } from './metrics-retention';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 4, 0, 0);

describe('metrics retention', () => {
  let dir = '';
  let db: MetricsDb | null = null;
  afterEach(async () => {
    db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps recent rows and the last row per room per China day of older ones', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'metrics-retention-'));
    db = openMetricsDb(path.join(dir, 'metrics.sqlite'));
    const store = createMetricsStore(db);
    const old = NOW - (RAW_RETENTION_DAYS + 10) * DAY;
    // a China day runs 16:00 UTC to 16:00 UTC: 15:00 and 15:30 share one, 17:00 starts the next
    const oldDay = Date.UTC(2026, 7, 10, 15, 0, 0);
    expect(oldDay).toBeLessThan(old + 20 * DAY);
    store.appendSnapshot('p.room0000001', oldDay, { n: 1 });
    store.appendSnapshot('p.room0000001', oldDay + 30 * 60_000, { n: 2 });
    store.appendSnapshot('p.room0000001', oldDay + 2 * 3_600_000, { n: 3 });
    store.appendSnapshot('p.room0000002', oldDay, { n: 4 });
    store.appendSnapshot('p.room0000001', NOW - DAY, { n: 5 });
    store.appendSnapshot('p.room0000001', NOW - DAY + 1, { n: 6 });
    expect(thinOldSnapshots(db, NOW)).toBe(1);
    expect(store.snapshots('p.room0000001', 0, NOW).map((row) => row.figures)).toEqual([{ n: 2 }, { n: 3 }, { n: 5 }, { n: 6 }]);
    expect(store.snapshots('p.room0000002', 0, NOW).map((row) => row.figures)).toEqual([{ n: 4 }]);
    expect(thinOldSnapshots(db, NOW)).toBe(0);
  });
});
