import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMetricsDb, type MetricsDb } from './metrics-db';
import { createMetricsStore } from './metrics-store';
import { RAW_RETENTION_DAYS, thinOldSnapshots, type ThinningBatch } from './snapshot-thinning';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 23, 4, 0, 0);
const CUTOFF = NOW - RAW_RETENTION_DAYS * DAY;
const SEED = 20261203;
const noPause = async (): Promise<void> => {};

/** The thinning as one DELETE, as the relay did it before batching: the reference the batches must match. */
function thinWithOneDelete(db: MetricsDb, now: number): number {
  const cutoff = now - RAW_RETENTION_DAYS * DAY;
  const shift = 480 * 60_000;
  return db
    .prepare(`
      DELETE FROM metrics WHERE at < @cutoff AND rowid NOT IN (
        SELECT (SELECT rowid FROM metrics AS inner_row
                WHERE inner_row.room = day_row.room AND (inner_row.at + ${shift}) / ${DAY} = day_row.day
                ORDER BY inner_row.at DESC, inner_row.rowid DESC LIMIT 1)
        FROM (SELECT DISTINCT room, (at + ${shift}) / ${DAY} AS day FROM metrics WHERE at < @cutoff) AS day_row
      )
    `)
    .run({ cutoff }).changes;
}

/** Seeded (mulberry32), so a failure repeats: the seed is in the test's name. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Years of snapshots in time order, as the relay appends them: several a day per room, some at the same instant, across the cut-off. */
function fill(db: MetricsDb, seed: number): number {
  const next = random(seed);
  const rows: [string, number][] = [];
  for (let at = CUTOFF - 200 * DAY; at < CUTOFF + 3 * DAY; at += Math.floor(next() * 80 * 60_000) + 1) {
    const room = `p.room${String(Math.floor(next() * 12)).padStart(7, '0')}`;
    rows.push([room, at]);
    if (next() < 0.05) rows.push([room, at]); // two snapshots in the same millisecond
  }
  const insert = db.prepare('INSERT INTO metrics (room, at, figures) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const [index, [room, at]] of rows.entries()) insert.run(room, at, JSON.stringify({ n: index }));
  })();
  return rows.length;
}

function remaining(db: MetricsDb): number[] {
  return db.prepare<[], { rowid: number }>('SELECT rowid FROM metrics ORDER BY rowid').all().map((row) => row.rowid);
}

function countOld(db: MetricsDb): number {
  return db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM metrics WHERE at < ?').get(CUTOFF)?.n ?? 0;
}

describe('snapshot thinning', () => {
  let dir = '';
  let db: MetricsDb;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-thinning-'));
    db = openMetricsDb(path.join(dir, 'metrics.sqlite'));
  });
  afterEach(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps recent rows and the last row per room per China day of older ones', async () => {
    const store = createMetricsStore(db);
    // a China day runs 16:00 UTC to 16:00 UTC: 15:00 and 15:30 share one, 17:00 starts the next
    const oldDay = Date.UTC(2026, 7, 10, 15, 0, 0);
    expect(oldDay).toBeLessThan(CUTOFF);
    store.appendSnapshot('p.room0000001', oldDay, { n: 1 });
    store.appendSnapshot('p.room0000001', oldDay + 30 * 60_000, { n: 2 });
    store.appendSnapshot('p.room0000001', oldDay + 2 * HOUR, { n: 3 });
    store.appendSnapshot('p.room0000002', oldDay, { n: 4 });
    store.appendSnapshot('p.room0000001', NOW - DAY, { n: 5 });
    store.appendSnapshot('p.room0000001', NOW - DAY + 1, { n: 6 });
    expect(await thinOldSnapshots(db, NOW)).toEqual({ deleted: 1, thinnedBefore: CUTOFF });
    expect(store.snapshots('p.room0000001', 0, NOW).map((row) => row.figures)).toEqual([{ n: 2 }, { n: 3 }, { n: 5 }, { n: 6 }]);
    expect(store.snapshots('p.room0000002', 0, NOW).map((row) => row.figures)).toEqual([{ n: 4 }]);
    expect((await thinOldSnapshots(db, NOW)).deleted).toBe(0);
  });

  it(`over many rows (seed ${SEED}) leaves exactly what one DELETE left, in batches of bounded size with a pause between`, async () => {
    const written = fill(db, SEED);
    const reference = openMetricsDb(path.join(dir, 'reference.sqlite'));
    try {
      expect(fill(reference, SEED)).toBe(written);
      const old = countOld(db);
      expect(old).toBeGreaterThan(4_000);
      const expectedDeleted = thinWithOneDelete(reference, NOW);
      expect(expectedDeleted).toBeGreaterThan(1_000);

      const batches: ThinningBatch[] = [];
      let pauses = 0;
      const result = await thinOldSnapshots(db, NOW, {
        batchRows: 500,
        onBatch: (batch) => batches.push(batch),
        pause: async () => {
          pauses += 1;
        },
      });
      expect(result).toEqual({ deleted: expectedDeleted, thinnedBefore: CUTOFF });
      expect(remaining(db)).toEqual(remaining(reference));
      // every old row is read once, at most 500 per batch, and the relay gets a turn between batches
      expect(batches.every((batch) => batch.examined <= 500)).toBe(true);
      expect(batches.reduce((sum, batch) => sum + batch.examined, 0)).toBe(old);
      expect(batches).toHaveLength(Math.floor(old / 500) + 1);
      expect(pauses).toBe(batches.length - 1);
      expect(batches.reduce((sum, batch) => sum + batch.deleted, 0)).toBe(expectedDeleted);
    } finally {
      reference.close();
    }
  });

  it('a later pass starts at the earlier cut-off, reading only the rows that aged since', async () => {
    fill(db, SEED + 1);
    const first = await thinOldSnapshots(db, NOW, { pause: noPause });
    const later = NOW + 2 * DAY;
    const aged = db.prepare<[number, number], { n: number }>('SELECT COUNT(*) AS n FROM metrics WHERE at >= ? AND at < ?').get(CUTOFF, CUTOFF + 2 * DAY)?.n ?? 0;
    expect(aged).toBeGreaterThan(0);
    const reference = openMetricsDb(path.join(dir, 'reference.sqlite'));
    try {
      fill(reference, SEED + 1);
      thinWithOneDelete(reference, NOW);
      const expectedDeleted = thinWithOneDelete(reference, later);
      const batches: ThinningBatch[] = [];
      const second = await thinOldSnapshots(db, later, { pause: noPause, thinnedBefore: first.thinnedBefore ?? undefined, onBatch: (batch) => batches.push(batch) });
      expect(second.deleted).toBe(expectedDeleted);
      expect(batches.reduce((sum, batch) => sum + batch.examined, 0)).toBe(aged);
      expect(remaining(db)).toEqual(remaining(reference));
    } finally {
      reference.close();
    }
  });

  it('stops before the next batch once told to, and says it did not finish', async () => {
    fill(db, SEED);
    const before = remaining(db).length;
    let stopped = false;
    const result = await thinOldSnapshots(db, NOW, {
      batchRows: 100,
      isStopped: () => stopped,
      pause: async () => {
        stopped = true;
      },
    });
    expect(result.thinnedBefore).toBeNull();
    expect(before - remaining(db).length).toBe(result.deleted);
    expect(result.deleted).toBeLessThanOrEqual(100);
  });
});
