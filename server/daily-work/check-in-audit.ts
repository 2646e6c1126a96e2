// The relay's check of check-in writes (shared/domain/points/check-in-flags.ts): after a workspace room
// changed, the accepted updates it has not checked yet are read from the store's history (each with
// its sender and time of arrival) and every check-in they wrote is judged; a flagged one is recorded
// (check-in-flag-store.ts) and served to the members with the points facts, so every device's points
// ignore it. Off the sync path: a room is checked 200 ms after it changed, one check per room at a time.
// Where: the few updates of a change (at most CHECK_IN_MAIN_THREAD_MAX_UPDATES) against the relay's
// held document, on its thread (a few ms); a backlog (a room's first check: 0.1–0.4 s for 5,000
// updates) or a room not held in memory, in the snapshot worker (stored-daily-work.ts), which rebuilds
// the room and checks up to what that rebuild holds. Without a worker, or when it fails, this thread
// checks a page at a time (yielding between pages) and rebuilds only a room within
// relay-thread-rebuild.ts's size; a bigger one waits for the worker, with a warning.
import type * as Y from 'yjs';
import type { FlaggedCheckIn } from '../../shared/domain/points';
import { roomKind, workspaceRoom, type RoomName } from '../../shared/schema/room-name';
import type { SnapshotWorkerPool } from '../metrics/snapshot-worker-pool';
import type { CheckInFlagStore, NewCheckInFlag } from './check-in-flag-store';
import { judgeCheckInEntries } from './check-in-judging';
import { rebuildOnRelayThread, type DailyWorkRoomReads } from './relay-thread-rebuild';
import { makeRoomJobs } from './room-jobs';

const CHECK_DELAY_MS = 200;
const HISTORY_PAGE = 500;
/** Unchecked updates a held room's check runs on the relay's thread with: about 20 µs each. */
export const CHECK_IN_MAIN_THREAD_MAX_UPDATES = 200;

export interface CheckInAuditDeps extends DailyWorkRoomReads {
  readonly flags: CheckInFlagStore;
  /** The snapshot worker, where a backlog or a room not held is checked; null without one. */
  readonly pool: Pick<SnapshotWorkerPool, 'checkInAudit'> | null;
}

export interface CheckInAudit {
  /** The relay's "room changed" (after the update is durable); only `ws.` rooms are checked. */
  roomChanged(room: RoomName): void;
  /** The flagged check-ins of a workspace (and a check of its room soon, for anything not checked yet). */
  flagsOf(workspaceId: string): FlaggedCheckIn[];
  /** Resolves once every check asked for so far has run. */
  settled(): Promise<void>;
  close(): void;
}

export function createCheckInAudit(deps: CheckInAuditDeps): CheckInAudit {
  const closed = (): boolean => jobs.isClosed();

  const record = (room: RoomName, checkedTo: number, found: readonly NewCheckInFlag[]): void => {
    for (const flag of found) deps.logger.warn('check-in flagged', { room, key: flag.key, reason: flag.reason, writtenBy: flag.writtenBy, seq: flag.seq });
    deps.flags.record(room, checkedTo, found);
  };

  /** The old single-thread path, a page at a time; a rebuilt document holds up to its seq only. */
  const checkOnRelayThread = async (room: RoomName, held: Y.Doc | null, why: string): Promise<void> => {
    const rebuilt = held === null ? await rebuildOnRelayThread({ store: deps.store, logger: deps.logger, maxRoomBytes: deps.maxMainThreadRoomBytes }, room, why) : null;
    const doc = held ?? rebuilt?.doc ?? null;
    if (doc === null) return;
    const upto = rebuilt?.seq ?? Number.POSITIVE_INFINITY;
    try {
      let after = deps.flags.auditedSeq(room);
      for (;;) {
        const page = (await deps.store.history(room, after, HISTORY_PAGE)).filter((entry) => entry.seq <= upto);
        const last = page.at(-1);
        if (last === undefined || closed()) return;
        after = last.seq;
        record(room, after, judgeCheckInEntries(doc, page));
        if (page.length < HISTORY_PAGE) return;
        // every socket waits while a page is judged: let them through between pages
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      rebuilt?.doc.destroy();
    }
  };

  const checkRoom = async (room: RoomName): Promise<void> => {
    const after = deps.flags.auditedSeq(room);
    const first = await deps.store.history(room, after, CHECK_IN_MAIN_THREAD_MAX_UPDATES + 1);
    const last = first.at(-1);
    if (last === undefined) return;
    const held = await deps.heldRoomDoc(room);
    if (held !== null && first.length <= CHECK_IN_MAIN_THREAD_MAX_UPDATES) {
      record(room, last.seq, judgeCheckInEntries(held, first));
      return;
    }
    if (deps.pool === null) return checkOnRelayThread(room, held, 'no-worker');
    try {
      const audit = await deps.pool.checkInAudit(room, after);
      record(room, audit.checkedTo, audit.flags);
      // what arrived while the worker read is checked next, here if it is a change's few updates
      if (audit.checkedTo > after) jobs.schedule(room);
    } catch (error) {
      // the pool closes after this audit when the relay shuts down
      if (closed()) return;
      deps.logger.warn('check-in history checked on the relay thread instead of the worker', { room, error });
      await checkOnRelayThread(room, held, 'worker-failed');
    }
  };

  const jobs = makeRoomJobs({ delayMs: CHECK_DELAY_MS, work: checkRoom, logger: deps.logger, failed: 'check-in audit failed' });

  return {
    roomChanged(room) {
      if (roomKind(room) === 'ws') jobs.schedule(room);
    },
    flagsOf(workspaceId) {
      const room = workspaceRoom(workspaceId);
      // catches up on what a shutdown left unchecked (one indexed history read when nothing is new)
      jobs.schedule(room);
      return deps.flags.list(room);
    },
    settled: () => jobs.settled(),
    close() {
      void jobs.close().finally(() => deps.flags.close());
    },
  };
}
