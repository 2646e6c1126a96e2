// Without a snapshot worker the daily-work jobs rebuild a room on the relay's thread only within the
// size limit: a bigger finance room is left unread and a bigger workspace room unchecked, with a
// warning, and both are done once the limit allows it. Real relay.sqlite, no worker.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WorkerId } from '../../shared/domain/finance/finance-ids';
import { newId, type UserId } from '../../shared/ids';
import type { IsoDay } from '../../shared/iso-day';
import { fen } from '../../shared/money';
import { checkInKey, recordLabour, signLabour } from '../../shared/schema';
import { financeRoom, workspaceRoom } from '../../shared/schema/room-name';
import { createLogger, type Logger } from '../log';
import type { DocStore } from '../store/doc-store';
import { createSqliteStore } from '../store/sqlite-store';
import { createCheckInAudit } from './check-in-audit';
import { openCheckInFlagStore } from './check-in-flag-store';
import { openSignOffFactStore } from './sign-off-fact-store';
import { createSignOffFactsJob } from './sign-off-facts-job';

const TOO_SMALL_BYTES = 64;

describe('daily work on the relay thread without a worker', () => {
  let dir = '';
  let store: DocStore;
  let logger: Logger;
  let messages: string[];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'daily-work-thread-'));
    store = createSqliteStore({ file: path.join(dir, 'relay.sqlite') });
    messages = [];
    logger = createLogger({ level: 'debug', write: (line) => messages.push((JSON.parse(line) as { msg: string }).msg) });
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a finance room over the limit is not read whole, with a warning; within it, it is', async () => {
    const projectId = newId<'project'>();
    const doc = new Y.Doc();
    const made = recordLabour(doc, {
      workerId: newId<'worker'>() as WorkerId, day: '2026-03-02' as IsoDay, timeUnit: 'man-days', manDays: 1, hours: 0, hoursPerDay: 8, pay: 'day-rate',
      dayRate: fen(35_000), pieceRate: fen(0), quantity: 0, overtimeHours: 0, overtimeRate: fen(0), content: 'rebar', taskId: null,
    }, null, 1, 'test');
    if (!made.ok) throw new Error(made.reason);
    signLabour(doc, made.value, newId<'user'>() as UserId, 2, 'test');
    await store.append(financeRoom(projectId), Y.encodeStateAsUpdate(doc), { connectionId: 'c1', ip: '127.0.0.1', at: 3 });

    for (const [limit, expected] of [[TOO_SMALL_BYTES, 0], [0, 1]] as const) {
      const facts = openSignOffFactStore(':memory:');
      const job = createSignOffFactsJob({ store, heldRoomDoc: async () => null, facts, logger, pool: null, maxMainThreadRoomBytes: limit });
      job.signOffsOf([projectId], 0);
      await job.settled();
      expect(job.signOffsOf([projectId], 0)).toHaveLength(expected);
      expect(facts.seqOf(financeRoom(projectId))).toBe(expected === 0 ? null : 1);
      job.close();
    }
    expect(messages.filter((msg) => msg === 'daily work: room too big for the relay thread, left for later')).toHaveLength(1);
  });

  it('a workspace room over the limit is not checked, with a warning; within it, it is', async () => {
    const room = workspaceRoom(newId<'workspace'>());
    const doc = new Y.Doc();
    const [bo, li] = [newId<'user'>() as UserId, newId<'user'>() as UserId];
    const day = '2026-03-02' as IsoDay;
    doc.getMap('checkIns').set(checkInKey(li, day), { userId: li, day, at: Date.parse(`${day}T08:00:00Z`), note: '', siteName: '' });
    await store.append(room, Y.encodeStateAsUpdate(doc), { connectionId: 'c1', userId: bo, ip: '127.0.0.1', at: Date.parse(`${day}T08:01:00Z`) });

    for (const [limit, expected] of [[TOO_SMALL_BYTES, []], [0, ['not-own']]] as const) {
      const flags = openCheckInFlagStore(':memory:');
      const audit = createCheckInAudit({ store, heldRoomDoc: async () => null, flags, logger, pool: null, maxMainThreadRoomBytes: limit });
      audit.roomChanged(room);
      await audit.settled();
      expect(flags.list(room).map((flag) => flag.reason)).toEqual(expected);
      expect(flags.auditedSeq(room)).toBe(expected.length === 0 ? 0 : 1);
      audit.close();
    }
    expect(messages.filter((msg) => msg === 'daily work: room too big for the relay thread, left for later')).toHaveLength(1);
  });
});
