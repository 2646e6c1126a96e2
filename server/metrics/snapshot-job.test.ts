import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initProject } from '../../shared/schema';
import { projectRoom, type RoomName } from '../../shared/schema/room-name';
import { createSilentLogger } from '../log';
import { createMemoryStore } from '../store/memory-store';
import type { DocStore } from '../store/doc-store';
import { openMetricsDb, type MetricsDb } from './metrics-db';
import { createMetricsStore, type MetricsStore } from './metrics-store';
import type { CalendarSettings } from '../../shared/domain/calendar/calendar-settings';
import type { IsoDay } from '../../shared/iso-day';
import { snapshotFigures } from './snapshot-figures';
import { calendarKey, createSnapshotJob, SNAPSHOT_MAX_WAIT_MS, type SnapshotJob } from './snapshot-job';

const META = { connectionId: 'c1', ip: '127.0.0.1', at: 0 };

describe('snapshot job', () => {
  let dir = '';
  let db: MetricsDb;
  let metrics: MetricsStore;
  let store: DocStore;
  let now = 0;
  let job: SnapshotJob;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-job-'));
    db = openMetricsDb(path.join(dir, 'metrics.sqlite'));
    metrics = createMetricsStore(db);
    store = createMemoryStore();
    now = Date.UTC(2026, 10, 23, 2, 0, 0);
    job = createSnapshotJob({ store, metrics, clock: { now: () => now }, logger: createSilentLogger(), autoTick: false });
    await job.tick(); // the day's pass over an empty store
  });
  afterEach(async () => {
    job.dispose();
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function storedBoard(room: RoomName): Promise<void> {
    const doc = new Y.Doc();
    initProject(doc, ['To do', 'Done'], 'test');
    await store.append(room, Y.encodeStateAsUpdate(doc), META);
  }

  it('snapshots a room edited without pause once 60 s have passed since the first change, and again 60 s after the next first change', async () => {
    const room = projectRoom('busyRoom0001');
    await storedBoard(room);
    const start = now;
    job.noteChange(room, 'user_a');
    // an edit every second never leaves the 2 s of quiet: only the longest wait can end it
    const editEverySecondUntil = async (wait: number): Promise<void> => {
      for (let elapsed = 1_000; elapsed < wait; elapsed += 1_000) {
        now += 1_000;
        job.noteChange(room, 'user_a');
        expect(await job.tick(), `${(now - start) / 1_000} s`).toEqual([]);
      }
    };
    await editEverySecondUntil(SNAPSHOT_MAX_WAIT_MS);
    now += 1_000;
    expect(now - start).toBe(SNAPSHOT_MAX_WAIT_MS);
    expect(await job.tick()).toEqual([room]);
    const taken = () => metrics.snapshots(room, 0, Number.MAX_SAFE_INTEGER).map((row) => row.at - start);
    expect(taken()).toEqual([SNAPSHOT_MAX_WAIT_MS]);
    // the edits go on: the next window starts at the first change after that snapshot (61 s)
    now += 1_000;
    job.noteChange(room, 'user_a');
    expect(await job.tick()).toEqual([]);
    await editEverySecondUntil(SNAPSHOT_MAX_WAIT_MS);
    now += 1_000;
    expect(await job.tick()).toEqual([room]);
    expect(taken()).toEqual([SNAPSHOT_MAX_WAIT_MS, 2 * SNAPSHOT_MAX_WAIT_MS + 1_000]);
  });

  it('does at most four rooms per tick and never snapshots workspace rooms', async () => {
    const rooms = Array.from({ length: 6 }, (_, i) => projectRoom(`capRoom0000${i}`));
    for (const room of rooms) {
      await storedBoard(room);
      job.noteChange(room, undefined);
    }
    job.noteChange('ws.workspace0001' as RoomName, 'user_a');
    now += 2_000;
    expect(await job.tick()).toHaveLength(4);
    expect(await job.tick()).toHaveLength(2);
    expect(job.pendingRooms()).toBe(0);
  });

  it('re-snapshots a finance room after its project room changed, once it has figures of its own', async () => {
    const project = projectRoom('evmRoom00001');
    const finance = 'f.evmRoom00001' as RoomName;
    await storedBoard(project);
    job.noteChange(project, 'user_a');
    now += 2_000;
    expect(await job.tick()).toEqual([project]);
    expect(job.pendingRooms()).toBe(0); // no finance figures yet: nothing to refresh
    await store.append(finance, Y.encodeStateAsUpdate(new Y.Doc()), META);
    job.noteChange(finance, 'user_a');
    now += 2_000;
    expect(await job.tick()).toEqual([finance]);
    job.noteChange(project, 'user_a');
    now += 2_000;
    expect(await job.tick()).toEqual([project]);
    now += 2_000;
    expect(await job.tick()).toEqual([finance]);
  });

  it('snapshots every stored project and finance room on the first tick of a new day, each once', async () => {
    // the finance room first: the project room's daily snapshot after it is no change to follow
    const rooms = ['f.dailyRoom001' as RoomName, projectRoom('dailyRoom001')];
    for (const room of rooms) await storedBoard(room);
    now += 86_400_000;
    expect(await job.tick()).toEqual(rooms);
    expect(await job.tick()).toEqual([]);
    now += SNAPSHOT_MAX_WAIT_MS;
    expect(await job.tick()).toEqual([]);
  });

  it('tells onNewDay once per China day, at its first tick, with the day before it, and a failing hook does not stop the snapshots', async () => {
    const told: [string, string | null][] = [];
    const daily = createSnapshotJob({
      store, metrics, clock: { now: () => now }, logger: createSilentLogger(), autoTick: false,
      onNewDay: (day, previousDay) => {
        told.push([day, previousDay]);
        throw new Error('member counts unavailable');
      },
    });
    try {
      const room = projectRoom('dailyRoom001');
      await storedBoard(room);
      expect(await daily.tick()).toEqual([room]); // the day's pass still snapshots every room
      await daily.tick();
      now = Date.UTC(2026, 10, 23, 16, 0, 0); // midnight in China: 24 November
      await daily.tick();
      // the first pass after a start has no day before it in this process
      expect(told).toEqual([['2026-11-23', null], ['2026-11-24', '2026-11-23']]);
    } finally {
      daily.dispose();
    }
  });

  it('counts connects and edits per person and China day, a change at 23:59:59 and one at midnight on their own days', async () => {
    const room = projectRoom('countRoom0001');
    now = Date.UTC(2026, 10, 23, 15, 59, 59); // 23:59:59 on 23 November in China
    job.noteJoin(room, 'user_a');
    job.noteChange(room, 'user_a');
    job.noteChange(room, 'user_a');
    job.noteChange(room, 'user_b');
    now = Date.UTC(2026, 10, 23, 16, 0, 0); // midnight: 24 November
    job.noteChange(room, 'user_a');
    await job.tick();
    job.noteChange(room, 'user_a'); // after the tick wrote the buffer: added to the stored row
    await job.tick();
    const rows = metrics.activity([room], '2026-11-23' as IsoDay, '2026-11-24' as IsoDay).map(({ day, userId, connects, edits }) => `${day} ${userId} ${connects}/${edits}`);
    expect(rows.sort()).toEqual(['2026-11-23 user_a 1/2', '2026-11-23 user_b 0/1', '2026-11-24 user_a 0/2']);
  });

  it('tells onSnapshotFailed once per room whose figures could not be computed, settles it and goes on with the others', async () => {
    const broken = projectRoom('brokenRoom01');
    const fine = projectRoom('fineRoom0001');
    let failures = 0;
    const settled: RoomName[] = [];
    const failing = createSnapshotJob({
      store, metrics, clock: { now: () => now }, logger: createSilentLogger(), autoTick: false,
      computeFigures: (room, at) => (room === broken ? Promise.reject(new Error('the worker and the relay thread both failed')) : snapshotFigures(store, room, at)),
      onSnapshotFailed: () => void (failures += 1),
      onSettled: (room) => void settled.push(room),
    });
    try {
      await failing.tick(); // the day's pass over an empty store
      for (const room of [broken, fine]) {
        await storedBoard(room);
        failing.noteChange(room, 'user_a');
      }
      now += 2_000;
      expect(await failing.tick()).toEqual([fine]);
      expect(failures).toBe(1);
      expect(settled).toEqual([broken, fine]);
      expect(metrics.hasSnapshots(broken)).toBe(false);
      // not retried on its own: the next change (or the daily pass) tries again
      now += 2_000;
      expect(await failing.tick()).toEqual([]);
      expect(failures).toBe(1);
    } finally {
      failing.dispose();
    }
  });
});

describe('calendarKey', () => {
  it('is the same for the same settings in any stored order, and differs when a day differs', () => {
    const day = (text: string) => text as IsoDay;
    const settings: CalendarSettings = { preset: 'china', workingWeekdays: [5, 1, 2, 3, 4], extraHolidays: [day('2026-03-04'), day('2026-03-03')], extraWorkdays: [] };
    const reordered: CalendarSettings = { preset: 'china', workingWeekdays: [1, 2, 3, 4, 5], extraHolidays: [day('2026-03-03'), day('2026-03-04')], extraWorkdays: [] };
    expect(calendarKey(settings)).toBe(calendarKey(reordered));
    expect(calendarKey({ ...reordered, extraHolidays: [day('2026-03-03')] })).not.toBe(calendarKey(reordered));
    expect(calendarKey({ ...reordered, extraWorkdays: [day('2026-03-04')], extraHolidays: [] })).not.toBe(calendarKey({ ...reordered, extraHolidays: [day('2026-03-04')] }));
  });
});
