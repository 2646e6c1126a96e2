// The daily-work reads the snapshot worker does (stored-daily-work.ts) give the same answers as the
// relay's thread did before: a finance room read whole yields the same labour sign-off facts, and a
// workspace room's check-in history the same flags, both over a real relay.sqlite and a real worker.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { LabourRecordId, WorkerId } from '../../shared/domain/finance/finance-ids';
import { newId, type UserId } from '../../shared/ids';
import { localIsoDay, type IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { checkIn, checkInKey, recordLabour, signLabour, unsignLabour } from '../../shared/schema';
import { financeRoom, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import { createSilentLogger } from '../log';
import { createSnapshotWorkerPool, type SnapshotWorkerPool } from '../metrics/snapshot-worker-pool';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { createCheckInAudit } from './check-in-audit';
import { CHECK_IN_MAIN_THREAD_MAX_UPDATES } from './check-in-audit';
import { openCheckInFlagStore } from './check-in-flag-store';
import { openSignOffFactStore } from './sign-off-fact-store';
import { createSignOffFactsJob } from './sign-off-facts-job';

const logger = createSilentLogger();
const DAY_MS = 86_400_000;
const WORKER = newId<'worker'>() as WorkerId;
const labour = (day: IsoDay) => ({
  workerId: WORKER, day, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate', dayRate: fen(35_000),
  pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: 'rebar', taskId: null,
}) as const;

describe('daily-work reads in the snapshot worker', () => {
  let dir = '';
  let storeFile = '';
  let store: DocStore;
  let pool: SnapshotWorkerPool;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'daily-work-worker-'));
    storeFile = path.join(dir, 'relay.sqlite');
    store = createSqliteStore({ file: storeFile });
    pool = createSnapshotWorkerPool({ storeFile, logger });
  });
  afterEach(async () => {
    await pool.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Every update `edit` makes is stored as the relay stores it: one log entry each, sent by `userId`. */
  const stored = async (doc: Y.Doc, room: RoomName, userId: string, edit: () => void, at = Date.now()): Promise<void> => {
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array): void => void updates.push(update);
    doc.on('update', capture);
    edit();
    doc.off('update', capture);
    for (const update of updates) await store.append(room, update, { connectionId: 'c1', userId, ip: '127.0.0.1', at });
  };

  it('a finance room read whole in the worker gives the same sign-off facts, and later changes follow the same way', async () => {
    const projectId = newId<'project'>();
    const room = financeRoom(projectId);
    const doc = new Y.Doc();
    const signers = [newId<'user'>() as UserId, newId<'user'>() as UserId];
    const ids: LabourRecordId[] = [];
    await stored(doc, room, signers[0] as string, () => {
      for (let i = 0; i < 40; i += 1) {
        const made = recordLabour(doc, labour(localIsoDay(Date.UTC(2026, 10, 1) + (i % 20) * DAY_MS, 0)), null, 1_000 + i, 'test');
        if (!made.ok) throw new Error(made.reason);
        ids.push(made.value);
        // every third record stays pending
        if (i % 3 !== 0) signLabour(doc, made.value, signers[i % 2] as UserId, 2_000 + i, 'test');
      }
    });
    // a compaction in between, as a live room has
    await store.compact(room, Y.encodeStateAsUpdate(doc), (await store.load(room)).lastSeq);
    await stored(doc, room, signers[1] as string, () => void unsignLabour(doc, ids[1] as LabourRecordId, 3_000, 'test'));

    const jobs = (['relay-thread', 'worker'] as const).map((where) => createSignOffFactsJob({
      store, heldRoomDoc: async () => doc, facts: openSignOffFactStore(':memory:'), logger, pool: where === 'worker' ? pool : null,
    }));
    const factsOf = async (): Promise<unknown[]> => {
      for (const job of jobs) job.signOffsOf([projectId], 0);
      await Promise.all(jobs.map((job) => job.settled()));
      return jobs.map((job) => job.signOffsOf([projectId], 0));
    };
    const [onRelayThread, inWorker] = await factsOf();
    expect(onRelayThread).toHaveLength(40 - 14 - 1);
    expect(inWorker).toEqual(onRelayThread);
    expect(pool.roomsRebuilt()).toBe(1);

    // after the worker's read, a change is followed from the seq it reported
    await stored(doc, room, signers[0] as string, () => {
      signLabour(doc, ids[0] as LabourRecordId, signers[0] as UserId, 4_000, 'test');
      unsignLabour(doc, ids[2] as LabourRecordId, 4_001, 'test');
    });
    for (const job of jobs) job.roomChanged(room);
    const [relayAfter, workerAfter] = await factsOf();
    expect(relayAfter).toHaveLength(40 - 14 - 1 + 1 - 1);
    expect(relayAfter).toContainEqual(expect.objectContaining({ recordId: ids[0], signedAt: 4_000 }));
    expect(workerAfter).toEqual(relayAfter);
    for (const job of jobs) job.close();
  });

  it('a workspace room\'s history checked in the worker gives the same flags as on the relay thread', async () => {
    const room = workspaceRoom(newId<'workspace'>());
    const doc = new Y.Doc();
    const now = Date.now();
    const people = Array.from({ length: 10 }, () => newId<'user'>() as UserId);
    // a backlog longer than the relay's thread checks: its first check goes to the worker
    const backlog = CHECK_IN_MAIN_THREAD_MAX_UPDATES + 50;
    const lastDayOf = new Map<UserId, IsoDay>();
    for (let i = 0; i < backlog; i += 1) {
      const userId = people[i % people.length] as UserId;
      const at = now - (backlog - i) * 3_600_000;
      const day = localIsoDay(at, 0);
      lastDayOf.set(userId, day);
      await stored(doc, room, userId, () => void checkIn(doc, { userId, day, at }, 'test'), at + 1_000);
    }
    const [bo, li] = people as [UserId, UserId];
    const today = localIsoDay(now, 0);
    const forge = (key: string, value: Record<string, unknown>): void => void doc.getMap('checkIns').set(key, { note: '', siteName: '', ...value });
    await stored(doc, room, bo, () => forge(checkInKey(li, today), { userId: li, day: today, at: now }));
    // over bo's own last check-in in the backlog (10 h ago), whatever the time of day: the day of an hour ago
    // held one only outside 01:00–10:00 UTC, so the test failed in those hours
    const boLastDay = lastDayOf.get(bo) ?? today;
    await stored(doc, room, bo, () => forge(checkInKey(bo, boLastDay), { userId: bo, day: boLastDay, at: now - 60_000 }));
    const nextWeek = localIsoDay(now + 7 * DAY_MS, 0);
    await stored(doc, room, bo, () => forge(checkInKey(bo, nextWeek), { userId: bo, day: nextWeek, at: now + 7 * DAY_MS }));
    const longAgo = localIsoDay(now - 30 * DAY_MS, 0);
    await stored(doc, room, bo, () => forge(checkInKey(bo, longAgo), { userId: bo, day: longAgo, at: now - 60_000 }));

    const audits = (['relay-thread', 'worker'] as const).map((where) => {
      const flags = openCheckInFlagStore(':memory:');
      return { flags, audit: createCheckInAudit({ store, heldRoomDoc: async () => null, flags, logger, pool: where === 'worker' ? pool : null }) };
    });
    for (const { audit } of audits) audit.roomChanged(room);
    await Promise.all(audits.map(({ audit }) => audit.settled()));
    const [onRelayThread, inWorker] = audits.map(({ flags }) => ({ checkedTo: flags.auditedSeq(room), flags: flags.list(room) }));
    expect(onRelayThread?.flags.map((flag) => flag.reason).sort()).toEqual(['day-mismatch', 'future', 'not-own', 'replaced']);
    expect(inWorker).toEqual(onRelayThread);
    expect(pool.roomsRebuilt()).toBe(1);
    for (const { audit } of audits) audit.close();
  });
});
