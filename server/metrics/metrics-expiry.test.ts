import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IsoDay } from '../../shared/iso-day';
import { createLogger } from '../log';
import { openMetricsDb, type MetricsDb } from './metrics-db';
import { DEFAULT_METRICS_RETENTION_DAYS, expireOldRows, oldestKeptDay } from './metrics-expiry';
import { makeMetricsRetention } from './metrics-retention';
import { createMetricsStore } from './metrics-store';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 4, 0, 0); // 12:00 on 23 November 2026 in China
const RETENTION = { activity: 400, telemetry: 190, satisfaction: 730 };

function countRows(db: MetricsDb, table: 'activity' | 'telemetry' | 'satisfaction'): number {
  return db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n ?? 0;
}

function addTelemetry(db: MetricsDb, day: IsoDay, n: number): void {
  const insert = db.prepare('INSERT INTO telemetry (at, day, session_id, user_id, kind, message) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 0; i < n; i += 1) insert.run(0, day, `session${i}`, 'user_a', 'uncaught-error', 'TypeError: x');
  })();
}

function addAnswer(db: MetricsDb, userId: string, month: string): void {
  db.prepare('INSERT INTO satisfaction (user_id, month, workspace_id, score, comment, at) VALUES (?, ?, ?, ?, ?, ?)').run(userId, month, 'workspace01', 4, '', 0);
}

describe('metrics expiry', () => {
  let dir = '';
  let db: MetricsDb;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'metrics-expiry-'));
    db = openMetricsDb(path.join(dir, 'metrics.sqlite'));
  });
  afterEach(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('defaults to 400 days of activity, 190 of error reports and 730 of satisfaction answers', () => {
    expect(DEFAULT_METRICS_RETENTION_DAYS).toEqual(RETENTION);
  });

  it('keeps error reports of the previous quarter whole on every day of the current one, so a quarter review can compare two', () => {
    const quarterStart = (year: number, month: number): number => Date.UTC(year, month - (month % 3), 1);
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2027, 0, 1); day += DAY) {
      const now = day + 15 * 3_600_000; // 23:00 in China: the latest moment of that China day
      const today = new Date(day);
      const current = quarterStart(today.getUTCFullYear(), today.getUTCMonth());
      const previous = new Date(current - DAY);
      const previousStart = new Date(quarterStart(previous.getUTCFullYear(), previous.getUTCMonth())).toISOString().slice(0, 10);
      expect(oldestKeptDay(now, DEFAULT_METRICS_RETENTION_DAYS.telemetry) <= previousStart, `on ${today.toISOString().slice(0, 10)}`).toBe(true);
    }
  });

  it('deletes activity and error reports of China days before the oldest kept day, and keeps that day', async () => {
    const store = createMetricsStore(db);
    const keptActivity = oldestKeptDay(NOW, 400);
    expect(keptActivity).toBe('2025-10-19');
    store.addActivity([
      { day: '2025-10-18' as IsoDay, room: 'p.room0000001', userId: 'user_a', connects: 1, edits: 2 },
      { day: keptActivity, room: 'p.room0000001', userId: 'user_a', connects: 1, edits: 0 },
      { day: '2026-11-23' as IsoDay, room: 'p.room0000001', userId: 'user_b', connects: 3, edits: 4 },
    ]);
    const keptTelemetry = oldestKeptDay(NOW, 190);
    expect(keptTelemetry).toBe('2026-05-17');
    addTelemetry(db, '2026-05-16' as IsoDay, 2);
    addTelemetry(db, keptTelemetry, 1);

    expect(await expireOldRows(db, NOW, RETENTION)).toEqual({ activity: 1, telemetry: 2, satisfaction: 0, memberCounts: 0 });
    expect(store.activity(['p.room0000001'], '2020-01-01' as IsoDay, '2030-01-01' as IsoDay).map((row) => row.day)).toEqual([keptActivity, '2026-11-23']);
    expect(store.errorReports(['user_a'], '2020-01-01' as IsoDay, '2030-01-01' as IsoDay).map((row) => row.day)).toEqual([keptTelemetry]);
  });

  it('deletes member counts of days before the oldest kept activity day, with the activity retention', async () => {
    const store = createMetricsStore(db);
    store.raiseMemberCounts('2025-10-18' as IsoDay, [{ workspaceId: 'workspace01', members: 2 }]);
    store.raiseMemberCounts('2025-10-19' as IsoDay, [{ workspaceId: 'workspace01', members: 3 }]);
    expect(await expireOldRows(db, NOW, RETENTION)).toMatchObject({ memberCounts: 1 });
    expect(store.memberCounts('workspace01', '2000-01-01' as IsoDay, '2099-01-01' as IsoDay)).toEqual([{ day: '2025-10-19', members: 3 }]);
    store.raiseMemberCounts('2001-01-01' as IsoDay, [{ workspaceId: 'workspace01', members: 1 }]);
    expect(await expireOldRows(db, NOW, { ...RETENTION, activity: 0 })).toMatchObject({ memberCounts: 0 });
  });

  it('keeps the satisfaction month holding the oldest kept day whole', async () => {
    expect(oldestKeptDay(NOW, 730)).toBe('2024-11-23');
    addAnswer(db, 'user_a', '2024-10');
    addAnswer(db, 'user_a', '2024-11');
    addAnswer(db, 'user_b', '2026-11');
    expect(await expireOldRows(db, NOW, RETENTION)).toEqual({ activity: 0, telemetry: 0, satisfaction: 1, memberCounts: 0 });
    expect(createMetricsStore(db).satisfactionAnswers('workspace01', '2000-01', '2099-12')).toHaveLength(2);
  });

  it('keeps a table forever when its retention is 0', async () => {
    addTelemetry(db, '2001-01-01' as IsoDay, 3);
    addAnswer(db, 'user_a', '2001-01');
    expect(await expireOldRows(db, NOW, { activity: 0, telemetry: 0, satisfaction: 0 })).toEqual({ activity: 0, telemetry: 0, satisfaction: 0, memberCounts: 0 });
    expect(countRows(db, 'telemetry')).toBe(3);
  });

  it('deletes in batches and pauses between them, so other work runs in between', async () => {
    addTelemetry(db, '2026-01-05' as IsoDay, 250);
    addTelemetry(db, '2026-11-20' as IsoDay, 7);
    const seenAtPauses: number[] = [];
    const expired = await expireOldRows(db, NOW, RETENTION, {
      batchRows: 100,
      pause: async () => {
        seenAtPauses.push(countRows(db, 'telemetry'));
      },
    });
    expect(expired.telemetry).toBe(250);
    expect(seenAtPauses).toEqual([157, 57]);
    expect(countRows(db, 'telemetry')).toBe(7);
  });

  it('stops before the next batch once told to', async () => {
    addTelemetry(db, '2026-01-05' as IsoDay, 250);
    let stopped = false;
    const expired = await expireOldRows(db, NOW, RETENTION, {
      batchRows: 100,
      isStopped: () => stopped,
      pause: async () => {
        stopped = true;
      },
    });
    expect(expired.telemetry).toBe(100);
    expect(countRows(db, 'telemetry')).toBe(150);
  });

  it('runs in the retention pass at start and logs what it deleted', async () => {
    addTelemetry(db, '2026-01-05' as IsoDay, 12_000);
    addAnswer(db, 'user_a', '2020-01');
    let reported: (entry: unknown) => void = () => {};
    const logged = new Promise<unknown>((resolve) => (reported = resolve));
    const logger = createLogger({
      level: 'info',
      write: (line) => {
        const entry = JSON.parse(line) as { msg: string };
        if (entry.msg === 'expired metrics rows deleted') reported(entry);
      },
    });
    const stop = makeMetricsRetention({ db, clock: { now: () => NOW }, logger, retentionDays: RETENTION });
    await logged.finally(stop);
    expect(await logged).toMatchObject({ activity: 0, telemetry: 12_000, satisfaction: 1, memberCounts: 0 });
    expect(countRows(db, 'telemetry')).toBe(0);
  });
});
